#pragma once

#include <QSqlDriver>
#include <QSqlError>

#include "storage/SqlCipherStatementCache.h"

struct sqlite3;

namespace casusregie {

// A Qt Sql driver for SQLCipher, registered in-process as "QSQLCIPHER" so that no plugin is loaded.
//
// QSqlDatabase::open() takes the raw 256-bit key as 64 hexadecimal characters in the password
// argument; SQLCipher's own passphrase KDF is never used. Connect options:
//   QSQLCIPHER_CREATE    create the file when it does not exist (otherwise a missing file is an error)
//   QSQLCIPHER_READONLY  open read-only
//   QSQLCIPHER_PLAINTEXT no encryption at all: only for forensic tests that must read the raw bytes
//   QSQLCIPHER_PAGE_SIZE=<bytes>  the file's cipher page size (SQLCipher 3 cannot read it from the file)
// Opening reads the schema once, so a wrong key fails in open() with SQLITE_NOTADB (26) and
// nothing is written.
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
public:
    static constexpr const char *driverName = "QSQLCIPHER";
    static void registerDriver();

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &databaseName, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_connection; }
    // Statements kept for reuse on this connection (used by its results, on its thread only).
    SqlCipherStatementCache &statements() const { return m_statements; }

private:
    bool executeSimple(const char *sql, QSqlError::ErrorType errorType);
    void reportError(const QString &text, QSqlError::ErrorType type, int resultCode);

    sqlite3 *m_connection = nullptr;
    mutable SqlCipherStatementCache m_statements;
};

} // namespace casusregie
