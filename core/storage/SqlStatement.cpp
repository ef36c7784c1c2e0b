#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

constexpr int sqliteConstraint = 19;

} // namespace

QVariant nullableDate(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType(QMetaType::QDate));
}

QVariant nullableDateTime(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(moment) : QVariant(QMetaType(QMetaType::QDateTime));
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

int sqliteResultCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt();
}

Error storageError(const QSqlError &error)
{
    const int code = sqliteResultCode(error);
    if ((code & 0xff) == sqliteConstraint)
        return Error{ErrorCode::Conflict,
                     QStringLiteral("De wijziging botst met bestaande gegevens (SQLite-code %1).").arg(code)};
    return Error{ErrorCode::StorageFailure, QStringLiteral("Databasefout (SQLite-code %1).").arg(code)};
}

Result<QSqlQuery> runSql(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(storageError(query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(storageError(query.lastError()));
    return query;
}

Status execSql(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    if (auto done = runSql(database, sql, values); !done)
        return std::unexpected(done.error());
    return {};
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

Result<qint64> insertRow(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    auto query = runSql(database, sql, values);
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<QList<qint64>> idsOf(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    return listOf<qint64>(database, sql, values, [](const QSqlQuery &row) { return row.value(0).toLongLong(); });
}

Result<QSet<qint64>> idSetOf(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    auto ids = idsOf(database, sql, values);
    if (!ids)
        return std::unexpected(ids.error());
    return QSet<qint64>(ids->begin(), ids->end());
}

Result<QSet<qint64>> idSetAmong(const QSqlDatabase &database, const QString &sql, const QVariantList &values,
                                const QList<qint64> &among)
{
    QSet<qint64> found;
    for (qsizetype from = 0; from < among.size(); from += idsPerStatement) {
        const QList<qint64> chunk = among.mid(from, idsPerStatement);
        QVariantList bound = values;
        bound.append(QVariantList(chunk.begin(), chunk.end()));
        auto some = idsOf(database, sql.arg(placeholders(chunk.size())), bound);
        if (!some)
            return std::unexpected(some.error());
        found.unite(QSet<qint64>(some->begin(), some->end()));
    }
    return found;
}

Status changeOneRow(const QSqlDatabase &database, const QString &sql, const QVariantList &values, const QString &notFound)
{
    auto query = runSql(database, sql, values);
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, notFound);
    return {};
}

} // namespace casusregie
