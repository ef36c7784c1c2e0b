#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QList>
#include <QVariantList>

namespace casusregie {

// Prepares and runs one statement with positional values; the query comes back forward-only,
// positioned before its first row.
Result<QSqlQuery> runSql(const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});

// A date, or a typed NULL when it is not set.
QVariant nullableDate(QDate date);
QVariant nullableDateTime(const QDateTime &moment);
// A row id, or a typed NULL for 0 ("none").
QVariant nullableId(qint64 id);

// Runs a query and maps every row with `rowToValue`: the loop that every list query shares.
template <typename T, typename RowToValue>
Result<QList<T>> listOf(const QSqlDatabase &database, const QString &sql, const QVariantList &values, RowToValue rowToValue)
{
    auto query = runSql(database, sql, values);
    if (!query)
        return std::unexpected(query.error());
    QList<T> list;
    while (query->next())
        list << rowToValue(*query);
    return list;
}

// A storage error as a value. Only the SQLite result code goes into the message, never the
// statement or its values, so no personal data reaches a log.
Error storageError(const QSqlError &error);

// The SQLite result code a QSqlError carries (extended codes included, e.g. 2067 for UNIQUE).
int sqliteResultCode(const QSqlError &error);

} // namespace casusregie
