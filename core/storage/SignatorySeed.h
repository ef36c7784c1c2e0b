#pragma once

#include "common/Result.h"
#include "domain/Party.h"

#include <QList>

namespace casusregie {

class PartyRepository;

// The covenant's signatories (its preamble), shipped as parties.tsv inside the core library.
namespace SignatorySeed {

Result<QList<Party>> load();
Status seed(PartyRepository &parties, QDate toegetreden);

} // namespace SignatorySeed

} // namespace casusregie
