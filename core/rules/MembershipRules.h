#pragma once

#include "common/Result.h"
#include "domain/Party.h"
#include "domain/Register.h"

namespace casusregie::MembershipRules {

// C 21.4 and Bijvoegsel I: the Algemeen Bestuur decides after all parties agreed, then the new
// party signs Bijvoegsel I; it takes part from that signature, which is not in the future.
Status checkToetreding(const Membership &membership, QDate today);

// C 22.3 / P 27.3 (opzegging, from a given date, possibly still ahead) and C 24.2 / P 29.2
// (uitsluiting by the AB with immediate effect, with its reason): once per party, never before
// it joined.
Status checkEnd(const Membership &current, const MembershipChange &change, QDate today);

} // namespace casusregie::MembershipRules
