#pragma once

#include "common/Result.h"
#include "domain/Consent.h"

namespace casusregie::ConsentRules {

// P 7.2: consent is recorded with who gave it, when, its scope and how it was recorded, and the
// betrokkene was told it can be withdrawn. It cannot predate the casus nor lie in the future.
Status checkRecord(const Consent &consent, QDate casusStarted, QDate today);

// B4: an override of professional secrecy names who at the supplying party decided and on which ground.
Status checkSecrecyOverride(const SecrecyOverride &override);

} // namespace casusregie::ConsentRules
