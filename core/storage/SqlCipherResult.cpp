#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"
#include "storage/SqlCipherTypes.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>

#include <sqlite3.h>

#include <limits>

namespace casusregie {

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_statement));
}

void SqlCipherResult::finalize()
{
    if (m_statement) {
        // Kept for the next query with this text, unless its connection has closed meanwhile.
        if (m_driver && m_driver->connection() == sqlite3_db_handle(m_statement))
            m_driver->statements().give(m_sql, {m_statement, m_record});
        else
            sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_record.clear();
    m_rowPending = false;
    m_exhausted = false;
}

void SqlCipherResult::fail(const QString &text, QSqlError::ErrorType type, int resultCode)
{
    setLastError(QSqlError(text, QString::fromUtf8(sqlite3_errstr(resultCode)), type, QString::number(resultCode)));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3 *connection = m_driver ? m_driver->connection() : nullptr;
    if (!connection) {
        fail(QStringLiteral("De database is niet geopend."), QSqlError::ConnectionError, SQLITE_MISUSE);
        return false;
    }

    m_sql = query.toUtf8();
    if (auto kept = m_driver->statements().take(m_sql); kept.statement) {
        m_statement = kept.statement;
        m_record = kept.record;
        setSelect(!m_record.isEmpty());
        return true;
    }
    const QByteArray &sql = m_sql;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &m_statement, &tail);
    if (rc != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(connection)), QSqlError::StatementError,
             sqlite3_extended_errcode(connection));
        finalize();
        return false;
    }
    // One statement per query: a second one hidden in the text is refused rather than ignored.
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        fail(QStringLiteral("Een query mag maar één SQL-opdracht bevatten."), QSqlError::StatementError, SQLITE_MISUSE);
        finalize();
        return false;
    }

    const int columns = sqlite3_column_count(m_statement);
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_statement, i));
        m_record.append(QSqlField(name, sqlcipher::metaTypeForDeclaredType(sqlite3_column_decltype(m_statement, i))));
    }
    setSelect(columns > 0);
    return true;
}

namespace {

// Binds one value at a 1-based position; returns an SQLite result code.
int bindAt(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        if (value.toULongLong() > qulonglong(std::numeric_limits<qint64>::max()))
            return SQLITE_RANGE; // SQLite integers are signed 64-bit
        return sqlite3_bind_int64(statement, position, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, position, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = sqlcipher::toStorageText(value).toUtf8();
        return sqlite3_bind_text64(statement, position, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    }
}

} // namespace

bool SqlCipherResult::bindValues()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected) {
        fail(QStringLiteral("Aantal gebonden waarden (%1) past niet bij de query (%2).").arg(values.size()).arg(expected),
             QSqlError::StatementError, SQLITE_RANGE);
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const int rc = bindAt(m_statement, i + 1, values.at(i));
        if (rc != SQLITE_OK) {
            fail(QString::fromUtf8(sqlite3_errstr(rc)), QSqlError::StatementError, rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_statement) {
        fail(QStringLiteral("Er is geen voorbereide query."), QSqlError::StatementError, SQLITE_MISUSE);
        return false;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    m_rowPending = false;
    m_exhausted = false;
    m_rowsAffected = 0;
    m_inserted = false;

    if (!bindValues())
        return false;

    sqlite3 *connection = m_driver->connection();
    const int changesBefore = sqlite3_total_changes(connection);
    const Step first = step();
    if (first == Step::Failed)
        return false;
    m_rowPending = first == Step::Row;
    m_exhausted = first == Step::Done;

    if (!sqlite3_stmt_readonly(m_statement)) {
        // sqlite3_changes() counts the statement's own rows, not foreign-key cascades; it still holds
        // an older statement's count when this one changed nothing, hence the total as a guard.
        m_rowsAffected = sqlite3_total_changes(connection) != changesBefore ? sqlite3_changes(connection) : 0;
        const QByteArray verb = QByteArray(sqlite3_sql(m_statement)).trimmed().left(7).toUpper();
        m_inserted = m_rowsAffected > 0 && (verb.startsWith("INSERT") || verb.startsWith("REPLACE"));
        m_lastInsertId = sqlite3_last_insert_rowid(connection);
    }
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    sqlite3 *connection = m_driver->connection();
    fail(QString::fromUtf8(sqlite3_errmsg(connection)), QSqlError::StatementError, sqlite3_extended_errcode(connection));
    sqlite3_reset(m_statement);
    return Step::Failed;
}

bool SqlCipherResult::fetchNext()
{
    if (!m_statement || !isActive() || !isSelect())
        return false;
    if (m_rowPending) {
        m_rowPending = false;
        setAt(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
        return true;
    }
    if (m_exhausted) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    switch (step()) {
    case Step::Row:
        setAt(at() + 1);
        return true;
    case Step::Done:
        m_exhausted = true;
        setAt(QSql::AfterLastRow);
        return false;
    case Step::Failed:
        setAt(QSql::AfterLastRow);
        return false;
    }
    return false;
}

// Moving backwards means running the statement again from the top: SQLite cursors go forward only.
bool SqlCipherResult::restart()
{
    sqlite3_reset(m_statement);
    setAt(QSql::BeforeFirstRow);
    m_rowPending = false;
    m_exhausted = false;
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !m_statement || !isActive() || !isSelect())
        return false;
    if (index == at())
        return true;
    if (index < at() || at() == QSql::AfterLastRow) {
        if (isForwardOnly())
            return false;
        restart();
    }
    while (at() < index) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!m_statement || !isActive() || !isSelect())
        return false;
    if (isForwardOnly())
        return false; // the last row is only known after stepping past it, and there is no way back
    int count = 0;
    restart();
    while (fetchNext())
        ++count;
    return count > 0 && fetch(count - 1);
}

QVariant SqlCipherResult::data(int field)
{
    if (!m_statement || field < 0 || field >= m_record.count() || at() < 0)
        return {};
    const QMetaType declared = m_record.field(field).metaType();
    switch (sqlite3_column_type(m_statement, field)) {
    case SQLITE_NULL:
        return declared.id() == QMetaType::QVariant ? QVariant() : QVariant(declared);
    case SQLITE_INTEGER: {
        const qint64 value = sqlite3_column_int64(m_statement, field);
        if (declared.id() == QMetaType::Bool)
            return value != 0;
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return int(value);
        return value;
    }
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, field);
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, field));
        return QByteArray(bytes, sqlite3_column_bytes(m_statement, field));
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, field));
        const QString value = QString::fromUtf8(text, sqlite3_column_bytes(m_statement, field));
        return sqlcipher::fromStorageText(value, declared);
    }
    }
}

bool SqlCipherResult::isNull(int field)
{
    if (!m_statement || field < 0 || field >= m_record.count() || at() < 0)
        return true;
    return sqlite3_column_type(m_statement, field) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1; // SQLite does not know the row count before stepping through the rows
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_inserted ? QVariant(m_lastInsertId) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_rowPending = false;
    m_exhausted = true;
}

} // namespace casusregie
