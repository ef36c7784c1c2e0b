#include "storage/SqlCipherDriver.h"

#include "storage/SqlCipherResult.h"
#include "storage/SqlCipherTypes.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <sqlite3.h>

#include <cctype>

namespace casusregie {

namespace {

constexpr int keyHexLength = 64;
constexpr int busyTimeoutMs = 10000;

// SQLite's own busy timeout sleeps in growing steps up to 100 ms, so a request waiting for the
// retention worker's write lock could keep missing the moment it is free. Asking every
// millisecond, a waiting writer gets in right after the transaction it waits for.
// QSQLCIPHER_PAGE_SIZE=<bytes>; 0 when absent (SQLCipher's default).
int pageSizeOption(const QStringList &options)
{
    const QLatin1String prefix("QSQLCIPHER_PAGE_SIZE=");
    for (const QString &option : options) {
        if (option.startsWith(prefix))
            return option.mid(prefix.size()).toInt();
    }
    return 0;
}

int retryEveryMillisecond(void *, int attempts)
{
    if (attempts >= busyTimeoutMs)
        return 0; // gives SQLITE_BUSY to the caller
    sqlite3_sleep(1);
    return 1;
}

bool isHexKey(const QString &key)
{
    if (key.size() != keyHexLength)
        return false;
    for (const QChar c : key) {
        if (!isxdigit(c.toLatin1()))
            return false;
    }
    return true;
}

class SqlCipherDriverCreator final : public QSqlDriverCreatorBase {
public:
    QSqlDriver *createObject() const override { return new SqlCipherDriver; }
};

} // namespace

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(driverName), new SqlCipherDriverCreator);
        return true;
    }();
    Q_UNUSED(registered);
}

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case SimpleLocking:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case FinishQuery:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &databaseName, const QString &, const QString &password, const QString &,
                           int, const QString &connectOptions)
{
    if (isOpen())
        close();

    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const bool create = options.contains(QLatin1String("QSQLCIPHER_CREATE"));
    const bool readOnly = options.contains(QLatin1String("QSQLCIPHER_READONLY"));
    const bool plaintext = options.contains(QLatin1String("QSQLCIPHER_PLAINTEXT"));

    if (!plaintext && !isHexKey(password)) {
        reportError(QStringLiteral("De databasesleutel moet 64 hexadecimale tekens zijn."), QSqlError::ConnectionError,
                    SQLITE_MISUSE);
        setOpenError(true);
        return false;
    }
    if (!create && !QFileInfo::exists(databaseName)) {
        reportError(QStringLiteral("Het databasebestand bestaat niet."), QSqlError::ConnectionError, SQLITE_CANTOPEN);
        setOpenError(true);
        return false;
    }

    // A missing main file was refused above; CREATE stays in the flags because ATTACH (backups)
    // opens its file with the main connection's flags.
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX; // a connection belongs to one thread, as Qt Sql requires

    const QByteArray path = QFile::encodeName(databaseName);
    int rc = sqlite3_open_v2(path.constData(), &m_connection, flags, nullptr);
    if (rc == SQLITE_OK && !plaintext) {
        // The x'..' form makes SQLCipher use the bytes as the key itself, skipping its own KDF.
        QByteArray keySpec = "x'" + password.toLatin1() + "'";
        rc = sqlite3_key(m_connection, keySpec.constData(), int(keySpec.size()));
        keySpec.fill('\0');
    }
    if (rc == SQLITE_OK && !plaintext) {
        // SQLCipher 3 keeps the page size inside the encrypted header, so the opener must know it.
        const int pageSize = pageSizeOption(options);
        if (pageSize > 0) {
            const QByteArray pragma = "PRAGMA cipher_page_size = " + QByteArray::number(pageSize) + ";";
            rc = sqlite3_exec(m_connection, pragma.constData(), nullptr, nullptr, nullptr);
        }
    }
    if (rc == SQLITE_OK) {
        // Reading the schema proves the key: with a wrong one SQLCipher answers SQLITE_NOTADB.
        rc = sqlite3_exec(m_connection, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        const int code = m_connection ? sqlite3_extended_errcode(m_connection) : rc;
        const QString text = m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection)) : QString();
        reportError(text, QSqlError::ConnectionError, code);
        sqlite3_close_v2(m_connection);
        m_connection = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_connection, 1);
    sqlite3_busy_handler(m_connection, &retryEveryMillisecond, nullptr);

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_connection)
        return;
    // Statements still alive are finalised by their results; close_v2 defers until then.
    m_statements.clear();
    sqlite3_close_v2(m_connection);
    m_connection = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock at once, so two writers queue instead of deadlocking later.
    return executeSimple("BEGIN IMMEDIATE;", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return executeSimple("COMMIT;", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return executeSimple("ROLLBACK;", QSqlError::TransactionError);
}

bool SqlCipherDriver::executeSimple(const char *sql, QSqlError::ErrorType errorType)
{
    if (!m_connection)
        return false;
    const int rc = sqlite3_exec(m_connection, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        reportError(QString::fromUtf8(sqlite3_errmsg(m_connection)), errorType, sqlite3_extended_errcode(m_connection));
        return false;
    }
    return true;
}

void SqlCipherDriver::reportError(const QString &text, QSqlError::ErrorType type, int resultCode)
{
    setLastError(QSqlError(text, QString::fromUtf8(sqlite3_errstr(resultCode)), type, QString::number(resultCode)));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_connection)
        return names;
    const char *sql = nullptr;
    switch (type) {
    case QSql::Tables:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
        break;
    case QSql::Views:
        sql = "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name;";
        break;
    case QSql::SystemTables:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite_%' ORDER BY name;";
        break;
    case QSql::AllTables:
        sql = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name;";
        break;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, sql, -1, &statement, nullptr) != SQLITE_OK)
        return names;
    while (sqlite3_step(statement) == SQLITE_ROW)
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord result;
    if (!m_connection)
        return result;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = "PRAGMA table_info(" + escapeIdentifier(tableName, TableName).toUtf8() + ");";
    if (sqlite3_prepare_v2(m_connection, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return result;
    // table_info columns: cid, name, type, notnull, dflt_value, pk
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
        const auto *declared = reinterpret_cast<const char *>(sqlite3_column_text(statement, 2));
        QSqlField field(name, sqlcipher::metaTypeForDeclaredType(declared), tableName);
        field.setRequiredStatus(sqlite3_column_int(statement, 3) ? QSqlField::Required : QSqlField::Optional);
        field.setAutoValue(sqlite3_column_int(statement, 5) == 1
                           && QByteArray(declared).toUpper() == "INTEGER");
        result.append(field);
    }
    sqlite3_finalize(statement);
    return result;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (isIdentifierEscaped(identifier, TableName))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_connection));
}

} // namespace casusregie
