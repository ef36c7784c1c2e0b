#include "app/EmbeddedClient.h"

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
    ServiceThread service;
    QString description;
    if (parser.isSet(profileOption)) {
        // Server mode: everything goes over TLS to the server; nothing is stored on this workstation.
        auto profile = ServerProfile::load(parser.value(profileOption));
        if (!profile)
            return refuse(profile.error().message);
        auto tls = tls::clientConfiguration(profile->caCertificatePath);
        if (!tls)
            return refuse(tls.error().message);
        description = ClientText::tr("Server: %1:%2").arg(profile->host).arg(profile->port);
        const auto started = service.start([profile = *profile, tls = *tls]() -> Result<std::shared_ptr<Service>> {
            return std::make_shared<RemoteService>(profile, tls);
        });
        if (!started)
            return refuse(started.error().message);
    } else {
        if (!parser.isSet(databaseOption) || !parser.isSet(keyOption))
            return refuse(ClientText::tr("Start Casusregie with --profile FILE, or with --db FILE --key-file FILE."));
        auto key = KeyFile::read(parser.value(keyOption));
        if (!key)
            return refuse(key.error().message);
        auto auditKey = KeyFile::read(parser.isSet(auditKeyOption) ? parser.value(auditKeyOption)
                                                                   : KeyFile::defaultAuditKeyPath(parser.value(keyOption)));
        if (!auditKey)
            return refuse(auditKey.error().message);
        const QString path = parser.value(databaseOption);
        description = ClientText::tr("Local database: %1").arg(QFileInfo(path).fileName());
        const auto started = service.start([path, key = *key, auditKey = *auditKey, &clock]() {
            return openEmbeddedService(path, key, auditKey, clock);
        });
        if (!started)
            return refuse(started.error().message);
    }

    const auto user = LoginDialog::ask(service, description);
    if (!user)
        return 0;
    MainWindow window(service, clock, *user, description);
    window.show();
    return application.exec();
}

} // namespace casusregie::ui
