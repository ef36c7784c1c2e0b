#include "ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("C 13.2e: only parties with a role in the casus may be invited to its overleg")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    Overleg overleg;
    overleg.casusId = casusId;
    overleg.datum = world.clock.now().addDays(7);
    overleg.doel = QStringLiteral("Plan opstellen");
    overleg.decisionTypes = QStringLiteral("plan van aanpak");
    overleg.invitedPartyIds = {world.party(QStringLiteral("Veilig Thuis"))};
    REQUIRE(world.as(QStringLiteral("pr1")).planOverleg(overleg).error().code == ErrorCode::InvalidArgument);
    overleg.invitedPartyIds = {world.party(QStringLiteral("Antes"))};
    REQUIRE(world.as(QStringLiteral("pr1")).planOverleg(overleg).has_value());
}

TEST_CASE("C 13.2: the overleggen of a casus are listed to its procesregisseur and the invited parties, to nobody else")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 overleg = world.planOverleg(casusId, {world.party(QStringLiteral("Antes"))});
    const auto listed = world.as(QStringLiteral("pr1")).overleggen(casusId);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 1);
    REQUIRE(listed->first().id == overleg);
    REQUIRE(listed->first().invitedPartyIds == QList<qint64>{world.party(QStringLiteral("Antes"))});
    REQUIRE(world.as(QStringLiteral("antes")).overleggen(casusId)->size() == 1);
    REQUIRE(world.as(QStringLiteral("politie")).overleggen(casusId).error().code == ErrorCode::NotFound); // involved, not invited
    REQUIRE(world.as(QStringLiteral("pr2")).overleggen(casusId).error().code == ErrorCode::NotFound);
}

TEST_CASE("C 15.2: administratief plans date and place of an overleg but sees no personal data")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 overleg = world.planOverleg(casusId, {world.party(QStringLiteral("Antes"))});
    LocalService &admin = world.as(QStringLiteral("admin"));
    REQUIRE(admin.scheduleOverleg(casusId, overleg, world.clock.now().addDays(9), QStringLiteral("Zaal 3")).has_value());
    REQUIRE(admin.betrokkenen(casusId).error().code == ErrorCode::AccessDenied);
    REQUIRE(admin.recordOverlegOutcome(casusId, {overleg, {}, QStringLiteral("verslag")}).error().code == ErrorCode::AccessDenied);
}

TEST_CASE("C 9.4, B2: the overleg records attendance, minutes, decisions and opschaling with its destination")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 overleg = world.planOverleg(casusId, {world.party(QStringLiteral("Antes")), world.party(QStringLiteral("Politie"))});
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.recordOverlegOutcome(casusId, {overleg, {world.party(QStringLiteral("Veilig Thuis"))}, QStringLiteral("v")}).error().code
            == ErrorCode::InvalidArgument); // not invited, so cannot attend
    REQUIRE(pr.recordOverlegOutcome(casusId, {overleg, {world.party(QStringLiteral("Antes"))}, QStringLiteral("Verslag")}).has_value());
    REQUIRE(pr.recordBesluit(casusId, {overleg, BesluitSoort::Opschaling, QStringLiteral("Opschalen"), {}, {}}).error().code
            == ErrorCode::InvalidArgument);
    REQUIRE(pr.recordBesluit(casusId, {overleg, BesluitSoort::Opschaling, QStringLiteral("Opschalen"), QStringLiteral("Breed MT"),
                                       QStringLiteral("Breed MT neemt regie over huisvesting")})
                .has_value());
}

TEST_CASE("C 9.4a, 14: the casusregisseur is a partner's casusregisseur from a party with a role in the casus")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.appointCasusregisseur(casusId, world.userId(QStringLiteral("politie"))).error().code == ErrorCode::InvalidArgument);
    REQUIRE(pr.appointCasusregisseur(casusId, world.userId(QStringLiteral("cr"))).has_value());
    REQUIRE(world.as(QStringLiteral("cr")).casus(casusId)->casusregisseurUserId == world.userId(QStringLiteral("cr")));
}

TEST_CASE("C 9.4c: agreements per party, a partner updates only its own party's, the casusregisseur all")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Antes")), world.party(QStringLiteral("Politie"))});
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.appointCasusregisseur(casusId, world.userId(QStringLiteral("cr"))).has_value());
    const qint64 politieAfspraak = *pr.addAfspraak({0, casusId, world.party(QStringLiteral("Politie")),
                                                    QStringLiteral("Huisbezoek met wijkagent"), world.clock.today().addDays(14),
                                                    AfspraakStatus::Open, {}});
    REQUIRE(pr.addAfspraak({0, casusId, world.party(QStringLiteral("Veilig Thuis")), QStringLiteral("x"), {}, AfspraakStatus::Open, {}})
                .error()
                .code
            == ErrorCode::InvalidArgument);

    REQUIRE(world.as(QStringLiteral("antes")).updateAfspraakStatus(casusId, politieAfspraak, AfspraakStatus::Afgerond, {}).error().code
            == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("politie")).updateAfspraakStatus(casusId, politieAfspraak, AfspraakStatus::Lopend, {}).has_value());
    REQUIRE(world.as(QStringLiteral("cr")).updateAfspraakStatus(casusId, politieAfspraak, AfspraakStatus::Afgerond,
                                                                QStringLiteral("Bezoek afgelegd"))
                .has_value());
    REQUIRE(world.as(QStringLiteral("antes")).afspraken(casusId)->first().status == AfspraakStatus::Afgerond);
    // Monitoring follows the afschaling (C 1.10): before it, a note is refused with the reason.
    const auto early = pr.addMonitoringNote(casusId, QStringLiteral("Rustig verlopen"));
    REQUIRE(early.error().code == ErrorCode::GuardFailed);
    REQUIRE(early.error().message.contains(QStringLiteral("fase afschaling")));
}

TEST_CASE("Issue 13: an overleg is not planned nor moved into the past, today is fine")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 antes = world.party(QStringLiteral("Antes"));
    Overleg overleg;
    overleg.casusId = casusId;
    overleg.datum = world.clock.now().addDays(-1);
    overleg.doel = QStringLiteral("Plan opstellen");
    overleg.decisionTypes = QStringLiteral("plan van aanpak");
    overleg.invitedPartyIds = {antes};
    Service &pr = world.as(QStringLiteral("pr1"));
    const auto past = pr.planOverleg(overleg);
    REQUIRE(past.error().code == ErrorCode::InvalidArgument);
    REQUIRE(past.error().message.contains(QStringLiteral("verleden")));
    REQUIRE(pr.overleggen(casusId)->isEmpty());

    overleg.datum = world.clock.now();
    const auto today = pr.planOverleg(overleg);
    REQUIRE(today.has_value());
    REQUIRE(pr.scheduleOverleg(casusId, *today, world.clock.now().addDays(-2), QStringLiteral("Zaal 1")).error().code
            == ErrorCode::InvalidArgument);
    REQUIRE(pr.overleggen(casusId)->first().datum == overleg.datum);
}
