#include "storage/ConsentRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QSqlQuery>

namespace casusregie {

ConsentRepository::ConsentRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> ConsentRepository::add(const Consent &consent)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO toestemmingen (betrokkene_id, supplier_party_id, given_by, "
                                    "representative_name, given_on, scope, recorded_how, told_can_withdraw, recorded_by) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {consent.betrokkeneId, consent.supplierPartyId, enumKey(consent.givenBy),
                      consent.representativeName.trimmed(), consent.givenOn, consent.scope.trimmed(),
                      consent.recordedHow.trimmed(), consent.toldCanWithdraw, consent.recordedByUserId});
}

namespace {

const QString consentColumns = QStringLiteral("t.id, t.betrokkene_id, t.supplier_party_id, t.given_by, t.representative_name, "
                                              "t.given_on, t.scope, t.recorded_how, t.told_can_withdraw, t.withdrawn_on, t.recorded_by");

Consent consentFrom(StoredRow &row)
{
    Consent consent;
    consent.id = row.value("id").toLongLong();
    consent.betrokkeneId = row.value("betrokkene_id").toLongLong();
    consent.supplierPartyId = row.value("supplier_party_id").toLongLong();
    consent.givenBy = row.enumAt<ConsentGiver>("given_by");
    consent.representativeName = row.value("representative_name").toString();
    consent.givenOn = row.value("given_on").toDate();
    consent.scope = row.value("scope").toString();
    consent.recordedHow = row.value("recorded_how").toString();
    consent.toldCanWithdraw = row.value("told_can_withdraw").toBool();
    consent.withdrawnOn = row.value("withdrawn_on").toDate();
    consent.recordedByUserId = row.value("recorded_by").toLongLong();
    return consent;
}

} // namespace

Result<Consent> ConsentRepository::byId(qint64 id) const
{
    return oneRow<Consent>(m_database.connection(), QStringLiteral("SELECT %1 FROM toestemmingen t WHERE t.id = ?").arg(consentColumns),
                           {id}, consentFrom,
                           QStringLiteral("Deze toestemming bestaat niet."));
}

Result<QList<Consent>> ConsentRepository::forCasus(qint64 casusId) const
{
    return listOf<Consent>(m_database.connection(),
                               QStringLiteral("SELECT %1 FROM toestemmingen t JOIN betrokkenen b ON b.id = t.betrokkene_id "
                                              "WHERE b.casus_id = ? ORDER BY t.given_on, t.id")
                                   .arg(consentColumns),
                               {casusId}, consentFrom);
}

Status ConsentRepository::withdraw(qint64 consentId, QDate on)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("UPDATE toestemmingen SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL"),
                        {on, consentId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QStringLiteral("Deze toestemming bestaat niet of is al ingetrokken."));
    return {};
}

Result<bool> ConsentRepository::isActive(qint64 betrokkeneId, qint64 supplierPartyId, QDate day) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT count(*) FROM toestemmingen WHERE betrokkene_id = ? AND supplier_party_id = ? "
                                       "AND given_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)"),
                        {betrokkeneId, supplierPartyId, day, day});
    if (!query)
        return std::unexpected(query.error());
    query->next();
    return query->value(0).toInt() > 0;
}

Result<qint64> ConsentRepository::addSecrecyOverride(const SecrecyOverride &override)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO geheim_doorbrekingen (gegeven_id, legal_ground, motivation, decided_by, "
                                    "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {override.gegevenId, enumKey(override.legalGround), override.motivation.trimmed(),
                      override.decidedBy.trimmed(), override.recordedByUserId, override.recordedAt});
}

Result<bool> ConsentRepository::hasSecrecyOverride(qint64 gegevenId) const
{
    auto query = runSql(m_database.connection(), QStringLiteral("SELECT count(*) FROM geheim_doorbrekingen WHERE gegeven_id = ?"),
                        {gegevenId});
    if (!query)
        return std::unexpected(query.error());
    query->next();
    return query->value(0).toInt() > 0;
}

Result<QList<SecrecyOverride>> ConsentRepository::secrecyOverridesForCasus(qint64 casusId) const
{
    return listOf<SecrecyOverride>(m_database.connection(),
                                   QStringLiteral("SELECT d.id, d.gegeven_id, d.legal_ground, d.motivation, d.decided_by, d.recorded_by, "
                                                  "d.recorded_at FROM geheim_doorbrekingen d JOIN gegevens g ON g.id = d.gegeven_id "
                                                  "WHERE g.casus_id = ? ORDER BY d.recorded_at, d.id"),
                                   {casusId}, [](StoredRow &row) {
                                       SecrecyOverride override;
                                       override.id = row.value("id").toLongLong();
                                       override.gegevenId = row.value("gegeven_id").toLongLong();
                                       override.legalGround = row.enumAt<SecrecyOverrideGround>("legal_ground");
                                       override.motivation = row.value("motivation").toString();
                                       override.decidedBy = row.value("decided_by").toString();
                                       override.recordedByUserId = row.value("recorded_by").toLongLong();
                                       override.recordedAt = row.value("recorded_at").toDateTime();
                                       return override;
                                   });
}

} // namespace casusregie
