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
    gegeven.id = row.value("id").toLongLong();
    gegeven.casusId = row.value("casus_id").toLongLong();
    gegeven.betrokkeneId = row.value("betrokkene_id").toLongLong();
    gegeven.category = row.enumAt<DataCategory>("category");
    gegeven.content = row.value("content").toString();
    gegeven.supplierPartyId = row.value("supplier_party_id").toLongLong();
    gegeven.phase = row.enumAt<Phase>("phase");
    gegeven.grondslag = row.enumAt<Grondslag>("grondslag");
    gegeven.beroepsgeheim = row.value("beroepsgeheim").toBool();
    gegeven.necessityReason = row.value("necessity_reason").toString();
    gegeven.enteredByUserId = row.value("entered_by").toLongLong();
    gegeven.enteredAt = row.value("entered_at").toDateTime();
    gegeven.withdrawnAt = row.value("withdrawn_at").toDateTime();
    gegeven.withdrawalReason = row.value("withdrawal_reason").toString();
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
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO gegevens (casus_id, betrokkene_id, category, content, supplier_party_id, "
                                    "phase, grondslag, beroepsgeheim, necessity_reason, entered_by, entered_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {gegeven.casusId, gegeven.betrokkeneId, enumKey(gegeven.category), gegeven.content.trimmed(),
                      gegeven.supplierPartyId, enumKey(gegeven.phase), enumKey(gegeven.grondslag), gegeven.beroepsgeheim,
                      gegeven.necessityReason.trimmed(), gegeven.enteredByUserId, gegeven.enteredAt});
}

Result<Gegeven> GegevenRepository::byId(qint64 id) const
{
    return oneRow<Gegeven>(m_database.connection(), selectGegevens + QStringLiteral(" WHERE id = ?"), {id}, gegevenFrom,
                           QStringLiteral("Dit gegeven bestaat niet."));
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
    return changeOneRow(m_database.connection(), QStringLiteral("UPDATE gegevens SET content = ? WHERE id = ?"),
                        {content.trimmed(), gegevenId},
                        QStringLiteral("Dit gegeven bestaat niet."));
}

Status GegevenRepository::remove(qint64 gegevenId)
{
    return changeOneRow(m_database.connection(), QStringLiteral("DELETE FROM gegevens WHERE id = ?"), {gegevenId},
                        QStringLiteral("Dit gegeven bestaat niet."));
}

Status GegevenRepository::applyReview(const GegevenReview &review, Phase from, Phase to, qint64 byUserId, const QDateTime &at)
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
