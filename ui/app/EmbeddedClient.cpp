#include "app/EmbeddedClient.h"

#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include "common/Clock.h"
#include "net/RemoteService.h"
#include "net/TlsConfiguration.h"
#include "security/KeyFile.h"
#include "service/LocalService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
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

} // namespace

int runEmbeddedClient(QApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ClientText::tr("Casusregie desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"), ClientText::tr("Local database file."),
                                            ClientText::tr("file"));
    const QCommandLineOption keyOption(QStringLiteral("key-file"), ClientText::tr("Key file of the local database."),
                                       ClientText::tr("file"));
    const QCommandLineOption auditKeyOption(QStringLiteral("audit-key-file"),
                                            ClientText::tr("Key file of the audit chain (default: the key file + .audit)."),
                                            ClientText::tr("file"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           ClientText::tr("Connection profile of the Casusregie server (from functioneel beheer)."),
                                           ClientText::tr("file"));
    parser.addOption(databaseOption);
    parser.addOption(keyOption);
    parser.addOption(auditKeyOption);
    parser.addOption(profileOption);
    parser.process(application);

    SystemClock clock;
    if (parser.isSet(profileOption)) {
        // Server mode: everything goes over TLS to the server; nothing is stored on this workstation.
        auto profile = ServerProfile::load(parser.value(profileOption));
        if (!profile)
            return refuse(profile.error().message);
        auto tls = tls::clientConfiguration(profile->caCertificatePath);
        if (!tls)
            return refuse(tls.error().message);
        RemoteService service(*profile, *tls);
        const QString description = ClientText::tr("Server: %1:%2").arg(profile->host).arg(profile->port);
        const auto user = LoginDialog::ask(service, description);
        if (!user)
            return 0;
        MainWindow window(service, clock, *user, description);
        window.show();
        return application.exec();
    }

    if (!parser.isSet(databaseOption) || !parser.isSet(keyOption))
        return refuse(ClientText::tr("Start Casusregie with --profile FILE, or with --db FILE --key-file FILE."));

    auto key = KeyFile::read(parser.value(keyOption));
    if (!key)
        return refuse(key.error().message);
    auto auditKey = KeyFile::read(parser.isSet(auditKeyOption) ? parser.value(auditKeyOption)
                                                               : KeyFile::defaultAuditKeyPath(parser.value(keyOption)));
    if (!auditKey)
        return refuse(auditKey.error().message);
    auto database = Database::open(parser.value(databaseOption), *key, Database::OpenMode::Existing);
    if (!database)
        return refuse(database.error().message);

    LocalService service(**database, clock, *auditKey);
    const QString description =
        ClientText::tr("Local database: %1").arg(QFileInfo(parser.value(databaseOption)).fileName());
    const auto user = LoginDialog::ask(service, description);
    if (!user)
        return 0;

    MainWindow window(service, clock, *user, description);
    window.show();
    return application.exec();
}

} // namespace casusregie::ui
