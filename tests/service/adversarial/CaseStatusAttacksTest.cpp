// Issue 13: what a curious partner, another procesregisseur or an over-powerful role tries against
// the header of a casus and its offered actions. A hidden casus answers like a missing one, and no
// seat learns more from the header than it may know otherwise.
#include "../ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

QList<Operation> offered(const CasusStatus &status)
{
    QList<Operation> operations;
    for (const CaseAction &action : status.actions)
        operations << action.operation;
    return operations;
}

} // namespace

TEST_CASE("Case status: a casus hidden from the user answers exactly like a missing one")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    const qint64 missing = casusId + 1000;
    for (const char *user : {"pr2", "vt", "fb"}) {
        INFO(user);
        LocalService &curious = world.as(QLatin1String(user));
        const auto hidden = curious.caseStatus(casusId);
        const auto absent = curious.caseStatus(missing);
        REQUIRE_FALSE(hidden.has_value());
        REQUIRE_FALSE(absent.has_value());
        CHECK(hidden.error().code == absent.error().code);
        CHECK(hidden.error().message == absent.error().message);
    }
    // The FG may know casussen exist but has no business in their headers.
    CHECK(world.as(QStringLiteral("fg")).caseStatus(casusId).error().code == ErrorCode::AccessDenied);
}

TEST_CASE("Case status: the hoofd sees number, phase and procesregisseurs, and only the hoofd's own actions")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    // Even with the hoofd's own municipality invited, the hoofd is no partner in the casus.
    const qint64 rotterdam = world.party(QStringLiteral("Rotterdam"));
    REQUIRE(world.as(QStringLiteral("pr1")).addInvolvedParty(casusId, rotterdam, QStringLiteral("gemeente")).has_value());
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), rotterdam});
    REQUIRE(world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                             Grondslag::Avg6_1e, true,
                             QStringLiteral("Behandeling bepaalt het plan"))
                .has_value());
    REQUIRE(world.as(QStringLiteral("pr1")).addAfspraak({0, casusId, rotterdam, QStringLiteral("Bezoek"),
                                                         world.clock.today().addDays(3), AfspraakStatus::Open, {}})
                .has_value());

    const auto status = world.as(QStringLiteral("hoofd")).caseStatus(casusId);
    REQUIRE(status.has_value());
    CHECK(status->phase == Phase::Aanmelding);
    CHECK(status->procesregisseurs.size() == 1);
    CHECK_FALSE(status->attention.nextOverlegAt.isValid());
    CHECK(status->attention.nextOverlegPlaats.isEmpty());
    CHECK(status->attention.openAfspraken == 0);
    CHECK(status->attention.secretItemsWithoutConsent == 0);
    CHECK(offered(*status)
          == QList<Operation>{Operation::AssignProcesregisseur, Operation::RecordVerstrekking, Operation::RecordCalamiteitsevaluatie,
                              Operation::ViewAuditTrail});
    CHECK(status->updatableAfspraakIds.isEmpty());
}

TEST_CASE("Case status: a partner gets no procesregisseur's signals and no other party's overleg")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    REQUIRE(world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                             Grondslag::Avg6_1e, true,
                             QStringLiteral("Behandeling bepaalt het plan"))
                .has_value());
    Overleg withAntes = world.overleg(casusId, {world.party(QStringLiteral("Antes"))});
    withAntes.datum = world.clock.now().addDays(2);
    withAntes.plaats = QStringLiteral("Zaal 3");
    REQUIRE(world.as(QStringLiteral("pr1")).planOverleg(withAntes).has_value());
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});

    const auto police = world.as(QStringLiteral("politie")).caseStatus(casusId);
    REQUIRE(police.has_value());
    CHECK(police->attention.nextOverlegPlaats != withAntes.plaats);
    CHECK(police->attention.nextOverlegAt != withAntes.datum);
    CHECK(police->attention.secretItemsWithoutConsent == 0);
    CHECK(police->attention.informatieplichtReviewsDue == 0);
    CHECK_FALSE(police->attention.retentionDecisionBy.isValid());
}

TEST_CASE("Case status: closes with the P 11.6 windows, for the partner and the procesregisseur alike")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.afschalen(casusId); // the police was invited
    REQUIRE(world.as(QStringLiteral("politie")).caseStatus(casusId).has_value());
    world.clock.advanceDays(200); // past 6 months
    for (const char *user : {"pr1", "politie"}) {
        INFO(user);
        REQUIRE_FALSE(world.as(QLatin1String(user)).caseStatus(casusId).has_value());
    }
}

TEST_CASE("Phase rules: work that does not fit the phase is refused from every seat and stores nothing")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.afschalen(casusId);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    const int overleggen = int(pr.overleggen(casusId)->size());
    // After the afschaling no new overleg, no casusregisseur, no triage work.
    const auto appointed = pr.appointCasusregisseur(casusId, world.userId(QStringLiteral("cr")));
    REQUIRE(appointed.error().code == ErrorCode::GuardFailed);
    REQUIRE(pr.setGoalAndThemes(casusId, QStringLiteral("Nieuw doel"), {Theme::Overig}).error().code == ErrorCode::GuardFailed);
    REQUIRE(pr.recordBekendheidscheck({0, casusId, world.clock.today(), QStringLiteral("ZVH Haaglanden"), QStringLiteral("onbekend")})
                .error()
                .code
            == ErrorCode::GuardFailed);
    REQUIRE(pr.casus(casusId)->casusregisseurUserId == 0);
    REQUIRE(pr.casus(casusId)->doel == QStringLiteral("Stabiliseren"));
    REQUIRE(pr.overleggen(casusId)->size() == overleggen);
    // The administratief medewerker plans dates for any casus, but not for one afgeschaald either.
    const qint64 overlegId = pr.overleggen(casusId)->first().id;
    REQUIRE(world.as(QStringLiteral("admin"))
                .scheduleOverleg(casusId, overlegId, world.clock.now().addDays(3), QStringLiteral("Zaal 1"))
                .error()
                .code
            == ErrorCode::GuardFailed);
}

TEST_CASE("Decision on the hoofd: finds a casus by its number, sees its number and phase only, and never searches by name")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId);
    LocalService &hoofd = world.as(QStringLiteral("hoofd"));
    const CasusNumber number = world.as(QStringLiteral("pr1")).casus(casusId)->number;
    const auto found = hoofd.searchCases({number.toString(), {}, {}});
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == casusId);
    CHECK(found->first().phase == Phase::Aanmelding);
    CHECK_FALSE(found->first().aanmeldingsdatum.isValid());
    CHECK(found->first().aanmeldendePartijId == 0);
    // By name: refused, whether or not the person exists.
    for (const QString &name : {QStringLiteral("Ümit Çelik"), QStringLiteral("Niemand Bestaand")}) {
        const auto byName = hoofd.searchCases({{}, name, QDate(1990, 5, 17)});
        REQUIRE_FALSE(byName.has_value());
        CHECK(byName.error().code == ErrorCode::AccessDenied);
    }
    // Still no way into the casus itself.
    CHECK_FALSE(hoofd.casus(casusId).has_value());
    CHECK_FALSE(hoofd.betrokkenen(casusId).has_value());
    // The procesregisseur's search is as before: with date and party.
    const auto own = world.as(QStringLiteral("pr1")).searchCases({number.toString(), {}, {}});
    REQUIRE(own->size() == 1);
    CHECK(own->first().aanmeldingsdatum.isValid());
}
