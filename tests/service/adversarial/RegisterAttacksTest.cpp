// The registers (P 22.3) and the parties' membership (C 21-24), tried by the wrong seat, twice, or
// with dates that do not fit.
#include "../ServiceWorld.h"

#include "storage/PartyRepository.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

Party westvoorne(QDate today)
{
    Party party{0, QStringLiteral("Gemeente Westvoorne (fictief)"), QStringLiteral("Westvoorne"), PartyType::Gemeente, {}};
    party.membership.abBesluit = today.addDays(-30);
    party.membership.toegetreden = today.addDays(-7);
    party.membership.ondertekenaar = QStringLiteral("J. de Wit, burgemeester");
    return party;
}

} // namespace

TEST_CASE("P 22.3: only the hoofd approves a processor and not the privacy officer who listed it nor beheer nor the FG")
{
    ServiceWorld world;
    const qint64 id = *world.as(QStringLiteral("privacy")).addVerwerker({0, QStringLiteral("Hosting BV (fictief)"),
                                                                         QStringLiteral("serverbeheer"), {}, {}});
    for (const char *seat : {"privacy", "fb", "fg", "pr1", "politie"})
        CHECK(world.as(QLatin1String(seat)).approveVerwerker(id).error().code == ErrorCode::AccessDenied);
    CHECK(world.as(QStringLiteral("privacy")).verwerkers()->first().awaitsHoofd());
    CHECK(world.as(QStringLiteral("hoofd")).approveVerwerker(id + 100).error().code == ErrorCode::NotFound);
    // The hoofd approves but does not keep the list.
    CHECK(world.as(QStringLiteral("hoofd")).addVerwerker({0, QStringLiteral("Ander BV"), QStringLiteral("opslag"), {}, {}}).error().code
          == ErrorCode::AccessDenied);
}

TEST_CASE("C 21.4: a toetreding needs the AB's decision before Bijvoegsel I is signed and the signatory and a signature not in the future")
{
    ServiceWorld world;
    LocalService &fb = world.as(QStringLiteral("fb"));
    const QDate today = world.clock.today();
    const qint64 before = fb.membershipHistory()->size();
    Party signedBeforeDecision = westvoorne(today);
    signedBeforeDecision.membership.toegetreden = signedBeforeDecision.membership.abBesluit.addDays(-1);
    CHECK(fb.addParty(signedBeforeDecision).error().code == ErrorCode::InvalidArgument);
    Party signedTomorrow = westvoorne(today);
    signedTomorrow.membership.toegetreden = today.addDays(1);
    CHECK(fb.addParty(signedTomorrow).error().code == ErrorCode::InvalidArgument);
    Party unsigned_ = westvoorne(today);
    unsigned_.membership.ondertekenaar = QStringLiteral("   ");
    CHECK(fb.addParty(unsigned_).error().code == ErrorCode::InvalidArgument);
    CHECK(fb.membershipHistory()->size() == before); // nothing half-written
    CHECK(world.as(QStringLiteral("hoofd")).addParty(westvoorne(today)).error().code == ErrorCode::AccessDenied);
    REQUIRE(fb.addParty(westvoorne(today)).has_value());
}

TEST_CASE("C 22.3 and 24.2: a membership ends once and never before the party joined and an uitsluiting has a reason and takes effect at once")
{
    ServiceWorld world;
    LocalService &fb = world.as(QStringLiteral("fb"));
    const QDate today = world.clock.today();
    const qint64 id = *fb.addParty(westvoorne(today));
    const qint64 before = fb.membershipHistory()->size();

    CHECK(fb.recordMembershipChange({id, MembershipEvent::Opzegging, today.addDays(-8), {}}).error().code == ErrorCode::InvalidArgument);
    CHECK(fb.recordMembershipChange({id, MembershipEvent::Uitsluiting, today, QStringLiteral("  ")}).error().code
          == ErrorCode::InvalidArgument);
    CHECK(fb.recordMembershipChange({id, MembershipEvent::Uitsluiting, today.addDays(3), QStringLiteral("Afspraken niet nagekomen")})
              .error().code == ErrorCode::InvalidArgument);
    CHECK(fb.recordMembershipChange({id, MembershipEvent::Toetreding, today, {}}).error().code == ErrorCode::InvalidArgument);
    CHECK(fb.recordMembershipChange({id + 1000, MembershipEvent::Opzegging, today, {}}).error().code == ErrorCode::NotFound);
    CHECK(world.as(QStringLiteral("hoofd")).recordMembershipChange({id, MembershipEvent::Opzegging, today, {}}).error().code
          == ErrorCode::AccessDenied);
    CHECK(fb.membershipHistory()->size() == before);

    // An opzegging may take effect later (from when the changed covenant applies, C 22.3).
    REQUIRE(fb.recordMembershipChange({id, MembershipEvent::Opzegging, today.addDays(30), QStringLiteral("Brief van 1 december")})
                .has_value());
    CHECK(fb.recordMembershipChange({id, MembershipEvent::Uitsluiting, today, QStringLiteral("Afspraken niet nagekomen")}).error().code
          == ErrorCode::Conflict);
    CHECK(fb.recordMembershipChange({id, MembershipEvent::Opzegging, today.addDays(40), {}}).error().code == ErrorCode::Conflict);
    CHECK(fb.membershipHistory()->size() == before + 1);
    CHECK(fb.membershipHistory()->last().toelichting == QStringLiteral("Brief van 1 december"));
}
