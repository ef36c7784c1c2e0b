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
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO retention_extensions (casus_id, decided_on, months, parties, motivation, "
                                    "by_user_id) VALUES (?, ?, ?, ?, ?, ?)"),
                     {extension.casusId, extension.decidedOn, extension.months, extension.parties.trimmed(),
                      extension.motivation.trimmed(), extension.byUserId});
}

Result<qint64> RetentionRepository::addCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO calamiteitsevaluaties (casus_id, aanleiding, reden, vanaf, tot, by_user_id, "
                                    "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {evaluation.casusId, evaluation.aanleiding.trimmed(), evaluation.reden.trimmed(), evaluation.vanaf,
                      evaluation.tot, evaluation.byUserId, evaluation.recordedAt});
}

Result<QList<Calamiteitsevaluatie>> RetentionRepository::calamiteitsevaluaties(qint64 casusId) const
{
    return listOf<Calamiteitsevaluatie>(m_database.connection(),
                                        QStringLiteral("SELECT id, aanleiding, reden, vanaf, tot, by_user_id, recorded_at FROM calamiteitsevaluaties "
                                                       "WHERE casus_id = ? ORDER BY vanaf, id"),
                                        {casusId},
                                        [&](StoredRow &row) {
                                            return Calamiteitsevaluatie{row.value("id").toLongLong(), casusId,
                                                                        row.value("aanleiding").toString(), row.value("reden").toString(),
                                                                        row.value("vanaf").toDate(), row.value("tot").toDate(),
                                                                        row.value("by_user_id").toLongLong(),
                                                                        row.value("recorded_at").toDateTime()};
                                        });
}

Result<QList<RetentionExtension>> RetentionRepository::extensions(qint64 casusId) const
{
    return listOf<RetentionExtension>(m_database.connection(),
                                      QStringLiteral("SELECT id, decided_on, months, parties, motivation, by_user_id FROM retention_extensions "
                                                     "WHERE casus_id = ? ORDER BY decided_on, id"),
                                      {casusId},
                                      [&](StoredRow &row) {
                                          return RetentionExtension{row.value("id").toLongLong(), casusId,
                                                                    row.value("decided_on").toDate(), row.value("months").toInt(),
                                                                    row.value("parties").toString(), row.value("motivation").toString(),
                                                                    row.value("by_user_id").toLongLong()};
                                      });
}

Result<RetentionFacts> RetentionRepository::factsFor(qint64 casusId) const
{
    auto casus = CasusRepository(m_database).byId(casusId);
    if (!casus)
        return std::unexpected(casus.error());
    return factsFor(*casus);
}

Result<RetentionFacts> RetentionRepository::factsFor(const Casus &casus) const
{
    const qint64 casusId = casus.id;
    CasusRepository cases(m_database);
    RetentionFacts facts;
    facts.processingStarted = casus.aanmeldingsdatum;
    facts.phase = casus.phase;
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

Result<QHash<qint64, RetentionFacts>> RetentionRepository::factsForAll(const QList<Casus> &cases) const
{
    QHash<qint64, RetentionFacts> facts;
    for (const Casus &casus : cases) {
        RetentionFacts &f = facts[casus.id];
        f.processingStarted = casus.aanmeldingsdatum;
        f.phase = casus.phase;
    }
    const QSqlDatabase db = m_database.connection();
    for (qsizetype from = 0; from < cases.size(); from += idsPerStatement) {
        QVariantList ids;
        for (const Casus &casus : cases.mid(from, idsPerStatement))
            ids << casus.id;
        const QString in = placeholders(ids.size());
        // The last time each casus entered afschaling or niet doorgeleid (later rows overwrite earlier ones).
        auto entered = listOf<std::tuple<qint64, Phase, QDateTime>>(
            db,
            QStringLiteral("SELECT casus_id, to_phase, decided_at FROM phase_transitions WHERE to_phase IN ('%1', '%2') "
                           "AND casus_id IN (%3) ORDER BY decided_at, id")
                .arg(enumKey(Phase::Afschaling), enumKey(Phase::NietDoorgeleid), in),
            ids, [](StoredRow &row) {
                return std::make_tuple(row.value("casus_id").toLongLong(), row.enumAt<Phase>("to_phase"),
                                       row.value("decided_at").toDateTime());
            });
        auto extended = entered ? listOf<QPair<qint64, int>>(
                                      db,
                                      QStringLiteral("SELECT casus_id, months FROM retention_extensions WHERE casus_id IN (%1) "
                                                     "ORDER BY decided_on, id")
                                          .arg(in),
                                      ids, [](StoredRow &row) { return qMakePair(row.value("casus_id").toLongLong(), row.value("months").toInt()); })
                                : std::unexpected(entered.error());
        if (!extended)
            return std::unexpected(extended.error());
        for (const auto &[casusId, phase, at] : *entered) {
            QDate &day = phase == Phase::Afschaling ? facts[casusId].afschalingOn : facts[casusId].nietDoorgeleidOn;
            day = dateInAmsterdam(at);
        }
        for (const auto &[casusId, months] : *extended)
            facts[casusId].extensionMonths << months;
    }
    return facts;
}

Result<QList<qint64>> RetentionRepository::allCasusIds() const
{
    return idsOf(m_database.connection(), QStringLiteral("SELECT id FROM casus ORDER BY id"));
}

Result<QList<WithdrawnGegeven>> RetentionRepository::withdrawnGegevens() const
{
    return listOf<WithdrawnGegeven>(m_database.connection(),
                                 QStringLiteral("SELECT id, casus_id FROM gegevens WHERE withdrawn_at IS NOT NULL ORDER BY id"), {},
                                 [&](StoredRow &row) {
                                     return WithdrawnGegeven{row.value("id").toLongLong(), row.value("casus_id").toLongLong()};
                                 });
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

Result<QList<ManagementRecord>> RetentionRepository::managementRecordsOfPresentCasussen() const
{
    CasusRepository cases(m_database);
    auto ids = allCasusIds();
    if (!ids)
        return std::unexpected(ids.error());
    QList<ManagementRecord> records;
    for (qsizetype from = 0; from < ids->size(); from += idsPerStatement) {
        const QList<qint64> step = ids->mid(from, idsPerStatement);
        auto present = cases.byIds(step);
        auto histories = present ? cases.transitionsOf(step) : std::unexpected(present.error());
        if (!histories)
            return std::unexpected(histories.error());
        for (const Casus &casus : std::as_const(*present))
            records << managementRecordOf(casus, histories->value(casus.id));
    }
    return records;
}

Status RetentionRepository::addManagementRecord(const ManagementRecord &record)
{
    return execSql(m_database.connection(),
                   QStringLiteral("INSERT INTO management_records (aanmeldingsjaar, aanmeldende_partij_id, themes, outcome, "
                                  "days_aanmelding, days_triage, days_casusoverleg, month_aanmelding, month_triage, "
                                  "month_casusoverleg, month_afschaling, destroyed_on, rule) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {record.aanmeldingsjaar, record.aanmeldendePartijId, record.themes, record.outcome,
                    record.daysAanmelding, record.daysTriage, record.daysCasusoverleg, record.monthAanmelding,
                    record.monthTriage, record.monthCasusoverleg, record.monthAfschaling, record.destroyedOn,
                    enumKey(record.rule)});
}

Result<QList<ManagementRecord>> RetentionRepository::managementRecords() const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT aanmeldingsjaar, aanmeldende_partij_id, themes, outcome, days_aanmelding, "
                                       "days_triage, days_casusoverleg, month_aanmelding, month_triage, month_casusoverleg, "
                                       "month_afschaling, destroyed_on, rule FROM management_records ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<ManagementRecord>(*query, [](StoredRow &row) {
        ManagementRecord record;
        record.aanmeldingsjaar = row.value("aanmeldingsjaar").toInt();
        record.aanmeldendePartijId = row.value("aanmeldende_partij_id").toLongLong();
        record.themes = row.value("themes").toString();
        record.outcome = row.value("outcome").toString();
        record.daysAanmelding = row.value("days_aanmelding").toInt();
        record.daysTriage = row.value("days_triage").toInt();
        record.daysCasusoverleg = row.value("days_casusoverleg").toInt();
        record.monthAanmelding = row.value("month_aanmelding").toDate();
        record.monthTriage = row.value("month_triage").toDate();
        record.monthCasusoverleg = row.value("month_casusoverleg").toDate();
        record.monthAfschaling = row.value("month_afschaling").toDate();
        record.destroyedOn = row.value("destroyed_on").toDate();
        record.rule = row.enumAt<RetentionRule>("rule");
        return record;
    });
}

Status RetentionRepository::destroyCasus(qint64 casusId)
{
    return changeOneRow(m_database.connection(), QStringLiteral("DELETE FROM casus WHERE id = ?"), {casusId},
                        QStringLiteral("Deze casus bestaat niet (meer)."));
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
    return execSql(db, QStringLiteral("INSERT INTO destruction_reports (run_at, rule, kind, count) VALUES (?, ?, ?, 1)"),
                   {runAt, enumKey(rule), kind});
}

} // namespace casusregie
