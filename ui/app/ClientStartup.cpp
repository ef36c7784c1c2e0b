#include "app/ClientStartup.h"

#include "app/FirstStartDialog.h"
#include "app/Translations.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include "common/Clock.h"
#include "net/RemoteService.h"
#include "net/TlsConfiguration.h"
#include "security/KeyFile.h"
#include "service/EmbeddedService.h"
#include "service/ServiceThread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace casusregie::ui {

namespace {

class ClientText {
    Q_DECLARE_TR_FUNCTIONS(ClientText)
};

int refuse(const QString &message)
{
    QMessageBox::critical(nullptr, ClientText::tr("Casusregie"), message);
    return 2;
}

// The options of both modes.
struct ClientOptions {
    QCommandLineOption database{QStringLiteral("db"), ClientText::tr("Local database file."), ClientText::tr("file")};
    QCommandLineOption key{QStringLiteral("key-file"), ClientText::tr("Key file of the local database."), ClientText::tr("file")};
    QCommandLineOption auditKey{QStringLiteral("audit-key-file"),
                                ClientText::tr("Key file of the audit chain (default: the key file + .audit)."),
                                ClientText::tr("file")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               ClientText::tr("Connection profile of the Casusregie server (from functioneel beheer)."),
                               ClientText::tr("file")};
};

// Server mode: everything goes over TLS to the server; nothing is stored on this workstation.
// Answers what the login dialog and the window say the client is connected to.
Result<QString> startRemote(ServiceThread &service, const QString &profilePath)
{
    auto profile = ServerProfile::load(profilePath);
    if (!profile)
        return std::unexpected(profile.error());
    auto tls = tls::clientConfiguration(profile->caCertificatePath);
    if (!tls)
        return std::unexpected(tls.error());
    const auto started = service.start([profile = *profile, tls = *tls]() -> Result<std::shared_ptr<Service>> {
        return std::make_shared<RemoteService>(profile, tls);
    });
    if (!started)
        return std::unexpected(started.error());
    return ClientText::tr("Server: %1:%2").arg(profile->host).arg(profile->port);
}

// Embedded mode: the service runs in this process on a local encrypted database.
Result<QString> startEmbedded(ServiceThread &service, const Clock &clock, const QString &path, const QString &keyPath,
                              const QString &auditKeyPath)
{
    auto key = KeyFile::read(keyPath);
    if (!key)
        return std::unexpected(key.error());
    auto auditKey = KeyFile::read(auditKeyPath);
    if (!auditKey)
        return std::unexpected(auditKey.error());
    const auto started = service.start([path, key = *key, auditKey = *auditKey, &clock]() {
        return openEmbeddedService(path, key, auditKey, clock);
    });
    if (!started)
        return std::unexpected(started.error());
    return ClientText::tr("Local database: %1").arg(QFileInfo(path).fileName());
}

void describe(QCommandLineParser &parser, const ClientOptions &options)
{
    parser.setApplicationDescription(ClientText::tr("Casusregie desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.database, options.key, options.auditKey, options.profile});
}

// The profile to use when none is named: one already on this workstation, or the one the user opens.
std::optional<QString> profileOfThisWorkstation()
{
    const QStringList locations = ServerProfile::standardLocations();
    if (auto found = ServerProfile::findIn(locations))
        return found;
    FirstStartDialog dialog(locations.first(), locations);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.keptProfile();
}

} // namespace

std::optional<int> answerOnConsole(int argc, char *argv[])
{
    const QStringList asks{QStringLiteral("-v"), QStringLiteral("--version"), QStringLiteral("-h"), QStringLiteral("--help"),
                           QStringLiteral("-?"), QStringLiteral("--help-all")};
    bool asked = false;
    for (int index = 1; index < argc; ++index)
        asked = asked || asks.contains(QString::fromLocal8Bit(argv[index]));
    if (!asked)
        return std::nullopt;
    QCoreApplication console(argc, argv);
    installDutchTranslations(console);
    QCommandLineParser parser;
    const ClientOptions options;
    describe(parser, options);
    parser.process(console); // answers and ends the process
    return 0;
}

int runClient(QApplication &application)
{
    QCommandLineParser parser;
    const ClientOptions options;
    describe(parser, options);
    parser.process(application);

    // Neither a profile nor a local database named: this workstation's profile, or the user's choice.
    QString profilePath = parser.value(options.profile);
    if (profilePath.isEmpty() && !parser.isSet(options.database) && !parser.isSet(options.key)) {
        const auto found = profileOfThisWorkstation();
        if (!found)
            return 0; // the user chose to quit
        profilePath = *found;
    }

    SystemClock clock;
    ServiceThread service;
    const Result<QString> description = [&]() -> Result<QString> {
        if (!profilePath.isEmpty())
            return startRemote(service, profilePath);
        if (!parser.isSet(options.database) || !parser.isSet(options.key))
            return fail(ErrorCode::InvalidArgument, ClientText::tr("A local database needs both --db FILE and --key-file FILE."));
        const QString keyPath = parser.value(options.key);
        return startEmbedded(service, clock, parser.value(options.database), keyPath,
                             parser.isSet(options.auditKey) ? parser.value(options.auditKey)
                                                            : KeyFile::defaultAuditKeyPath(keyPath));
    }();
    if (!description)
        return refuse(description.error().message);

    const auto user = LoginDialog::ask(service, *description);
    if (!user)
        return 0;
    MainWindow window(service, clock, *user, *description);
    window.show();
    return application.exec();
}

} // namespace casusregie::ui
