#pragma once

#include "domain/Phase.h"
#include "rules/Operation.h"

#include <QList>
#include <QString>

// In which phases of a casus the work on its course belongs (C 1.7-1.10, B2): triage work before
// the casusoverleg, overleggen during it, monitoring after it. The service refuses what does not
// fit, and the workspace shows why from the same table.
namespace casusregie::PhaseActions {

// The phases in which `operation` may be done on a casus; empty when the phase does not matter.
QList<Phase> phasesFor(Operation operation);

// Why `operation` does not fit a casus in `phase` (Dutch, for the user), or empty when it does.
QString refusal(Operation operation, Phase phase);

} // namespace casusregie::PhaseActions
