// LocalService: the audit trail and user accounts.
#include "service/LocalService.h"

#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

namespace casusregie {

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
