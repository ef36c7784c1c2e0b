#pragma once

#include "common/Result.h"
#include "domain/User.h"

namespace casusregie::AccountRules {

// B6 and access-policy.md: functioneel beheer manages accounts but cannot act as someone else nor
// open personal data on its own. A role that opens personal data (procesregisseur, hoofd,
// privacyfunctionaris) takes effect only when the hoofd confirms it, a new hoofd when the FG does.
bool needsConfirmation(Role role);
Role confirmerOf(Role role);

// The decider holds the confirming role and is not the account the role is for.
Status checkDecision(const User &decider, const RoleGrant &grant);

// The user's own new password: long enough and not the password it replaces.
Status checkOwnPassword(const QString &current, const QString &proposed);

} // namespace casusregie::AccountRules
