#include "rules/AccountRules.h"

#include "security/PasswordHasher.h"

namespace casusregie::AccountRules {

bool needsConfirmation(Role role)
{
    return role == Role::Procesregisseur || role == Role::Hoofd || role == Role::Privacyfunctionaris;
}

Role confirmerOf(Role role)
{
    return role == Role::Hoofd ? Role::FgAuditor : Role::Hoofd;
}

Status checkDecision(const User &decider, const RoleGrant &grant)
{
    if (!grant.pending())
        return fail(ErrorCode::Conflict, QStringLiteral("Over deze rol is al besloten."));
    if (grant.userId == decider.id)
        return fail(ErrorCode::AccessDenied, QStringLiteral("U kunt niet besluiten over een rol voor uw eigen account."));
    const Role confirmer = confirmerOf(grant.role);
    if (!decider.hasRole(confirmer))
        return fail(ErrorCode::AccessDenied,
                    QStringLiteral("Over de rol '%1' besluit wie de rol '%2' heeft.").arg(enumLabel(grant.role), enumLabel(confirmer)));
    return {};
}

Status checkOwnPassword(const QString &current, const QString &proposed)
{
    if (proposed.size() < PasswordHasher::minimumPasswordLength)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een wachtwoord moet minstens %1 tekens lang zijn.").arg(PasswordHasher::minimumPasswordLength));
    if (proposed == current)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Kies een ander wachtwoord dan het huidige."));
    return {};
}

} // namespace casusregie::AccountRules
