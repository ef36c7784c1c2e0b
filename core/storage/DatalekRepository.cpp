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

Datalek datalekFrom(StoredRow &row)
{
    Datalek d;
    d.id = row.value("id").toLongLong();
    d.discoveredAt = row.value("discovered_at").toDateTime();
    d.reportedByUserId = row.value("reported_by_user_id").toLongLong();
    d.reportedByPartyId = row.value("reported_by_party_id").toLongLong();
    d.aardEnOmvang = row.value("aard_en_omvang").toString();
    d.contactpersoon = row.value("contactpersoon").toString();
    d.mogelijkeMaatregelen = row.value("mogelijke_maatregelen").toString();
    d.gevolgenBetrokkenen = row.value("gevolgen_betrokkenen").toString();
    d.genomenMaatregelen = row.value("genomen_maatregelen").toString();
    d.privacyOfficerInformedAt = row.value("privacy_officer_informed_at").toDateTime();
    d.apNotificationRequired = row.value("ap_notification_required").toBool();
    d.categorieenBetrokkenen = row.value("categorieen_betrokkenen").toString();
    d.categorieenGegevens = row.value("categorieen_gegevens").toString();
    d.versleuteling = row.value("versleuteling").toString();
    d.aanbevolenMaatregelen = row.value("aanbevolen_maatregelen").toString();
    d.gevolgenEnHerstel = row.value("gevolgen_en_herstel").toString();
    d.apNotifiedAt = row.value("ap_notified_at").toDateTime();
    d.apReference = row.value("ap_reference").toString();
    d.decidedOnInforming = row.value("decided_on_informing").toBool();
    d.informBetrokkenen = row.value("inform_betrokkenen").toBool();
    d.informingGrounds = row.value("informing_grounds").toString();
    d.notificationText = row.value("notification_text").toString();
    d.correctiveMeasures = row.value("corrective_measures").toString();
    return d;
}

} // namespace

DatalekRepository::DatalekRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> DatalekRepository::add(const Datalek &d)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO datalekken (discovered_at, reported_by_user_id, reported_by_party_id, "
                                    "aard_en_omvang, contactpersoon, mogelijke_maatregelen, gevolgen_betrokkenen, "
                                    "genomen_maatregelen, privacy_officer_informed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {d.discoveredAt, d.reportedByUserId, d.reportedByPartyId, d.aardEnOmvang.trimmed(),
                      d.contactpersoon.trimmed(), d.mogelijkeMaatregelen.trimmed(), d.gevolgenBetrokkenen.trimmed(),
                      d.genomenMaatregelen.trimmed(), d.privacyOfficerInformedAt});
}

Result<Datalek> DatalekRepository::byId(qint64 id) const
{
    return oneRow<Datalek>(m_database.connection(), selectDatalekken + QStringLiteral(" WHERE id = ?"),
                           {id}, datalekFrom,
                           QStringLiteral("Dit datalek bestaat niet."));
}

Result<QList<Datalek>> DatalekRepository::all() const
{
    return listOf<Datalek>(m_database.connection(), selectDatalekken + QStringLiteral(" ORDER BY discovered_at, id"),
                           {}, datalekFrom);
}

Status DatalekRepository::update(const Datalek &d)
{
    return changeOneRow(m_database.connection(),
                        QStringLiteral("UPDATE datalekken SET ap_notification_required = ?, categorieen_betrokkenen = ?, "
                                       "categorieen_gegevens = ?, versleuteling = ?, aanbevolen_maatregelen = ?, gevolgen_en_herstel = ?, "
                                       "ap_notified_at = ?, ap_reference = ?, decided_on_informing = ?, inform_betrokkenen = ?, "
                                       "informing_grounds = ?, notification_text = ?, corrective_measures = ? WHERE id = ?"),
                        {d.apNotificationRequired, d.categorieenBetrokkenen.trimmed(), d.categorieenGegevens.trimmed(),
                         d.versleuteling.trimmed(), d.aanbevolenMaatregelen.trimmed(), d.gevolgenEnHerstel.trimmed(),
                         nullableDateTime(d.apNotifiedAt), d.apReference.trimmed(), d.decidedOnInforming, d.informBetrokkenen,
                         d.informingGrounds.trimmed(), d.notificationText.trimmed(), d.correctiveMeasures.trimmed(), d.id},
                        QStringLiteral("Dit datalek bestaat niet."));
}

} // namespace casusregie
