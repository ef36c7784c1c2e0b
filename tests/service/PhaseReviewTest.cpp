#include "ServiceWorld.h"

#include "storage/CasusRepository.h"

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("P 3.5b: a phase transition does not complete until every item held has been reviewed")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 adres = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                        Grondslag::Avg6_1e);
    const qint64 financieel = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Financieel,
                                             QStringLiteral("Rotterdam"), Grondslag::Avg6_1e);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    PhaseChange change{casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Voldoet aan criteria"),
                       QStringLiteral("besluit procesregisseur"), {}, {}};

    REQUIRE(pr.changePhase(change).error().code == ErrorCode::InvalidArgument); // nothing reviewed
    change.reviews = {{adres, true, QStringLiteral("Nodig voor huisbezoek")}};
    REQUIRE(pr.changePhase(change).error().code == ErrorCode::InvalidArgument); // one item left
    change.reviews << GegevenReview{financieel, false, QString()};
    REQUIRE(pr.changePhase(change).error().code == ErrorCode::InvalidArgument); // no reason
    REQUIRE(pr.casus(casusId)->phase == Phase::Aanmelding);

    change.reviews.last().reason = QStringLiteral("Niet nodig voor triage");
    REQUIRE(pr.changePhase(change).has_value());
    REQUIRE(pr.casus(casusId)->phase == Phase::Triage);

    const auto held = pr.gegevens(casusId);
    REQUIRE(held->size() == 1);
    REQUIRE(held->first().id == adres);
    REQUIRE(held->first().phase == Phase::Triage); // kept for the next phase
    const auto history = CasusRepository(world.setup.database()).transitions(casusId);
    REQUIRE(history->size() == 1);
    REQUIRE(history->first().byUserId == world.userId(QStringLiteral("pr1")));
}

TEST_CASE("C 1.7-1.10: the service refuses a phase transition the phase machine does not allow, naming both phases")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const auto refused = world.as(QStringLiteral("pr1")).changePhase(
        {casusId, Phase::Aanmelding, Phase::Afschaling, QStringLiteral("b"), QStringLiteral("g"), {}, {}});
    REQUIRE(refused.error().code == ErrorCode::TransitionNotAllowed);
    REQUIRE(refused.error().message.contains(QStringLiteral("Aanmelding")));
    REQUIRE(refused.error().message.contains(QStringLiteral("Afschaling")));
}

TEST_CASE("C 13.2: the service moves a casus to casusoverleg only with goal, themes and an invited party")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.changePhase({casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("b"), QStringLiteral("g"), {}, {}}).has_value());
    const PhaseChange toOverleg{casusId, Phase::Triage, Phase::Casusoverleg, QStringLiteral("b"), QStringLiteral("g"), {}, {}};
    REQUIRE(pr.changePhase(toOverleg).error().code == ErrorCode::GuardFailed);
    REQUIRE(pr.setGoalAndThemes(casusId, QStringLiteral("Zorg en veiligheid borgen"), {Theme::HuiselijkGeweld}).has_value());
    REQUIRE(pr.changePhase(toOverleg).error().code == ErrorCode::GuardFailed);
    world.planOverleg(casusId, {world.party(QStringLiteral("OM"))});
    REQUIRE(pr.changePhase(toOverleg).has_value());
}

TEST_CASE("B2: triage records the bekendheidscheck and the parties involved")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.recordBekendheidscheck({0, casusId, world.clock.today(), QString(), QStringLiteral("niet bekend")}).error().code
            == ErrorCode::InvalidArgument);
    REQUIRE(pr.recordBekendheidscheck({0, casusId, world.clock.today(), QStringLiteral("ZVH Haaglanden"), QStringLiteral("niet bekend")})
                .has_value());
    REQUIRE(pr.addInvolvedParty(casusId, world.party(QStringLiteral("Veilig Thuis")), QString()).error().code
            == ErrorCode::InvalidArgument);
    REQUIRE(world.as(QStringLiteral("politie")).recordBekendheidscheck(
                    {0, casusId, world.clock.today(), QStringLiteral("ZVH Haaglanden"), QStringLiteral("bekend")})
                .error()
                .code
            == ErrorCode::NotFound);
}
