#include "rules/PhaseMachine.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace casusregie;

namespace {

// The transitions the covenant allows (C 1.7-1.10, B2, P 11.6), written out independently of
// the phase machine's own table so that any change to that table shows up here.
const QList<QPair<Phase, Phase>> expectedAllowed{
    {Phase::Aanmelding, Phase::Triage},
    {Phase::Triage, Phase::Casusoverleg},
    {Phase::Triage, Phase::NietDoorgeleid},
    {Phase::Casusoverleg, Phase::Afschaling},
    {Phase::Afschaling, Phase::Afgesloten},
    {Phase::Afschaling, Phase::Aanmelding},
};

TransitionFacts satisfiedFacts()
{
    TransitionFacts facts;
    facts.hasGoal = true;
    facts.hasThemes = true;
    facts.invitedPartyCount = 2;
    facts.hasOverlegDecision = true;
    facts.hasAfschalingscriteria = true;
    facts.afschalingDecidedOn = QDate(2026, 1, 15);
    facts.newMeldingOn = QDate(2026, 9, 1);
    return facts;
}

TransitionRequest request(Phase from, Phase to)
{
    return TransitionRequest{from, to, QStringLiteral("Besluit in het overleg"), QStringLiteral("besluit casusoverleg 12-03-2026")};
}

} // namespace

TEST_CASE("Every allowed phase transition passes when its guard is met")
{
    for (const auto &[from, to] : expectedAllowed) {
        INFO(enumKey(from).toStdString() << " -> " << enumKey(to).toStdString());
        REQUIRE(PhaseMachine::isAllowed(from, to));
        const Status result = PhaseMachine::check(request(from, to), satisfiedFacts());
        REQUIRE(result.has_value());
    }
    REQUIRE(PhaseMachine::allowedTransitions().size() == std::size_t(expectedAllowed.size()));
}

TEST_CASE("Every other phase transition is refused with an error naming both phases")
{
    int refused = 0;
    for (const Phase from : allEnumValues<Phase>()) {
        for (const Phase to : allEnumValues<Phase>()) {
            if (expectedAllowed.contains(qMakePair(from, to)))
                continue;
            INFO(enumKey(from).toStdString() << " -> " << enumKey(to).toStdString());
            REQUIRE_FALSE(PhaseMachine::isAllowed(from, to));
            const Status result = PhaseMachine::check(request(from, to), satisfiedFacts());
            REQUIRE_FALSE(result.has_value());
            REQUIRE(result.error().code == ErrorCode::TransitionNotAllowed);
            REQUIRE(result.error().message.contains(enumLabel(from)));
            REQUIRE(result.error().message.contains(enumLabel(to)));
            ++refused;
        }
    }
    REQUIRE(refused == 6 * 6 - 6);
}

TEST_CASE("A phase transition records its decision and basis")
{
    TransitionRequest noDecision = request(Phase::Aanmelding, Phase::Triage);
    noDecision.decision = QStringLiteral("   ");
    REQUIRE(PhaseMachine::check(noDecision, satisfiedFacts()).error().code == ErrorCode::InvalidArgument);

    TransitionRequest noBasis = request(Phase::Aanmelding, Phase::Triage);
    noBasis.basis.clear();
    REQUIRE(PhaseMachine::check(noBasis, satisfiedFacts()).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("C 13.2: a casusoverleg needs a goal, themes and at least one invited party")
{
    const auto check = [](const TransitionFacts &facts) {
        return PhaseMachine::check(request(Phase::Triage, Phase::Casusoverleg), facts);
    };
    TransitionFacts facts = satisfiedFacts();
    facts.hasGoal = false;
    REQUIRE(check(facts).error().code == ErrorCode::GuardFailed);

    facts = satisfiedFacts();
    facts.hasThemes = false;
    REQUIRE(check(facts).error().code == ErrorCode::GuardFailed);

    facts = satisfiedFacts();
    facts.invitedPartyCount = 0;
    REQUIRE(check(facts).error().code == ErrorCode::GuardFailed);

    facts.invitedPartyCount = 1;
    REQUIRE(check(facts).has_value());
}

TEST_CASE("C 9.4d: afschaling needs a decision of the casusoverleg and afschalingscriteria")
{
    const auto check = [](const TransitionFacts &facts) {
        return PhaseMachine::check(request(Phase::Casusoverleg, Phase::Afschaling), facts);
    };
    TransitionFacts facts = satisfiedFacts();
    facts.hasOverlegDecision = false;
    REQUIRE(check(facts).error().code == ErrorCode::GuardFailed);

    facts = satisfiedFacts();
    facts.hasAfschalingscriteria = false;
    REQUIRE(check(facts).error().code == ErrorCode::GuardFailed);
}

TEST_CASE("P 11.6: an afgeschaalde casus reopens only on a new melding within 24 months")
{
    const auto reopen = [](std::optional<QDate> melding) {
        TransitionFacts facts = satisfiedFacts();
        facts.afschalingDecidedOn = QDate(2026, 1, 15);
        facts.newMeldingOn = melding;
        return PhaseMachine::check(request(Phase::Afschaling, Phase::Aanmelding), facts);
    };
    REQUIRE(reopen(std::nullopt).error().code == ErrorCode::GuardFailed);
    REQUIRE(reopen(QDate(2026, 1, 15)).has_value());
    REQUIRE(reopen(QDate(2028, 1, 14)).has_value());
    REQUIRE(reopen(QDate(2028, 1, 15)).has_value()); // the last day of the 24 months
    REQUIRE(reopen(QDate(2028, 1, 16)).error().code == ErrorCode::GuardFailed);
    REQUIRE(reopen(QDate(2026, 1, 14)).error().code == ErrorCode::GuardFailed); // before the afschaling
}
