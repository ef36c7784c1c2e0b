#include "DatabaseLock.h"
#include "ServerConfig.h"
#include "ServerLog.h"
#include "SignalWatcher.h"

#include "net/CasusregieServer.h"
#include "net/TlsConfiguration.h"
#include "security/KeyFile.h"
#include "service/RetentionJob.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <optional>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace casusregie;

namespace {

// A crash must not leave the database key or personal data on disk.
void disableCoreDumps()
{
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

server::ServerLog &log()
{
    static server::ServerLog serverLog; // stderr until the configuration names another destination
    return serverLog;
}

void say(const QString &line)
{
    log().write(line);
}

const char *const usage = "Gebruik: casusregie-server --config BESTAND [--check]\n\n"
                          "Start de applicatieserver (TLS 1.3) op de database uit het configuratiebestand.\n"
                          "Met --check worden configuratie, certificaat, sleutels en database alleen gecontroleerd.\n";

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    ::umask(077); // the database, its WAL and shared memory, logs: readable by this user only
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.contains(QStringLiteral("--help"))) {
        QTextStream(stdout) << usage;
        return 0;
    }
    const qsizetype configIndex = arguments.indexOf(QStringLiteral("--config"));
    if (configIndex < 0 || configIndex + 1 >= arguments.size()) {
        QTextStream(stderr) << usage;
        return 2;
    }
    const bool checkOnly = arguments.contains(QStringLiteral("--check"));

    auto config = server::ServerConfig::load(arguments.at(configIndex + 1));
    if (!config) {
        say(config.error().message);
        return 2;
    }
    if (auto redirected = log().redirectTo(config->logDestination); !redirected) {
        say(redirected.error().message);
        return 2;
    }
    auto tls = tls::serverConfiguration(config->certificatePath, config->privateKeyPath, config->clientCaPath,
                                        QDateTime::currentDateTimeUtc());
    if (!tls) {
        say(tls.error().message);
        return 2;
    }
    auto key = KeyFile::read(config->keyFilePath);
    auto auditKey = key ? KeyFile::read(config->auditKeyFilePath) : key;
    if (!key || !auditKey) {
        say(!key ? key.error().message : QStringLiteral("Auditsleutel: ") + auditKey.error().message);
        return 2;
    }
    // Before the database is touched: a second server would write the same file and serve stale data.
    std::optional<server::DatabaseLock> lock;
    if (!checkOnly) {
        auto acquired = server::DatabaseLock::acquire(config->databasePath);
        if (!acquired) {
            say(acquired.error().message);
            return 1;
        }
        lock.emplace(std::move(*acquired));
    }
    auto database = Database::open(config->databasePath, *key, Database::OpenMode::Existing);
    if (!database) {
        say(database.error().message);
        return 1;
    }
    AuditLog audit(**database, *auditKey);
    if (auto fits = audit.keyFits(); !fits) {
        say(fits.error().message);
        return 2;
    }
    if (checkOnly) {
        QTextStream(stdout) << "Configuratie, certificaat, sleutels en database in orde (schemaversie "
                            << (*database)->schemaVersion() << ").\n";
        return 0;
    }

    if (auto recorded = audit.recordKeyCheck(); !recorded) { // databases made before the fingerprint
        say(recorded.error().message);
        return 1;
    }

    SystemClock clock;
    ServerSettings settings;
    settings.address = config->address;
    settings.port = config->port;
    settings.tls = *tls;
    CasusregieServer server(**database, clock, *auditKey, settings);
    QObject::connect(&server, &CasusregieServer::logMessage, &application, &say);
    if (auto listening = server.listen(); !listening) {
        say(listening.error().message);
        return 1;
    }
    say(QStringLiteral("luistert op %1:%2").arg(config->address.toString()).arg(server.port()));

    // P 11: the retention run, at start and then daily.
    RetentionJob retention(**database, clock, *auditKey);
    const auto runRetention = [&] {
        auto outcome = retention.run(false);
        say(outcome ? QStringLiteral("bewaartermijnen: %1 vernietigd").arg(outcome->destroyed)
                    : QStringLiteral("bewaartermijnen: %1").arg(outcome.error().message));
    };
    QTimer daily;
    QObject::connect(&daily, &QTimer::timeout, &application, runRetention);
    daily.start(24 * 3600 * 1000);
    QTimer::singleShot(0, &application, runRetention);

    server::SignalWatcher signals;
    QObject::connect(&signals, &server::SignalWatcher::stopRequested, &application, [&] {
        say(QStringLiteral("stoppen: geen nieuwe verbindingen meer"));
        server.stopListening();
        QCoreApplication::quit();
    });
    const int code = application.exec();
    say(QStringLiteral("gestopt; database gesloten"));
    return code;
}
