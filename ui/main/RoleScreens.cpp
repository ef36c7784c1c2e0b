#include "main/RoleScreens.h"

#include "rules/AccessPolicy.h"

namespace casusregie::ui {

bool roleMayDo(const User &user, Operation operation)
{
    return AccessPolicy::decide(operation, Subject{user.roles, true}, std::nullopt) == Verdict::Allowed;
}

bool readsWholeAuditLog(const User &user)
{
    return roleMayDo(user, Operation::ViewAuditLog) && AccessPolicy::routesGranting(Operation::ViewAuditTrail, user.roles).anyCase;
}

} // namespace casusregie::ui
