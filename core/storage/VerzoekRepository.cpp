#include "storage/VerzoekRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectVerzoeken = QStringLiteral(
    "SELECT id, type, received_on, via_party_id, requester_name, requester_birth_date, identity_verified_on, "
    "identity_verified_how, identity_verified_by, besluit, motivation, answered_by, sent_on FROM verzoeken");

Verzoek verzoekFrom(const QSqlQuery &query)
{
    Verzoek v;
    v.id = query.value(0).toLongLong();
    v.type = enumFromKey<VerzoekType>(query.value(1).toString()).value_or(VerzoekType::Inzage);
    v.receivedOn = query.value(2).toDate();
    v.viaPartyId = query.value(3).toLongLong();
    v.requesterName = query.value(4).toString();
    v.requesterBirthDate = query.value(5).toDate();
    v.identityVerifiedOn = query.value(6).toDate();
    v.identityVerifiedHow = query.value(7).toString();
    v.identityVerifiedBy = query.value(8).toLongLong();
    v.besluit = enumFromKey<VerzoekBesluit>(query.value(9).toString()).value_or(VerzoekBesluit::Open);
    v.motivation = query.value(10).toString();
    v.answeredBy = query.value(11).toLongLong();
    v.sentOn = query.value(12).toDate();
    return v;
}

const QString selectInformatieplicht = QStringLiteral(
    "SELECT i.id, i.betrokkene_id, i.informed, i.informed_on, i.how, i.by_party_id, i.ground, i.motivation, i.expected_on, "
    "i.conditions, i.review_on, b.casus_id FROM informatieplicht i JOIN betrokkenen b ON b.id = i.betrokkene_id");

Informatieplicht informatieplichtFrom(const QSqlQuery &query)
{
    Informatieplicht record;
    record.id = query.value(0).toLongLong();
    record.betrokkeneId = query.value(1).toLongLong();
    record.informed = query.value(2).toBool();
    record.informedOn = query.value(3).toDate();
    record.how = query.value(4).toString();
    record.byPartyId = query.value(5).toLongLong();
    record.ground = enumFromKey<UitstelGrond>(query.value(6).toString()).value_or(UitstelGrond::BeschermingBetrokkeneOfAnderen);
    record.motivation = query.value(7).toString();
    record.expectedOn = query.value(8).toDate();
    record.conditions = query.value(9).toString();
    record.reviewOn = query.value(10).toDate();
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
    return verzoekFrom(*query);
}

Result<QList<Verzoek>> VerzoekRepository::all() const
{
    auto query = runSql(m_database.connection(), selectVerzoeken + QStringLiteral(" ORDER BY received_on, id"));
    if (!query)
        return std::unexpected(query.error());
    QList<Verzoek> list;
    while (query->next())
        list << verzoekFrom(*query);
    return list;
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
    QList<Informatieplicht> list;
    while (query->next())
        list << informatieplichtFrom(*query);
    return list;
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
    QList<QPair<qint64, Informatieplicht>> list;
    while (query->next())
        list << qMakePair(query->value(11).toLongLong(), informatieplichtFrom(*query));
    return list;
}

} // namespace casusregie
