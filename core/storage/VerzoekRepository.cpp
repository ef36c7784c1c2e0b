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
    v.id = row.value("id").toLongLong();
    v.type = row.enumAt<VerzoekType>("type");
    v.receivedOn = row.value("received_on").toDate();
    v.viaPartyId = row.value("via_party_id").toLongLong();
    v.requesterName = row.value("requester_name").toString();
    v.requesterBirthDate = row.value("requester_birth_date").toDate();
    v.identityVerifiedOn = row.value("identity_verified_on").toDate();
    v.identityVerifiedHow = row.value("identity_verified_how").toString();
    v.identityVerifiedBy = row.value("identity_verified_by").toLongLong();
    v.besluit = row.enumAt<VerzoekBesluit>("besluit");
    v.motivation = row.value("motivation").toString();
    v.answeredBy = row.value("answered_by").toLongLong();
    v.sentOn = row.value("sent_on").toDate();
    return v;
}

const QString selectInformatieplicht = QStringLiteral(
    "SELECT i.id, i.betrokkene_id, i.informed, i.informed_on, i.how, i.by_party_id, i.ground, i.motivation, i.expected_on, "
    "i.conditions, i.review_on, b.casus_id FROM informatieplicht i JOIN betrokkenen b ON b.id = i.betrokkene_id");

Informatieplicht informatieplichtFrom(StoredRow &row)
{
    Informatieplicht record;
    record.id = row.value("id").toLongLong();
    record.betrokkeneId = row.value("betrokkene_id").toLongLong();
    record.informed = row.value("informed").toBool();
    record.informedOn = row.value("informed_on").toDate();
    record.how = row.value("how").toString();
    record.byPartyId = row.value("by_party_id").toLongLong();
    record.ground = row.enumAtOrUnset<UitstelGrond>("ground", UitstelGrond::BeschermingBetrokkeneOfAnderen);
    record.motivation = row.value("motivation").toString();
    record.expectedOn = row.value("expected_on").toDate();
    record.conditions = row.value("conditions").toString();
    record.reviewOn = row.value("review_on").toDate();
    return record;
}

} // namespace

VerzoekRepository::VerzoekRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> VerzoekRepository::add(const Verzoek &v)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO verzoeken (type, received_on, via_party_id, requester_name, requester_birth_date, "
                                    "besluit, motivation) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {enumKey(v.type), v.receivedOn, v.viaPartyId, v.requesterName.trimmed(), nullableDate(v.requesterBirthDate),
                      enumKey(v.besluit), v.motivation.trimmed()});
}

Result<Verzoek> VerzoekRepository::byId(qint64 id) const
{
    return oneRow<Verzoek>(m_database.connection(), selectVerzoeken + QStringLiteral(" WHERE id = ?"),
                           {id}, verzoekFrom,
                           QStringLiteral("Dit verzoek bestaat niet."));
}

Result<QList<Verzoek>> VerzoekRepository::all() const
{
    return listOf<Verzoek>(m_database.connection(), selectVerzoeken + QStringLiteral(" ORDER BY received_on, id"),
                           {}, verzoekFrom);
}

Status VerzoekRepository::update(const Verzoek &v)
{
    return changeOneRow(m_database.connection(),
                        QStringLiteral("UPDATE verzoeken SET identity_verified_on = ?, identity_verified_how = ?, "
                                       "identity_verified_by = ?, besluit = ?, motivation = ?, answered_by = ?, sent_on = ? "
                                       "WHERE id = ?"),
                        {nullableDate(v.identityVerifiedOn), v.identityVerifiedHow.trimmed(), nullableId(v.identityVerifiedBy),
                         enumKey(v.besluit), v.motivation.trimmed(), nullableId(v.answeredBy), nullableDate(v.sentOn), v.id},
                        QStringLiteral("Dit verzoek bestaat niet."));
}

Result<qint64> VerzoekRepository::addInformatieplicht(const Informatieplicht &r)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO informatieplicht (betrokkene_id, informed, informed_on, how, by_party_id, ground, "
                                    "motivation, expected_on, conditions, review_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {r.betrokkeneId, r.informed, nullableDate(r.informedOn), r.how.trimmed(), nullableId(r.byPartyId),
                      r.informed ? QVariant(QMetaType(QMetaType::QString)) : QVariant(enumKey(r.ground)),
                      r.motivation.trimmed(), nullableDate(r.expectedOn), r.conditions.trimmed(), nullableDate(r.reviewOn)});
}

Result<QList<Informatieplicht>> VerzoekRepository::informatieplicht(qint64 betrokkeneId) const
{
    return listOf<Informatieplicht>(m_database.connection(), selectInformatieplicht + QStringLiteral(" WHERE i.betrokkene_id = ? ORDER BY i.id"),
                                    {betrokkeneId}, informatieplichtFrom);
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
        *query, [](StoredRow &row) { return qMakePair(row.value("casus_id").toLongLong(), informatieplichtFrom(row)); });
}

} // namespace casusregie
