#pragma once

#include "common/Result.h"
#include "storage/StoredRow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QList>
#include <QSet>
#include <QVariantList>

#include <type_traits>

namespace casusregie {

// Prepares and runs one statement with positional values; the query comes back forward-only,
// positioned before its first row.
Result<QSqlQuery> runSql(const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});

// Runs one statement whose rows, if any, are not needed.
Status execSql(const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});

// Runs an INSERT and answers the new row's id.
Result<qint64> insertRow(const QSqlDatabase &database, const QString &sql, const QVariantList &values);

// Runs an UPDATE or DELETE that must change exactly one row; none changed is NotFound with `notFound`.
Status changeOneRow(const QSqlDatabase &database, const QString &sql, const QVariantList &values, const QString &notFound);

// "?, ?, ?" for an IN list of `count` values. SQLite binds at most 999 values in one statement, so
// long lists go in chunks of `idsPerStatement`.
QString placeholders(qsizetype count);
constexpr qsizetype idsPerStatement = 500;

// A date, or a typed NULL when it is not set.
QVariant nullableDate(QDate date);
QVariant nullableDateTime(const QDateTime &moment);
// A row id, or a typed NULL for 0 ("none").
QVariant nullableId(qint64 id);

// Maps every row left in the query with `rowToValue`, which takes a StoredRow (checked enum
// columns) or the plain query.
template <typename T, typename RowToValue>
Result<QList<T>> remainingRows(QSqlQuery &query, RowToValue rowToValue)
{
    QList<T> list;
    const QSqlRecord columns = query.record();
    while (query.next()) {
        if constexpr (std::is_invocable_v<RowToValue, StoredRow &>) {
            auto value = valueOf<T>(query, columns, rowToValue);
            if (!value)
                return std::unexpected(value.error());
            list << *value;
        } else {
            list << rowToValue(query);
        }
    }
    return list;
}

// Runs a query and maps every row with `rowToValue`: the loop that every list query shares.
template <typename T, typename RowToValue>
Result<QList<T>> listOf(const QSqlDatabase &database, const QString &sql, const QVariantList &values, RowToValue rowToValue)
{
    auto query = runSql(database, sql, values);
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<T>(*query, rowToValue);
}

// Runs a query for one row and maps it; no row is NotFound with `notFound`.
template <typename T, typename RowToValue>
Result<T> oneRow(const QSqlDatabase &database, const QString &sql, const QVariantList &values, RowToValue rowToValue,
                 const QString &notFound)
{
    auto query = runSql(database, sql, values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, notFound);
    if constexpr (std::is_invocable_v<RowToValue, StoredRow &>)
        return valueOf<T>(*query, rowToValue);
    else
        return rowToValue(*query);
}

// The ids (first column) of every row a query finds.
Result<QList<qint64>> idsOf(const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});
// The same as a set, for membership tests.
Result<QSet<qint64>> idSetOf(const QSqlDatabase &database, const QString &sql, const QVariantList &values = {});

// The ids `sql` finds among `among` (its "%1" takes the placeholders of up to idsPerStatement of
// them, bound after `values`), in a statement per chunk.
Result<QSet<qint64>> idSetAmong(const QSqlDatabase &database, const QString &sql, const QVariantList &values,
                                const QList<qint64> &among);

// Loads each id with `load` (a repository's byId), stopping at the first that fails.
template <typename T, typename Load>
Result<QList<T>> loadEach(const QList<qint64> &ids, Load load)
{
    QList<T> list;
    list.reserve(ids.size());
    for (const qint64 id : ids) {
        auto value = load(id);
        if (!value)
            return std::unexpected(value.error());
        list << *value;
    }
    return list;
}

// A storage error as a value. Only the SQLite result code goes into the message, never the
// statement or its values, so no personal data reaches a log.
Error storageError(const QSqlError &error);

// The SQLite result code a QSqlError carries (extended codes included, e.g. 2067 for UNIQUE).
int sqliteResultCode(const QSqlError &error);

} // namespace casusregie
