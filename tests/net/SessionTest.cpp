#include "TestSupport.h"

#include "net/SessionRegistry.h"
#include "security/Totp.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

using namespace casusregie;
using namespace casusregie::test;

namespace {

struct Sessions {
    FakeClock clock;
    InitialisedDatabase setup{clock};
    QByteArray secret = Totp::generateSecret();
    SessionRegistry registry{setup.database(), clock, setup.auditKey};
    qint64 userId = UserRepository(setup.database()).byUsername(InitialisedDatabase::username)->id;

    Sessions() { REQUIRE(UserRepository(setup.database()).setTotpSecret(userId, secret).has_value()); }
    QString open()
    {
        clock.set(clock.now().addSecs(Totp::stepSeconds)); // each login needs a fresh code
        auto opened = registry.open(InitialisedDatabase::username, InitialisedDatabase::password,
                                    Totp::codeFor(secret, Totp::stepAt(clock.now())));
        REQUIRE(opened.has_value());
        REQUIRE(opened->first.size() == 64); // 256 random bits, hex
        return opened->first;
    }
};

} // namespace

TEST_CASE("Sessions: idle after 15 minutes without a request")
{
    Sessions s;
    const QString token = s.open();
    s.clock.set(s.clock.now().addSecs(SessionRegistry::idleSeconds - 1));
    REQUIRE(s.registry.resume(token).has_value()); // and this touches it
    s.clock.set(s.clock.now().addSecs(SessionRegistry::idleSeconds));
    REQUIRE(s.registry.resume(token).has_value());
    s.clock.set(s.clock.now().addSecs(SessionRegistry::idleSeconds + 1));
    REQUIRE(s.registry.resume(token).error().code == ErrorCode::SessionEnded);
    REQUIRE(s.registry.count() == 0);
}

TEST_CASE("Sessions: at most 12 hours, however active")
{
    Sessions s;
    const QString token = s.open();
    for (int minutes = 10; minutes < 12 * 60; minutes += 10) {
        s.clock.set(s.clock.now().addSecs(600));
        REQUIRE(s.registry.resume(token).has_value());
    }
    s.clock.set(s.clock.now().addSecs(600)); // 12 hours exactly: the last moment
    REQUIRE(s.registry.resume(token).has_value());
    s.clock.set(s.clock.now().addSecs(1));
    REQUIRE_FALSE(s.registry.resume(token).has_value());
}

TEST_CASE("Sessions: revoked at logout and as soon as the account's roles change")
{
    Sessions s;
    const QString first = s.open();
    s.registry.close(first);
    REQUIRE_FALSE(s.registry.resume(first).has_value());

    const QString second = s.open();
    REQUIRE(s.registry.resume(second).has_value());
    REQUIRE(UserRepository(s.setup.database()).setRoles(s.userId, {Role::FunctioneelBeheer, Role::FgAuditor}).has_value());
    REQUIRE_FALSE(s.registry.resume(second).has_value());
    REQUIRE_FALSE(s.registry.resume(QStringLiteral("geraden-token")).has_value());
}
