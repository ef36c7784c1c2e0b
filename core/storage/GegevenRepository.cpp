#include "storage/GegevenRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectGegevens = QStringLiteral(
    "SELECT id, casus_id, betrokkene_id, category, content, supplier_party_id, phase, grondslag, beroepsgeheim, "
    "necessity_reason, entered_by, entered_at, withdrawn_at, withdrawal_reason FROM gegevens");

Gegeven gegevenFrom(StoredRow &row)
{
    Gegeven gegeven;
    gegeven.id = row.value(0).toLongLong();
    gegeven.casusId = row.value(1).toLongLong();
    gegeven.betrokkeneId = row.value(2).toLongLong();
    gegeven.category = row.enumAt<DataCategory>(3);
    gegeven.content = row.value(4).toString();
    gegeven.supplierPartyId = row.value(5).toLongLong();
    gegeven.phase = row.enumAt<Phase>(6);
    gegeven.grondslag = row.enumAt<Grondslag>(7);
    gegeven.beroepsgeheim = row.value(8).toBool();
    gegeven.necessityReason = row.value(9).toString();
    gegeven.enteredByUserId = row.value(10).toLongLong();
    gegeven.enteredAt = row.value(11).toDateTime();
    gegeven.withdrawnAt = row.value(12).toDateTime();
    gegeven.withdrawalReason = row.value(13).toString();
    return gegeven;
}

} // namespace

GegevenRepository::GegevenRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> GegevenRepository::add(const Gegeven &gegeven)
{
    if (gegeven.content.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een gegeven heeft een inhoud."));
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO gegevens (casus_id, betrokkene_id, category, content, supplier_party_id, "
                                       "phase, grondslag, beroepsgeheim, necessity_reason, entered_by, entered_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {gegeven.casusId, gegeven.betrokkeneId, enumKey(gegeven.category), gegeven.content.trimmed(),
                         gegeven.supplierPartyId, enumKey(gegeven.phase), enumKey(gegeven.grondslag), gegeven.beroepsgeheim,
                         gegeven.necessityReason.trimmed(), gegeven.enteredByUserId, gegeven.enteredAt});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<Gegeven> GegevenRepository::byId(qint64 id) const
{
    auto query = runSql(m_database.connection(), selectGegevens + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Dit gegeven bestaat niet."));
    return valueOf<Gegeven>(*query, gegevenFrom);
}

Result<QList<Gegeven>> GegevenRepository::heldForCasus(qint64 casusId) const
{
    return listOf<Gegeven>(m_database.connection(),
                           selectGegevens + QStringLiteral(" WHERE casus_id = ? AND withdrawn_at IS NULL ORDER BY id"), {casusId},
                           gegevenFrom);
}

Result<QList<Gegeven>> GegevenRepository::heldAbout(qint64 betrokkeneId) const
{
    return listOf<Gegeven>(m_database.connection(),
                           selectGegevens + QStringLiteral(" WHERE betrokkene_id = ? AND withdrawn_at IS NULL ORDER BY id"),
                           {betrokkeneId}, gegevenFrom);
}

Status GegevenRepository::correct(qint64 gegevenId, const QString &content)
{
    if (content.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een gecorrigeerd gegeven heeft een inhoud."));
    auto query = runSql(m_database.connection(), QStringLiteral("UPDATE gegevens SET content = ? WHERE id = ?"),
                        {content.trimmed(), gegevenId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Dit gegeven bestaat niet."));
    return {};
}

Status GegevenRepository::remove(qint64 gegevenId)
{
    auto query = runSql(m_database.connection(), QStringLiteral("DELETE FROM gegevens WHERE id = ?"), {gegevenId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Dit gegeven bestaat niet."));
    return {};
}

Status GegevenRepository::applyReview(const ItemReview &review, Phase from, Phase to, qint64 byUserId, const QDateTime &at)
{
    const QSqlDatabase db = m_database.connection();
    auto logged = runSql(db,
                         QStringLiteral("INSERT INTO item_reviews (gegeven_id, from_phase, to_phase, keep, reason, by_user_id, at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {review.gegevenId, enumKey(from), enumKey(to), review.keep, review.reason.trimmed(), byUserId, at});
    if (!logged)
        return std::unexpected(logged.error());
    auto updated = review.keep
        ? runSql(db, QStringLiteral("UPDATE gegevens SET phase = ? WHERE id = ?"), {enumKey(to), review.gegevenId})
        : runSql(db, QStringLiteral("UPDATE gegevens SET withdrawn_at = ?, withdrawal_reason = ? WHERE id = ?"),
                 {at, review.reason.trimmed(), review.gegevenId});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace casusregie
