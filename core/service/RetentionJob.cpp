#include "service/RetentionJob.h"

#include "rules/Operation.h"
#include "rules/RetentionSchedule.h"
#include "storage/CasusRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/OmVerstrekkingRepository.h"
#include "storage/RetentionRepository.h"

#include <QHash>
#include <QSet>

namespace casusregie {

RetentionJob::RetentionJob(Database &database, const Clock &clock, AuditKey auditKey)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, std::move(auditKey))
{
}

Result<QList<DueDestruction>> RetentionJob::due() const
{
    RetentionRepository retention(m_database);
    CasusRepository cases(m_database);
    const QDate today = m_clock.today();
    auto ids = retention.allCasusIds();
    if (!ids)
        return std::unexpected(ids.error());

    QList<DueDestruction> due;
    QSet<qint64> dueCases;
    QHash<qint64, QString> numbers; // of every casus, for the withdrawn items below
    // A few statements per step of casussen, so the listing grows linearly with the database and
    // holds one step's casussen in memory at a time.
    constexpr qsizetype casussenPerStep = 500;
    for (qsizetype from = 0; from < ids->size(); from += casussenPerStep) {
        auto step = cases.byIds(ids->mid(from, casussenPerStep));
        if (!step)
            return std::unexpected(step.error());
        auto facts = retention.factsForAll(*step);
        if (!facts)
            return std::unexpected(facts.error());
        for (const Casus &casus : std::as_const(*step)) {
            numbers.insert(casus.id, casus.number.toString());
            const RetentionDates dates = RetentionSchedule::datesFor(facts->value(casus.id));
            if (today < dates.destructionDue)
                continue;
            due << DueDestruction{QStringLiteral("casus"), casus.id, casus.id, casus.number.toString(), dates.rule,
                                  dates.destructionDue};
            dueCases.insert(casus.id);
        }
    }
    // P 3.5b: items withdrawn at a phase review are destroyed at the next run.
    auto withdrawn = retention.withdrawnGegevens();
    if (!withdrawn)
        return std::unexpected(withdrawn.error());
    for (const WithdrawnGegeven &item : *withdrawn) {
        if (dueCases.contains(item.casusId))
            continue; // goes with its casus
        due << DueDestruction{QStringLiteral("gegeven"), item.gegevenId, item.casusId, numbers.value(item.casusId),
                              RetentionRule::IngetrokkenBijHerbeoordeling, today};
    }
    auto keptOmRecords = OmVerstrekkingRepository(m_database).due(today);
    if (!keptOmRecords)
        return std::unexpected(keptOmRecords.error());
    for (const BewaardeOmVerstrekking &record : *keptOmRecords)
        due << DueDestruction{QStringLiteral("om_verstrekking"), record.id, 0, {}, RetentionRule::OmVerstrekkingVierJaar, record.destroyOn};
    return due;
}

Status RetentionJob::destroy(const DueDestruction &item, const QDateTime &runAt)
{
    RetentionRepository retention(m_database);
    OmVerstrekkingRepository omRecords(m_database);
    return m_database.inTransaction([&]() -> Status {
        int keptOmRecords = 0;
        if (item.kind == QLatin1String("om_verstrekking")) {
            if (auto destroyed = omRecords.destroy(item.id); !destroyed)
                return destroyed;
        } else {
            // P 17.5: what was disclosed of OM data stays on record for 4 years, minimised.
            auto kept = omRecords.keepBeforeDestruction(item.casusId, item.kind == QLatin1String("gegeven") ? item.id : 0,
                                                        m_clock.today());
            if (!kept)
                return std::unexpected(kept.error());
            keptOmRecords = *kept;
        }
        if (item.kind == QLatin1String("casus")) {
            auto record = retention.managementRecordFor(item.id, m_clock.today(), item.rule);
            if (!record)
                return std::unexpected(record.error());
            if (auto kept = retention.addManagementRecord(*record); !kept)
                return kept;
            if (auto destroyed = retention.destroyCasus(item.id); !destroyed)
                return destroyed;
        } else if (item.kind == QLatin1String("gegeven")) {
            if (auto destroyed = GegevenRepository(m_database).remove(item.id); !destroyed)
                return destroyed;
        }
        if (auto counted = retention.countDestruction(runAt, item.rule, item.kind); !counted)
            return counted;
        AuditEntry entry;
        entry.at = m_clock.now();
        entry.username = QStringLiteral("bewaartermijnen");
        entry.action = enumKey(Operation::RetentionDestroy);
        entry.casusId = item.casusId;
        entry.objects = QStringLiteral("%1:%2,regel:%3").arg(item.kind).arg(item.id).arg(enumKey(item.rule));
        if (keptOmRecords > 0)
            entry.objects += QStringLiteral(",bewaarde_om_verstrekkingen:%1").arg(keptOmRecords);
        entry.outcome = QStringLiteral("allowed");
        return m_audit.append(entry);
    });
}

Result<RetentionOutcome> RetentionJob::run(bool dryRun, std::optional<int> limit, const KeepGoing &keepGoing)
{
    auto due = this->due();
    if (!due)
        return std::unexpected(due.error());
    RetentionOutcome outcome;
    outcome.due = *due;
    outcome.dryRun = dryRun;
    if (dryRun)
        return outcome;

    const QDateTime runAt = m_clock.now();
    for (const DueDestruction &item : *due) {
        if (limit && outcome.destroyed >= *limit)
            break;
        if (keepGoing && outcome.destroyed > 0 && !keepGoing()) {
            outcome.interrupted = true;
            break;
        }
        if (auto destroyed = destroy(item, runAt); !destroyed)
            return std::unexpected(destroyed.error());
        ++outcome.destroyed;
    }
    // With secure_delete the freed pages are zeroed; emptying the WAL removes the older page versions.
    if (outcome.destroyed > 0) {
        if (auto flushed = m_database.checkpointAndTruncateWal(); !flushed)
            return std::unexpected(flushed.error());
    }
    return outcome;
}

} // namespace casusregie
