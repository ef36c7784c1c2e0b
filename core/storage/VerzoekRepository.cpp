#include "storage/VerzoekRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectVerzoeken = QStringLiteral(
    "SELECT id, type, received_on, via_party_id, requester_name, requester_birth_date, identity_verified_on, "
    "identity_verified_how, identity_verified_by, besluit, motivation, answered_by, sent_on FROM verzoeken");

Verzoek verzoekFrom(StoredRow &row)
{
    Verzoek v;
    v.id = row.value(0).toLongLong();
    v.type = row.enumAt<VerzoekType>(1);
    v.receivedOn = row.value(2).toDate();
    v.viaPartyId = row.value(3).toLongLong();
    v.requesterName = row.value(4).toString();
    v.requesterBirthDate = row.value(5).toDate();
    v.identityVerifiedOn = row.value(6).toDate();
    v.identityVerifiedHow = row.value(7).toString();
    v.identityVerifiedBy = row.value(8).toLongLong();
    v.besluit = row.enumAt<VerzoekBesluit>(9);
    v.motivation = row.value(10).toString();
    v.answeredBy = row.value(11).toLongLong();
    v.sentOn = row.value(12).toDate();
    return v;
}

const QString selectInformatieplicht = QStringLiteral(
    "SELECT i.id, i.betrokkene_id, i.informed, i.informed_on, i.how, i.by_party_id, i.ground, i.motivation, i.expected_on, "
    "i.conditions, i.review_on, b.casus_id FROM informatieplicht i JOIN betrokkenen b ON b.id = i.betrokkene_id");

Informatieplicht informatieplichtFrom(StoredRow &row)
{
    Informatieplicht record;
    record.id = row.value(0).toLongLong();
    record.betrokkeneId = row.value(1).toLongLong();
    record.informed = row.value(2).toBool();
    record.informedOn = row.value(3).toDate();
    record.how = row.value(4).toString();
    record.byPartyId = row.value(5).toLongLong();
    record.ground = row.enumAtOrUnset<UitstelGrond>(6, UitstelGrond::BeschermingBetrokkeneOfAnderen);
    record.motivation = row.value(7).toString();
    record.expectedOn = row.value(8).toDate();
    record.conditions = row.value(9).toString();
    record.reviewOn = row.value(10).toDate();
    return record;
}

} // namespace

VerzoekRepository::VerzoekRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> VerzoekRepository::add(const Verzoek &v)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO verzoeken (type, received_on, via_party_id, requester_name, requester_birth_date, "
                                       "besluit, motivation) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {enumKey(v.type), v.receivedOn, v.viaPartyId, v.requesterName.trimmed(), nullableDate(v.requesterBirthDate),
                         enumKey(v.besluit), v.motivation.trimmed()});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<Verzoek> VerzoekRepository::byId(qint64 id) const
{
    auto query = runSql(m_database.connection(), selectVerzoeken + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Dit verzoek bestaat niet."));
    return valueOf<Verzoek>(*query, verzoekFrom);
}

Result<QList<Verzoek>> VerzoekRepository::all() const
{
    auto query = runSql(m_database.connection(), selectVerzoeken + QStringLiteral(" ORDER BY received_on, id"));
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<Verzoek>(*query, verzoekFrom);
}

Status VerzoekRepository::update(const Verzoek &v)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("UPDATE verzoeken SET identity_verified_on = ?, identity_verified_how = ?, "
                                       "identity_verified_by = ?, besluit = ?, motivation = ?, answered_by = ?, sent_on = ? "
                                       "WHERE id = ?"),
                        {nullableDate(v.identityVerifiedOn), v.identityVerifiedHow.trimmed(), nullableId(v.identityVerifiedBy),
                         enumKey(v.besluit), v.motivation.trimmed(), nullableId(v.answeredBy), nullableDate(v.sentOn), v.id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Dit verzoek bestaat niet."));
    return {};
}

Result<qint64> VerzoekRepository::addInformatieplicht(const Informatieplicht &r)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO informatieplicht (betrokkene_id, informed, informed_on, how, by_party_id, ground, "
                                       "motivation, expected_on, conditions, review_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {r.betrokkeneId, r.informed, nullableDate(r.informedOn), r.how.trimmed(), nullableId(r.byPartyId),
                         r.informed ? QVariant(QMetaType(QMetaType::QString)) : QVariant(enumKey(r.ground)),
                         r.motivation.trimmed(), nullableDate(r.expectedOn), r.conditions.trimmed(), nullableDate(r.reviewOn)});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<QList<Informatieplicht>> VerzoekRepository::informatieplicht(qint64 betrokkeneId) const
{
    auto query = runSql(m_database.connection(), selectInformatieplicht + QStringLiteral(" WHERE i.betrokkene_id = ? ORDER BY i.id"),
                        {betrokkeneId});
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<Informatieplicht>(*query, informatieplichtFrom);
}

Result<QList<QPair<qint64, Informatieplicht>>> VerzoekRepository::reviewsDue(QDate today) const
{
    // Only the latest record per betrokkene counts: a later "informed" ends the withholding.
    auto query = runSql(m_database.connection(),
                        selectInformatieplicht
                            + QStringLiteral(" WHERE i.id = (SELECT max(id) FROM informatieplicht x WHERE x.betrokkene_id = i.betrokkene_id) "
                                             "AND i.informed = 0 AND i.review_on <= ? ORDER BY i.review_on, i.id"),
                        {today});
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<QPair<qint64, Informatieplicht>>(
        *query, [](StoredRow &row) { return qMakePair(row.value(11).toLongLong(), informatieplichtFrom(row)); });
}

} // namespace casusregie
