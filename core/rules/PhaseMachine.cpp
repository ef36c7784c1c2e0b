#include "rules/PhaseMachine.h"

#include <algorithm>
#include <array>

namespace casusregie {

namespace {

Status noGuard(const TransitionFacts &)
{
    return {};
}

Status readyForCasusoverleg(const TransitionFacts &facts)
{
    if (!facts.hasGoal)
        return fail(ErrorCode::GuardFailed, QStringLiteral("Voor een casusoverleg moet het doel van de casus zijn vastgelegd."));
    if (!facts.hasThemes)
        return fail(ErrorCode::GuardFailed, QStringLiteral("Voor een casusoverleg moet ten minste één thema zijn gekozen."));
    if (facts.invitedPartyCount < 1)
        return fail(ErrorCode::GuardFailed, QStringLiteral("Voor een casusoverleg moet ten minste één partij zijn uitgenodigd."));
    return {};
}

Status readyForAfschaling(const TransitionFacts &facts)
{
    if (!facts.hasOverlegDecision)
        return fail(ErrorCode::GuardFailed, QStringLiteral("Afschaling vraagt een besluit van het casusoverleg."));
    if (!facts.hasAfschalingscriteria)
        return fail(ErrorCode::GuardFailed, QStringLiteral("Afschaling vraagt vastgelegde criteria voor afschaling."));
    return {};
}

// P 11.6: within 24 months of afschaling, a new melding about the same person restores the casus.
Status reopenedByNewMelding(const TransitionFacts &facts)
{
    if (!facts.newMeldingOn)
        return fail(ErrorCode::GuardFailed, QStringLiteral("Heropenen kan alleen op een nieuwe melding over dezelfde persoon."));
    if (!facts.afschalingDecidedOn.isValid())
        return fail(ErrorCode::GuardFailed, QStringLiteral("De datum van het afschalingsbesluit ontbreekt."));
    const QDate melding = *facts.newMeldingOn;
    const QDate windowEnd = facts.afschalingDecidedOn.addMonths(PhaseMachine::reopenWindowMonths);
    if (melding < facts.afschalingDecidedOn || melding > windowEnd)
        return fail(ErrorCode::GuardFailed,
                    QStringLiteral("Heropenen kan alleen binnen 24 maanden na het afschalingsbesluit (P 11.6)."));
    return {};
}

constexpr std::array transitions{
    AllowedTransition{Phase::Aanmelding, Phase::Triage, noGuard},
    AllowedTransition{Phase::Triage, Phase::Casusoverleg, readyForCasusoverleg},
    AllowedTransition{Phase::Triage, Phase::NietDoorgeleid, noGuard},
    AllowedTransition{Phase::Casusoverleg, Phase::Afschaling, readyForAfschaling},
    AllowedTransition{Phase::Afschaling, Phase::Afgesloten, noGuard},
    AllowedTransition{Phase::Afschaling, Phase::Aanmelding, reopenedByNewMelding},
};

const AllowedTransition *find(Phase from, Phase to)
{
    const auto it = std::find_if(transitions.begin(), transitions.end(),
                                 [&](const AllowedTransition &t) { return t.from == from && t.to == to; });
    return it == transitions.end() ? nullptr : &*it;
}

} // namespace

std::span<const AllowedTransition> PhaseMachine::allowedTransitions()
{
    return transitions;
}

bool PhaseMachine::isAllowed(Phase from, Phase to)
{
    return find(from, to) != nullptr;
}

Status PhaseMachine::check(const TransitionRequest &request, const TransitionFacts &facts)
{
    const AllowedTransition *transition = find(request.from, request.to);
    if (!transition) {
        return fail(ErrorCode::TransitionNotAllowed,
                    QStringLiteral("De overgang van fase %1 naar fase %2 is niet toegestaan.")
                        .arg(enumLabel(request.from), enumLabel(request.to)));
    }
    if (request.decision.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een faseovergang vraagt de tekst van het besluit."));
    if (request.basis.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een faseovergang vraagt de grondslag van het besluit, bijvoorbeeld het casusoverleg waarin het is genomen."));
    return transition->guard(facts);
}

} // namespace casusregie
