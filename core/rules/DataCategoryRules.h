#pragma once

#include "common/Result.h"
#include "domain/Betrokkene.h"
#include "domain/DataCategory.h"
#include "domain/Grondslag.h"
#include "domain/PartyType.h"

namespace casusregie {

// B3: which data categories may be processed for which category of betrokkene.
namespace DataCategoryRules {

bool isAllowed(BetrokkeneCategorie betrokkene, DataCategory category);

// Refuses a category B3 does not allow, and a special category without a necessity reason.
Status checkGegeven(BetrokkeneCategorie betrokkene, DataCategory category, const QString &necessityReason);

// P 6.4: police data comes in on art. 20 Wpg from the police, OM data on the Wjsg from the OM
// (or DJI), and Slachtofferhulp shares only with explicit consent.
Status checkGrondslag(PartyType supplier, DataCategory category, Grondslag grondslag);

// Wpg 32 and Wjsg 39j: disclosures of police or OM data carry a justification of necessity.
bool needsNecessityJustification(PartyType supplier);

} // namespace DataCategoryRules

} // namespace casusregie
