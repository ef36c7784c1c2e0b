#pragma once

#include "domain/User.h"
#include "rules/Operation.h"

namespace casusregie::ui {

// Whether a screen or button is offered to this user: the policy table for the user's roles.
// A convenience only; the service decides every call itself (screening, membership, relation).
bool roleMayDo(const User &user, Operation operation);
// The whole audit log, not only the trail of one's own casussen: who may read any casus's trail.
bool readsWholeAuditLog(const User &user);

} // namespace casusregie::ui
