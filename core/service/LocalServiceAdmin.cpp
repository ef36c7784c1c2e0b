// LocalService: retention decisions, calamity evaluations, annual figures and the audit trail.
#include "service/LocalService.h"

#include "rules/RetentionSchedule.h"
#include "service/InputChecks.h"
#include "storage/Database.h"
#include "storage/OmVerstrekkingRepository.h"
#include "storage/RetentionRepository.h"

namespace casusregie {

Result<qint64> LocalService::recordRetentionExtension(const RetentionExtension &input)
{
    qint64 id = 0;
    const Status status = gate(Operation::RecordRetentionExtension, input.casusId, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(input); !valid)
            return valid;
        RetentionRepository retention(m_database);
        auto facts = retention.factsFor(input.casusId);
        if (!facts)
            return std::unexpected(facts.error());
        RetentionExtension extension = input;
        extension.byUserId = call.user.id;
        if (auto allowed = RetentionSchedule::checkExtension(extension, *facts, call.today); !allowed)
            return allowed;
        auto added = retention.addExtension(extension);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("verlenging:%1").arg(id);
        return {};
    });
    return resultOf(status, id);
}

Result<qint64> LocalService::recordCalamiteitsevaluatie(const Calamiteitsevaluatie &input)
{
    qint64 id = 0;
    const Status status = gate(Operation::RecordCalamiteitsevaluatie, input.casusId, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(input); !valid)
            return valid;
        RetentionRepository retention(m_database);
        auto facts = retention.factsFor(input.casusId);
        if (!facts)
            return std::unexpected(facts.error());
        Calamiteitsevaluatie evaluation = input;
        evaluation.byUserId = call.user.id;
        evaluation.recordedAt = call.now;
        if (auto allowed = RetentionSchedule::checkCalamiteitsevaluatie(evaluation, *facts, call.today); !allowed)
            return allowed;
        auto added = retention.addCalamiteitsevaluatie(evaluation);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("calamiteitsevaluatie:%1").arg(id);
        return {};
    });
    return resultOf(status, id);
}

Result<QList<Calamiteitsevaluatie>> LocalService::calamiteitsevaluaties(qint64 casusId)
{
    QList<Calamiteitsevaluatie> list;
    const Status status = gate(Operation::ViewCalamiteitsevaluaties, casusId, [&](Call &) -> Status {
        auto found = RetentionRepository(m_database).calamiteitsevaluaties(casusId);
        if (!found)
            return std::unexpected(found.error());
        list = *found;
        return {};
    });
    return resultOf(status, list);
}

Result<AnnualFigures> LocalService::annualFigures(int year)
{
    AnnualFigures result;
    const Status status = gate(Operation::ViewAnnualFigures, 0, [&](Call &call) -> Status {
        RetentionRepository retention(m_database);
        auto records = retention.managementRecords(); // what remains of destroyed casussen
        auto ids = retention.allCasusIds();
        if (!records || !ids)
            return fail(ErrorCode::StorageFailure, QStringLiteral("De jaarcijfers konden niet worden berekend."));
        for (const qint64 id : *ids) {
            auto record = retention.managementRecordFor(id, QDate(), RetentionRule::VijfJaar);
            if (!record)
                return std::unexpected(record.error());
            *records << *record;
        }
        result = casusregie::annualFigures(year, *records);
        call.objects << QStringLiteral("jaar:%1").arg(year);
        return {};
    });
    return resultOf(status, result);
}

Result<QList<AuditRecord>> LocalService::auditTrail(qint64 casusId)
{
    QList<AuditRecord> result;
    const Status status = gate(Operation::ViewAuditTrail, casusId, [&](Call &) -> Status {
        auto records = m_audit.forCasus(casusId);
        if (!records)
            return std::unexpected(records.error());
        result = *records;
        return {};
    });
    return resultOf(status, result);
}

Result<QList<BewaardeOmVerstrekking>> LocalService::bewaardeOmVerstrekkingen()
{
    QList<BewaardeOmVerstrekking> result;
    const Status status = gate(Operation::ViewBewaardeOmVerstrekkingen, 0, [&](Call &call) -> Status {
        auto records = OmVerstrekkingRepository(m_database).all();
        if (!records)
            return std::unexpected(records.error());
        result = *records;
        for (const BewaardeOmVerstrekking &record : result)
            call.objects << QStringLiteral("om_verstrekking:%1").arg(record.id);
        return {};
    });
    return resultOf(status, result);
}

Result<AuditChainReport> LocalService::verifyAuditChain()
{
    AuditChainReport result;
    const Status status = gate(Operation::VerifyAuditChain, 0, [&](Call &) -> Status {
        auto report = m_audit.verify();
        if (!report)
            return std::unexpected(report.error());
        result = *report;
        return {};
    });
    return resultOf(status, result);
}

} // namespace casusregie
