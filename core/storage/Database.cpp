#include "storage/Database.h"

#include "storage/CipherPageSize.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlStatement.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace casusregie {

namespace {

constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("casusregie-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error wrongKeyError()
{
    return Error{ErrorCode::WrongKeyOrNotADatabase,
                 QStringLiteral("De sleutel past niet bij deze database, of het bestand is geen Casusregie-database.")};
}

Result<qint64> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    auto query = runSql(db, QStringLiteral("PRAGMA %1;").arg(pragma));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::StorageFailure, QStringLiteral("PRAGMA %1 gaf geen antwoord.").arg(pragma));
    return query->value(0).toLongLong();
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close(); // the last connection checkpoints the WAL into the file and removes it
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseKey &key, OpenMode mode)
{
    auto opened = openWith(path, &key, mode);
    if (opened || mode == OpenMode::CreateNew || opened.error().code != ErrorCode::WrongKeyOrNotADatabase)
        return opened;
    // A file from before issue 11 has 1 KiB pages; opened as it is first, its schema is migrated
    // after the rewrite, in the new file. Not opening with those either, the key is wrong.
    auto legacy = openWith(path, &key, OpenMode::Inspect, legacyCipherPageSize);
    if (!legacy)
        return opened;
    if (mode == OpenMode::Inspect)
        return legacy;
    return rewriteLegacy(std::move(*legacy), key, mode);
}

Result<std::unique_ptr<Database>> Database::rewriteLegacy(std::unique_ptr<Database> legacy, const DatabaseKey &key,
                                                          OpenMode mode)
{
    const QString path = legacy->path();
    auto kept = CipherPageSize::rewrite(std::move(legacy), key);
    if (!kept)
        return std::unexpected(kept.error());
    auto rewritten = openWith(path, &key, mode);
    if (rewritten)
        (*rewritten)->m_keptLegacyFile = *kept;
    return rewritten;
}

Result<std::unique_ptr<Database>> Database::openUnencryptedForForensics(const QString &path, OpenMode mode)
{
    return openWith(path, nullptr, mode);
}

Result<std::unique_ptr<Database>> Database::openWith(const QString &path, const DatabaseKey *key, OpenMode mode,
                                                     int pageSize)
{
    const bool exists = QFileInfo::exists(path);
    if (mode != OpenMode::CreateNew && !exists)
        return fail(ErrorCode::FileMissing, QStringLiteral("Het databasebestand bestaat niet."));
    if (mode == OpenMode::CreateNew && exists)
        return fail(ErrorCode::AlreadyExists, QStringLiteral("Er staat al een bestand op die plaats; het wordt niet overschreven."));

    SqlCipherDriver::registerDriver();
    const QString connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName), connectionName);
        db.setDatabaseName(path);
        QStringList options;
        if (mode == OpenMode::CreateNew)
            options << QStringLiteral("QSQLCIPHER_CREATE");
        if (!key)
            options << QStringLiteral("QSQLCIPHER_PLAINTEXT");
        else
            options << QStringLiteral("QSQLCIPHER_PAGE_SIZE=%1").arg(pageSize);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        db.setPassword(key ? key->toHex() : QString());
        const bool opened = db.open();
        db.setPassword(QString()); // do not keep a copy of the key in QSqlDatabase
        if (!opened) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            const int code = sqliteResultCode(error);
            if ((code & 0xff) == sqliteNotADatabase)
                return std::unexpected(wrongKeyError());
            if ((code & 0xff) == sqliteCorrupt)
                return fail(ErrorCode::DatabaseCorrupt,
                            QStringLiteral("De database is beschadigd: een deel ervan kan niet worden gelezen (SQLite-code %1).")
                                .arg(code));
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("De database kan niet worden geopend (SQLite-code %1).").arg(sqliteResultCode(error)));
        }
    }

    std::unique_ptr<Database> database(new Database(connectionName, path));
    if (auto configured = database->configure(mode); !configured) {
        database.reset();
        if (mode == OpenMode::CreateNew)
            removeFiles(path);
        return std::unexpected(configured.error());
    }
    return database;
}

Status Database::configure(OpenMode mode)
{
    const QSqlDatabase db = connection();

    // Identify the file before anything is written to it.
    auto identity = pragmaValue(db, QStringLiteral("application_id"));
    auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!identity || !version)
        return std::unexpected(identity ? version.error() : identity.error());
    if (mode != OpenMode::CreateNew && *identity != applicationId)
        return std::unexpected(wrongKeyError());
    if (*version > Migrations::latestVersion())
        return fail(ErrorCode::DatabaseNewerThanProgram,
                    QStringLiteral("Deze database heeft schemaversie %1 en is gemaakt door een nieuwere versie van "
                                   "Casusregie; dit programma kent versie %2. Werk Casusregie bij.")
                        .arg(*version)
                        .arg(Migrations::latestVersion()));

    // architecture.md: referential integrity, WAL for concurrent readers, FULL sync so an
    // acknowledged write survives a crash, deleted content overwritten, temporary data in memory.
    // Issue 11: SQLCipher 3 decrypts every 1 KiB page it reads; a 64 MiB page cache (instead of
    // SQLite's 2 MB) keeps the pages of a working day decrypted, so a scan does not decrypt them
    // again. It grows only as pages are read.
    for (const char *pragma : {"foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL", "secure_delete = ON",
                               "temp_store = MEMORY", "cache_size = -65536"}) {
        auto applied = runSql(db, QStringLiteral("PRAGMA %1;").arg(QLatin1String(pragma)));
        if (!applied)
            return std::unexpected(applied.error());
    }
    return mode == OpenMode::Inspect ? Status{} : Migrations::migrate(*this);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const auto version = pragmaValue(connection(), QStringLiteral("user_version"));
    return version ? int(*version) : -1;
}

Status Database::execute(const QString &sql)
{
    auto done = runSql(connection(), sql);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Status Database::inReadTransaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0)
        return work();
    if (auto begun = execute(QStringLiteral("BEGIN DEFERRED")); !begun)
        return begun;
    ++m_transactionDepth;
    const Status result = work();
    --m_transactionDepth;
    // Nothing was written: COMMIT only ends the snapshot.
    static_cast<void>(execute(QStringLiteral("COMMIT")));
    return result;
}

Status Database::inTransaction(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
    const bool outermost = m_transactionDepth == 0;
    if (outermost ? !db.transaction() : !execute(QStringLiteral("SAVEPOINT ") + savepoint))
        return std::unexpected(storageError(db.lastError()));

    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;

    if (!outermost) {
        if (!result) // the work's own error is what the caller needs; RELEASE below reports a broken savepoint
            static_cast<void>(execute(QStringLiteral("ROLLBACK TO ") + savepoint));
        if (auto released = execute(QStringLiteral("RELEASE ") + savepoint); !released && result)
            return released;
        return result;
    }
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error error = storageError(db.lastError());
        db.rollback();
        return std::unexpected(error);
    }
    return {};
}

Status Database::checkpointAndTruncateWal()
{
    auto result = runSql(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!result)
        return std::unexpected(result.error());
    // The pragma answers (busy, log frames, checkpointed frames); busy means a reader held it back.
    if (result->next() && result->value(0).toInt() != 0)
        return fail(ErrorCode::StorageFailure, QStringLiteral("Het WAL-bestand kon niet volledig worden verwerkt; probeer het opnieuw."));
    return {};
}

Result<QStringList> Database::integrityCheck() const
{
    auto query = runSql(connection(), QStringLiteral("PRAGMA integrity_check;"));
    if (!query) {
        // SQLCipher reports a page whose authentication code does not match as an error.
        return QStringList{QStringLiteral("De database kan niet volledig worden gelezen: %1").arg(query.error().message)};
    }
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query->lastError().isValid())
        problems << QStringLiteral("De database kan niet volledig worden gelezen: %1").arg(storageError(query->lastError()).message);
    return problems;
}

} // namespace casusregie
