// LocalService: retention decisions, the audit trail and user accounts.
#include "service/LocalService.h"

#include "rules/RetentionSchedule.h"
#include "security/PasswordHasher.h"
#include "security/Totp.h"
#include "service/InputChecks.h"
#include "storage/Database.h"
#include "storage/OmVerstrekkingRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/UserRepository.h"

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

Result<qint64> LocalService::addUser(const NewUser &input)
{
    qint64 id = 0;
    const Status status = gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(input); !valid)
            return valid;
        auto hash = PasswordHasher::hash(input.password);
        if (!hash)
            return std::unexpected(hash.error());
        auto added = UserRepository(m_database).add(input.user, *hash, call.now);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("user:%1").arg(id);
        return {};
    });
    return resultOf(status, id);
}

Status LocalService::setUserRoles(qint64 userId, const QList<Role> &roles)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        // Separation of duties: functioneel beheer never changes its own roles.
        if (userId == call.user.id)
            return fail(ErrorCode::AccessDenied, QStringLiteral("U kunt uw eigen rollen niet wijzigen."));
        return UserRepository(m_database).setRoles(userId, roles);
    });
}

Status LocalService::setUserActive(qint64 userId, bool active)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        if (userId == call.user.id)
            return fail(ErrorCode::AccessDenied, QStringLiteral("U kunt uw eigen account niet (de)activeren."));
        return UserRepository(m_database).setActive(userId, active);
    });
}

Status LocalService::unlockUser(qint64 userId)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        return UserRepository(m_database).unlock(userId);
    });
}

Result<QString> LocalService::enrolTotp(qint64 userId)
{
    QString uri;
    const Status status = gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        auto user = UserRepository(m_database).byId(userId);
        if (!user)
            return std::unexpected(user.error());
        const QByteArray secret = Totp::generateSecret();
        if (auto stored = UserRepository(m_database).setTotpSecret(userId, secret); !stored)
            return stored;
        uri = Totp::provisioningUri(secret, user->username);
        return {};
    });
    return resultOf(status, uri);
}

Result<QList<User>> LocalService::users()
{
    QList<User> result;
    const Status status = gate(Operation::ViewUsers, 0, [&](Call &) -> Status {
        auto all = UserRepository(m_database).all();
        if (!all)
            return std::unexpected(all.error());
        result = *all;
        return {};
    });
    return resultOf(status, result);
}

} // namespace casusregie
