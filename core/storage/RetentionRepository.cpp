#include "storage/RetentionRepository.h"

#include "common/Clock.h"

#include "rules/AnnualFigures.h"
#include "storage/CasusRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

RetentionRepository::RetentionRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> RetentionRepository::addExtension(const RetentionExtension &extension)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO retention_extensions (casus_id, decided_on, months, parties, motivation, "
                                       "by_user_id) VALUES (?, ?, ?, ?, ?, ?)"),
                        {extension.casusId, extension.decidedOn, extension.months, extension.parties.trimmed(),
                         extension.motivation.trimmed(), extension.byUserId});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<qint64> RetentionRepository::addCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO calamiteitsevaluaties (casus_id, aanleiding, reden, vanaf, tot, by_user_id, "
                                       "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {evaluation.casusId, evaluation.aanleiding.trimmed(), evaluation.reden.trimmed(), evaluation.vanaf,
                         evaluation.tot, evaluation.byUserId, evaluation.recordedAt});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<QList<Calamiteitsevaluatie>> RetentionRepository::calamiteitsevaluaties(qint64 casusId) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, aanleiding, reden, vanaf, tot, by_user_id, recorded_at FROM calamiteitsevaluaties "
                                       "WHERE casus_id = ? ORDER BY vanaf, id"),
                        {casusId});
    if (!query)
        return std::unexpected(query.error());
    QList<Calamiteitsevaluatie> list;
    while (query->next())
        list << Calamiteitsevaluatie{query->value(0).toLongLong(), casusId, query->value(1).toString(),
                                     query->value(2).toString(), query->value(3).toDate(), query->value(4).toDate(),
                                     query->value(5).toLongLong(), query->value(6).toDateTime()};
    return list;
}

Result<QList<RetentionExtension>> RetentionRepository::extensions(qint64 casusId) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, decided_on, months, parties, motivation, by_user_id FROM retention_extensions "
                                       "WHERE casus_id = ? ORDER BY decided_on, id"),
                        {casusId});
    if (!query)
        return std::unexpected(query.error());
    QList<RetentionExtension> list;
    while (query->next())
        list << RetentionExtension{query->value(0).toLongLong(), casusId, query->value(1).toDate(), query->value(2).toInt(),
                                   query->value(3).toString(), query->value(4).toString(), query->value(5).toLongLong()};
    return list;
}

Result<RetentionFacts> RetentionRepository::factsFor(qint64 casusId) const
{
    CasusRepository cases(m_database);
    auto casus = cases.byId(casusId);
    if (!casus)
        return std::unexpected(casus.error());
    RetentionFacts facts;
    facts.processingStarted = casus->aanmeldingsdatum;
    facts.phase = casus->phase;
    auto afgeschaald = cases.lastEntered(casusId, Phase::Afschaling);
    auto nietDoorgeleid = cases.lastEntered(casusId, Phase::NietDoorgeleid);
    auto extended = extensions(casusId);
    if (!afgeschaald || !nietDoorgeleid || !extended)
        return fail(ErrorCode::StorageFailure, QStringLiteral("De bewaargegevens van een casus konden niet worden gelezen."));
    facts.afschalingOn = afgeschaald->isValid() ? dateInAmsterdam(*afgeschaald) : QDate();
    facts.nietDoorgeleidOn = nietDoorgeleid->isValid() ? dateInAmsterdam(*nietDoorgeleid) : QDate();
    for (const RetentionExtension &extension : *extended)
        facts.extensionMonths << extension.months;
    return facts;
}

Result<QList<qint64>> RetentionRepository::allCasusIds() const
{
    auto query = runSql(m_database.connection(), QStringLiteral("SELECT id FROM casus ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Result<QList<WithdrawnItem>> RetentionRepository::withdrawnItems() const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, casus_id FROM gegevens WHERE withdrawn_at IS NOT NULL ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    QList<WithdrawnItem> items;
    while (query->next())
        items << WithdrawnItem{query->value(0).toLongLong(), query->value(1).toLongLong()};
    return items;
}

Result<ManagementRecord> RetentionRepository::managementRecordFor(qint64 casusId, QDate destroyedOn, RetentionRule rule) const
{
    CasusRepository cases(m_database);
    auto casus = cases.byId(casusId);
    if (!casus)
        return std::unexpected(casus.error());
    auto history = cases.transitions(casusId);
    if (!history)
        return std::unexpected(history.error());
    ManagementRecord record = managementRecordOf(*casus, *history);
    record.destroyedOn = destroyedOn;
    record.rule = rule;
    return record;
}

Status RetentionRepository::addManagementRecord(const ManagementRecord &record)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO management_records (aanmeldingsjaar, aanmeldende_partij_id, themes, outcome, "
                                       "days_aanmelding, days_triage, days_casusoverleg, destroyed_on, rule) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {record.aanmeldingsjaar, record.aanmeldendePartijId, record.themes, record.outcome,
                         record.daysAanmelding, record.daysTriage, record.daysCasusoverleg, record.destroyedOn,
                         enumKey(record.rule)});
    if (!query)
        return std::unexpected(query.error());
    return {};
}

Result<QList<ManagementRecord>> RetentionRepository::managementRecords() const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT aanmeldingsjaar, aanmeldende_partij_id, themes, outcome, days_aanmelding, "
                                       "days_triage, days_casusoverleg, destroyed_on, rule FROM management_records ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<ManagementRecord>(*query, [](StoredRow &row) {
        ManagementRecord record;
        record.aanmeldingsjaar = row.value(0).toInt();
        record.aanmeldendePartijId = row.value(1).toLongLong();
        record.themes = row.value(2).toString();
        record.outcome = row.value(3).toString();
        record.daysAanmelding = row.value(4).toInt();
        record.daysTriage = row.value(5).toInt();
        record.daysCasusoverleg = row.value(6).toInt();
        record.destroyedOn = row.value(7).toDate();
        record.rule = row.enumAt<RetentionRule>(8);
        return record;
    });
}

Status RetentionRepository::destroyCasus(qint64 casusId)
{
    auto query = runSql(m_database.connection(), QStringLiteral("DELETE FROM casus WHERE id = ?"), {casusId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Deze casus bestaat niet (meer)."));
    return {};
}

Status RetentionRepository::countDestruction(const QDateTime &runAt, RetentionRule rule, const QString &kind)
{
    const QSqlDatabase db = m_database.connection();
    auto updated = runSql(db,
                          QStringLiteral("UPDATE destruction_reports SET count = count + 1 WHERE run_at = ? AND rule = ? AND kind = ?"),
                          {runAt, enumKey(rule), kind});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 1)
        return {};
    auto inserted = runSql(db, QStringLiteral("INSERT INTO destruction_reports (run_at, rule, kind, count) VALUES (?, ?, ?, 1)"),
                           {runAt, enumKey(rule), kind});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace casusregie
