#pragma once

#include "common/Result.h"
#include "domain/Phase.h"

#include <QDate>
#include <QString>

#include <optional>
#include <span>

namespace casusregie {

// What the guards need to know about a casus. The caller gathers these facts from storage;
// the phase machine itself stays a pure function.
struct TransitionFacts {
    bool hasGoal = false;
    bool hasThemes = false;
    int invitedPartyCount = 0;
    bool hasOverlegDecision = false;
    bool hasAfschalingscriteria = false;
    QDate afschalingDecidedOn;            // when the casus was afgeschaald
    std::optional<QDate> newMeldingOn;    // a new melding about the same person, if any
};

struct TransitionRequest {
    Phase from = Phase::Aanmelding;
    Phase to = Phase::Aanmelding;
    QString decision;
    QString basis;
};

using TransitionGuard = Status (*)(const TransitionFacts &facts);

struct AllowedTransition {
    Phase from;
    Phase to;
    TransitionGuard guard;
};

// The phases of C 1.7-1.10 and B2. Every allowed transition is listed in one table;
// anything else is refused with an error that names both phases.
class PhaseMachine {
public:
    static std::span<const AllowedTransition> allowedTransitions();
    static bool isAllowed(Phase from, Phase to);
    static Status check(const TransitionRequest &request, const TransitionFacts &facts);

    // P 11.6: an afgeschaalde casus can be reopened on a new melding within this many months.
    static constexpr int reopenWindowMonths = 24;
};

} // namespace casusregie
