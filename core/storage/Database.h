#pragma once

#include "common/Result.h"
#include "security/DatabaseKey.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace casusregie {

// An open, encrypted Casusregie database: keyed, pragmas applied, schema migrated.
// Repositories work through it; nothing above storage sees SQL.
class Database {
public:
    // Inspect opens an existing database as it is, without migrating it: for verification,
    // which must not change what it checks.
    enum class OpenMode { Existing, CreateNew, Inspect };

    // PRAGMA application_id of every Casusregie database ("CREG"), which tells it apart
    // from any other SQLite or SQLCipher file that happens to open with the same key.
    static constexpr qint32 applicationId = 0x43524547;

    // SQLCipher's page size for every file Casusregie writes (docs/storage.md says why), and the
    // size of SQLCipher 3's default that files from before issue 11 have; opening such a file
    // (other than to inspect it) rewrites it with the new size, keeping the old file beside it.
    static constexpr int cipherPageSize = 4096;
    static constexpr int legacyCipherPageSize = 1024;

    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseKey &key, OpenMode mode);

    // The same database code on an unencrypted file. Never for real data: it exists so tests can
    // search the raw bytes (free pages and WAL included) for what was destroyed.
    static Result<std::unique_ptr<Database>> openUnencryptedForForensics(const QString &path, OpenMode mode);
    ~Database();

    // Removes a database file with its WAL, shared-memory and journal files (after a failed creation).
    static void removeFiles(const QString &path);

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // After a rewrite to the new page size at opening: where the old file was kept. Empty otherwise.
    QString keptLegacyFile() const { return m_keptLegacyFile; }
    int schemaVersion() const;

    // Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    // Nested calls become savepoints, so a repository call inside a service's transaction
    // commits or rolls back with it.
    [[nodiscard]] Status inTransaction(const std::function<Status()> &work);

    // Runs `work`, which only reads, on one snapshot of the database (a deferred transaction that
    // takes no write lock, so other connections write meanwhile); inside a transaction, in that one.
    [[nodiscard]] Status inReadTransaction(const std::function<Status()> &work);
    // Copies the WAL into the database file and empties it, so no old page versions linger (used
    // after destruction, so deleted data does not survive in the WAL).
    Status checkpointAndTruncateWal();

    // PRAGMA integrity_check: an empty list means the database is sound.
    Result<QStringList> integrityCheck() const;

private:
    Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> openWith(const QString &path, const DatabaseKey *key, OpenMode mode,
                                                      int pageSize = cipherPageSize);
    static Result<std::unique_ptr<Database>> rewriteLegacy(std::unique_ptr<Database> legacy, const DatabaseKey &key,
                                                           OpenMode mode);
    Status configure(OpenMode mode);

    Status execute(const QString &sql);

    QString m_connectionName;
    int m_transactionDepth = 0;
    QString m_path;
    QString m_keptLegacyFile;
};

} // namespace casusregie
