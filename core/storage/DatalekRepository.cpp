#include "storage/DatalekRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectDatalekken = QStringLiteral(
    "SELECT id, discovered_at, reported_by_user_id, reported_by_party_id, aard_en_omvang, contactpersoon, "
    "mogelijke_maatregelen, gevolgen_betrokkenen, genomen_maatregelen, privacy_officer_informed_at, ap_notification_required, "
    "categorieen_betrokkenen, categorieen_gegevens, versleuteling, aanbevolen_maatregelen, gevolgen_en_herstel, ap_notified_at, "
    "ap_reference, decided_on_informing, inform_betrokkenen, informing_grounds, notification_text, corrective_measures "
    "FROM datalekken");

Datalek datalekFrom(const QSqlQuery &q)
{
    Datalek d;
    d.id = q.value(0).toLongLong();
    d.discoveredAt = q.value(1).toDateTime();
    d.reportedByUserId = q.value(2).toLongLong();
    d.reportedByPartyId = q.value(3).toLongLong();
    d.aardEnOmvang = q.value(4).toString();
    d.contactpersoon = q.value(5).toString();
    d.mogelijkeMaatregelen = q.value(6).toString();
    d.gevolgenBetrokkenen = q.value(7).toString();
    d.genomenMaatregelen = q.value(8).toString();
    d.privacyOfficerInformedAt = q.value(9).toDateTime();
    d.apNotificationRequired = q.value(10).toBool();
    d.categorieenBetrokkenen = q.value(11).toString();
    d.categorieenGegevens = q.value(12).toString();
    d.versleuteling = q.value(13).toString();
    d.aanbevolenMaatregelen = q.value(14).toString();
    d.gevolgenEnHerstel = q.value(15).toString();
    d.apNotifiedAt = q.value(16).toDateTime();
    d.apReference = q.value(17).toString();
    d.decidedOnInforming = q.value(18).toBool();
    d.informBetrokkenen = q.value(19).toBool();
    d.informingGrounds = q.value(20).toString();
    d.notificationText = q.value(21).toString();
    d.correctiveMeasures = q.value(22).toString();
    return d;
}

} // namespace

DatalekRepository::DatalekRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> DatalekRepository::add(const Datalek &d)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO datalekken (discovered_at, reported_by_user_id, reported_by_party_id, "
                                       "aard_en_omvang, contactpersoon, mogelijke_maatregelen, gevolgen_betrokkenen, "
                                       "genomen_maatregelen, privacy_officer_informed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {d.discoveredAt, d.reportedByUserId, d.reportedByPartyId, d.aardEnOmvang.trimmed(),
                         d.contactpersoon.trimmed(), d.mogelijkeMaatregelen.trimmed(), d.gevolgenBetrokkenen.trimmed(),
                         d.genomenMaatregelen.trimmed(), d.privacyOfficerInformedAt});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<Datalek> DatalekRepository::byId(qint64 id) const
{
    auto query = runSql(m_database.connection(), selectDatalekken + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Dit datalek bestaat niet."));
    return datalekFrom(*query);
}

Result<QList<Datalek>> DatalekRepository::all() const
{
    auto query = runSql(m_database.connection(), selectDatalekken + QStringLiteral(" ORDER BY discovered_at, id"));
    if (!query)
        return std::unexpected(query.error());
    QList<Datalek> list;
    while (query->next())
        list << datalekFrom(*query);
    return list;
}

Status DatalekRepository::update(const Datalek &d)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("UPDATE datalekken SET ap_notification_required = ?, categorieen_betrokkenen = ?, "
                                       "categorieen_gegevens = ?, versleuteling = ?, aanbevolen_maatregelen = ?, gevolgen_en_herstel = ?, "
                                       "ap_notified_at = ?, ap_reference = ?, decided_on_informing = ?, inform_betrokkenen = ?, "
                                       "informing_grounds = ?, notification_text = ?, corrective_measures = ? WHERE id = ?"),
                        {d.apNotificationRequired, d.categorieenBetrokkenen.trimmed(), d.categorieenGegevens.trimmed(),
                         d.versleuteling.trimmed(), d.aanbevolenMaatregelen.trimmed(), d.gevolgenEnHerstel.trimmed(),
                         nullableDateTime(d.apNotifiedAt), d.apReference.trimmed(), d.decidedOnInforming, d.informBetrokkenen,
                         d.informingGrounds.trimmed(), d.notificationText.trimmed(), d.correctiveMeasures.trimmed(), d.id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Dit datalek bestaat niet."));
    return {};
}

} // namespace casusregie
