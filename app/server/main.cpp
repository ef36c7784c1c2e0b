#include "DatabaseLock.h"
#include "ServerConfig.h"
#include "ServerLog.h"
#include "SignalWatcher.h"

#include "net/CasusregieServer.h"
#include "net/TlsConfiguration.h"
#include "security/KeyFile.h"
#include "service/RetentionWorker.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <expected>
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

// A start-up step that failed: what to say, and the exit code (2: the set-up is wrong, 1: it could not run).
struct StartFailure {
    int exitCode;
    QString message;
};
template <typename T>
using Step = std::expected<T, StartFailure>;

std::unexpected<StartFailure> stop(int exitCode, const Error &error)
{
    return std::unexpected(StartFailure{exitCode, error.message});
}

// Everything the server needs before it touches the database, each checked with a message that
// names the problem.
struct Prerequisites {
    server::ServerConfig config;
    QSslConfiguration tls;
    DatabaseKey key;
    DatabaseKey auditKey;
};

Step<Prerequisites> readPrerequisites(const QString &configPath)
{
    auto config = server::ServerConfig::load(configPath);
    if (!config)
        return stop(2, config.error());
    if (auto redirected = log().redirectTo(config->logDestination); !redirected)
        return stop(2, redirected.error());
    auto tls = tls::serverConfiguration(config->certificatePath, config->privateKeyPath, config->clientCaPath,
                                        QDateTime::currentDateTimeUtc());
    if (!tls)
        return stop(2, tls.error());
    auto key = KeyFile::read(config->keyFilePath);
    if (!key)
        return stop(2, key.error());
    auto auditKey = KeyFile::read(config->auditKeyFilePath);
    if (!auditKey)
        return std::unexpected(StartFailure{2, QStringLiteral("Auditsleutel: ") + auditKey.error().message});
    return Prerequisites{*config, *tls, *key, *auditKey};
}

struct OpenDatabase {
    std::optional<server::DatabaseLock> lock; // held while serving; a check takes none
    std::unique_ptr<Database> database;
};

// The database, locked against a second server and with the audit key that belongs to it.
Step<OpenDatabase> openDatabase(const Prerequisites &prerequisites, bool checkOnly)
{
    OpenDatabase open;
    // Before the database is touched: a second server would write the same file and serve stale data.
    if (!checkOnly) {
        auto acquired = server::DatabaseLock::acquire(prerequisites.config.databasePath);
        if (!acquired)
            return stop(1, acquired.error());
        open.lock.emplace(std::move(*acquired));
    }
    auto database = Database::open(prerequisites.config.databasePath, prerequisites.key, Database::OpenMode::Existing);
    if (!database)
        return stop(1, database.error());
    AuditLog audit(**database, prerequisites.auditKey);
    if (auto fits = audit.keyFits(); !fits)
        return stop(2, fits.error());
    if (!checkOnly) {
        if (auto recorded = audit.recordKeyCheck(); !recorded) // databases made before the fingerprint
            return stop(1, recorded.error());
    }
    if (!(*database)->keptLegacyFile().isEmpty())
        say(QStringLiteral("database omgezet naar pagina's van %1 bytes; het oude bestand staat in %2 (verwijder het na "
                           "controle, docs/operations.md)")
                .arg(Database::cipherPageSize)
                .arg((*database)->keptLegacyFile()));
    open.database = std::move(*database);
    return open;
}

// Serves until SIGTERM or SIGINT; the retention run (P 11) at start and then daily.
int serve(QCoreApplication &application, const Prerequisites &prerequisites, Database &database)
{
    SystemClock clock;
    ServerSettings settings;
    settings.address = prerequisites.config.address;
    settings.port = prerequisites.config.port;
    settings.tls = prerequisites.tls;
    CasusregieServer server(database, prerequisites.key, clock, prerequisites.auditKey, settings);
    QObject::connect(&server, &CasusregieServer::logMessage, &application, &say);
    if (auto listening = server.listen(); !listening) {
        say(listening.error().message);
        return 1;
    }
    say(QStringLiteral("luistert op %1:%2").arg(settings.address.toString()).arg(server.port()));

    // Off the request thread, with a connection of its own: the server keeps serving while it runs.
    RetentionWorker retention(prerequisites.config.databasePath, prerequisites.key, prerequisites.auditKey, clock);
    QObject::connect(&retention, &RetentionWorker::finished, &application, &say);
    QTimer daily;
    QObject::connect(&daily, &QTimer::timeout, &retention, &RetentionWorker::start);
    daily.start(24 * 3600 * 1000);
    retention.start();

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

    auto prerequisites = readPrerequisites(arguments.at(configIndex + 1));
    auto open = prerequisites ? openDatabase(*prerequisites, checkOnly) : Step<OpenDatabase>(std::unexpected(prerequisites.error()));
    if (!open) {
        say(open.error().message);
        return open.error().exitCode;
    }
    if (checkOnly) {
        QTextStream(stdout) << "Configuratie, certificaat, sleutels en database in orde (schemaversie "
                            << open->database->schemaVersion() << ").\n";
        return 0;
    }
    return serve(application, *prerequisites, *open->database);
}
