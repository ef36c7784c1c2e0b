// Issue 13: a partner opens its own aanmelding read-only; another organisation's answers exactly
// like one that does not exist.
#include "../ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("Own aanmelding: the submitting organisation reads what it submitted, when and its status")
{
    ServiceWorld world;
    const auto submitted = world.as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Zorgen om de buurman (fictief)")});
    REQUIRE(submitted.has_value());
    const auto own = world.as(QStringLiteral("politie")).ownAanmelding(submitted->id);
    REQUIRE(own.has_value());
    CHECK(own->reden == QStringLiteral("Zorgen om de buurman (fictief)"));
    CHECK(own->overview.aanmeldingsdatum == world.clock.today());
    CHECK(own->overview.phase == Phase::Aanmelding);
    CHECK_FALSE(own->takenOn);
    REQUIRE(world.as(QStringLiteral("pr1")).takeOnCase(submitted->id).has_value());
    CHECK(world.as(QStringLiteral("politie")).ownAanmelding(submitted->id)->takenOn);
}

TEST_CASE("Own aanmelding: another organisation's aanmelding answers like a missing one")
{
    ServiceWorld world;
    const auto submitted = world.as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Zorgen (fictief)")});
    REQUIRE(submitted.has_value());
    const auto other = world.as(QStringLiteral("antes")).ownAanmelding(submitted->id);
    const auto missing = world.as(QStringLiteral("antes")).ownAanmelding(submitted->id + 1000);
    REQUIRE_FALSE(other.has_value());
    REQUIRE_FALSE(missing.has_value());
    CHECK(other.error().code == ErrorCode::NotFound);
    CHECK(other.error().code == missing.error().code);
    CHECK(other.error().message == missing.error().message);
    // The same organisation's other user may read it: it is the organisation's aanmelding.
    world.addUser(QStringLiteral("politie2"), Role::Partnerdeelnemer, QStringLiteral("Politie"));
    CHECK(world.as(QStringLiteral("politie2")).ownAanmelding(submitted->id).has_value());
}
