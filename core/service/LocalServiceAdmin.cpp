// LocalService: retention decisions, calamity evaluations, annual figures and the audit trail.
#include "service/LocalService.h"

#include "rules/RetentionSchedule.h"
#include "service/InputChecks.h"
#include "storage/CasusRepository.h"
#include "storage/Database.h"
#include "storage/OmVerstrekkingRepository.h"
#include "storage/RetentionRepository.h"

namespace casusregie {

Result<qint64> LocalService::recordRetentionExtension(const RetentionExtension &input)
{
    return gated(Operation::RecordRetentionExtension, input.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        RetentionRepository retention(m_database);
        auto facts = retention.factsFor(input.casusId);
        if (!facts)
            return std::unexpected(facts.error());
        RetentionExtension extension = input;
        extension.byUserId = call.user.id;
        if (auto allowed = RetentionSchedule::checkExtension(extension, *facts, call.today); !allowed)
            return std::unexpected(allowed.error());
        auto added = retention.addExtension(extension);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("verlenging:%1").arg(*added);
        return *added;
    });
}

Result<qint64> LocalService::recordCalamiteitsevaluatie(const Calamiteitsevaluatie &input)
{
    return gated(Operation::RecordCalamiteitsevaluatie, input.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        RetentionRepository retention(m_database);
        auto facts = retention.factsFor(input.casusId);
        if (!facts)
            return std::unexpected(facts.error());
        Calamiteitsevaluatie evaluation = input;
        evaluation.byUserId = call.user.id;
        evaluation.recordedAt = call.now;
        if (auto allowed = RetentionSchedule::checkCalamiteitsevaluatie(evaluation, *facts, call.today); !allowed)
            return std::unexpected(allowed.error());
        auto added = retention.addCalamiteitsevaluatie(evaluation);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("calamiteitsevaluatie:%1").arg(*added);
        return *added;
    });
}

Result<QList<Calamiteitsevaluatie>> LocalService::calamiteitsevaluaties(qint64 casusId)
{
    return gated(Operation::ViewCalamiteitsevaluaties, casusId, [&](Call &) -> Result<QList<Calamiteitsevaluatie>> {
        return RetentionRepository(m_database).calamiteitsevaluaties(casusId);
    });
}

Result<AnnualFigures> LocalService::annualFigures(int year)
{
    return gated(Operation::ViewAnnualFigures, 0, [&](Call &call) -> Result<AnnualFigures> {
        RetentionRepository retention(m_database);
        auto records = retention.managementRecords(); // what remains of destroyed casussen
        auto present = retention.managementRecordsOfPresentCasussen();
        if (!records || !present)
            return fail(ErrorCode::StorageFailure, QStringLiteral("De jaarcijfers konden niet worden berekend."));
        *records << *present;
        call.objects << QStringLiteral("jaar:%1").arg(year);
        return casusregie::annualFigures(year, *records);
    });
}

Result<QList<AuditRecord>> LocalService::auditTrail(qint64 casusId)
{
    return gated(Operation::ViewAuditTrail, casusId, [&](Call &) -> Result<QList<AuditRecord>> {
        return m_audit.forCasus(casusId);
    });
}

// Who may read the trail of any casus (hoofd, privacy officer, FG) searches the whole log. A
// procesregisseur searches the trail of one casus, under the rule of its Historie tab: its own
// casussen, within the P 11.6 windows; any other answers as a casus that does not exist.
Result<AuditPage> LocalService::auditLog(const AuditQuery &query)
{
    return gated(Operation::ViewAuditLog, 0, [&](Call &call) -> Result<AuditPage> {
        if (auto valid = InputChecks::check(query); !valid)
            return std::unexpected(valid.error());
        if (query.casusId != 0)
            call.objects << QStringLiteral("casus:%1").arg(query.casusId);
        if (!AccessPolicy::routesGranting(Operation::ViewAuditTrail, call.user.roles).anyCase) {
            if (auto own = mayReadTrailOf(query.casusId); !own)
                return std::unexpected(own.error());
        }
        return m_audit.page(query);
    });
}

Status LocalService::mayReadTrailOf(qint64 casusId)
{
    if (casusId == 0)
        return fail(ErrorCode::AccessDenied, QStringLiteral("U ziet alleen het auditlog van uw eigen casussen: kies er een."));
    auto casus = CasusRepository(m_database).byId(casusId);
    if (!casus)
        return std::unexpected(casus.error().code == ErrorCode::NotFound ? caseNotVisible() : casus.error());
    auto relation = relationTo(*casus);
    if (!relation)
        return std::unexpected(relation.error());
    const Subject subject{m_user->roles, personalDataCleared(), accountSetupPending(*m_user)};
    if (auto refused = refusal(AccessPolicy::decide(Operation::ViewAuditTrail, subject, *relation), subject))
        return std::unexpected(*refused);
    return {};
}

Result<QList<BewaardeOmVerstrekking>> LocalService::bewaardeOmVerstrekkingen()
{
    return gated(Operation::ViewBewaardeOmVerstrekkingen, 0, [&](Call &call) -> Result<QList<BewaardeOmVerstrekking>> {
        auto records = OmVerstrekkingRepository(m_database).all();
        if (!records)
            return std::unexpected(records.error());
        for (const BewaardeOmVerstrekking &record : *records)
            call.objects << QStringLiteral("om_verstrekking:%1").arg(record.id);
        return records;
    });
}

Result<AuditChainReport> LocalService::verifyAuditChain()
{
    return gated(Operation::VerifyAuditChain, 0, [&](Call &) -> Result<AuditChainReport> {
        return m_audit.verify();
    });
}

} // namespace casusregie
