#include "TestSupport.h"

#include "service/LocalService.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("The first account of a new database is functioneel beheer and can log in")
{
    FakeClock clock;
    InitialisedDatabase setup(clock);
    LocalService service(setup.database(), clock, setup.auditKey);
    auto user = service.login(InitialisedDatabase::username, InitialisedDatabase::password);
    REQUIRE(user.has_value());
    REQUIRE(user->roles == QList<Role>{Role::FunctioneelBeheer});
    REQUIRE(service.parties()->size() == 42);
}

TEST_CASE("A wrong password and an unknown username get the same answer")
{
    FakeClock clock;
    InitialisedDatabase setup(clock);
    LocalService service(setup.database(), clock, setup.auditKey);
    const auto wrongPassword = service.login(InitialisedDatabase::username, QStringLiteral("niet het wachtwoord"));
    const auto unknownUser = service.login(QStringLiteral("niemand"), InitialisedDatabase::password);
    REQUIRE(wrongPassword.error().code == ErrorCode::AuthenticationFailed);
    REQUIRE(unknownUser.error().code == ErrorCode::AuthenticationFailed);
    REQUIRE(wrongPassword.error().message == unknownUser.error().message);
}

TEST_CASE("Deny by default: nothing is answered before login or after logout")
{
    FakeClock clock;
    InitialisedDatabase setup(clock);
    LocalService service(setup.database(), clock, setup.auditKey);
    REQUIRE(service.parties().error().code == ErrorCode::SessionEnded);
    REQUIRE(service.login(InitialisedDatabase::username, InitialisedDatabase::password).has_value());
    service.logout();
    REQUIRE(service.parties().error().code == ErrorCode::SessionEnded);
    REQUIRE_FALSE(service.login(InitialisedDatabase::username, QStringLiteral("fout")).has_value());
    REQUIRE(service.parties().error().code == ErrorCode::SessionEnded); // a failed login logs out
}

TEST_CASE("P 27.3: users of a party that has opgezegd no longer get in")
{
    FakeClock clock;
    InitialisedDatabase setup(clock);
    const User user = *UserRepository(setup.database()).byUsername(InitialisedDatabase::username);
    REQUIRE(PartyRepository(setup.database()).recordOpzegging(user.partyId, clock.today().addDays(1)).has_value());

    LocalService service(setup.database(), clock, setup.auditKey);
    REQUIRE(service.login(InitialisedDatabase::username, InitialisedDatabase::password).has_value());
    clock.advanceDays(1);
    REQUIRE(service.login(InitialisedDatabase::username, InitialisedDatabase::password).error().code
            == ErrorCode::AuthenticationFailed);
}
