#include "TestSupport.h"

#include "net/SessionRegistry.h"
#include "security/Totp.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <array>
#include <functional>

using namespace casusregie;
using namespace casusregie::test;

namespace {

struct Sessions {
    FakeClock clock;
    InitialisedDatabase setup{clock};
    QByteArray secret = Totp::generateSecret();
    SessionRegistry registry{setup.database(), clock, setup.auditKey};
    qint64 userId = UserRepository(setup.database()).byUsername(InitialisedDatabase::username)->id;
    static constexpr quint64 connection = 7;

    Sessions() { REQUIRE(UserRepository(setup.database()).setTotpSecret(userId, secret).has_value()); }
    QString open()
    {
        clock.set(clock.now().addSecs(Totp::stepSeconds)); // each login needs a fresh code
        auto opened = registry.open(InitialisedDatabase::username, InitialisedDatabase::password,
                                    Totp::codeFor(secret, Totp::stepAt(clock.now())), connection);
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
    REQUIRE(s.registry.resume(token, Sessions::connection).has_value()); // and this touches it
    s.clock.set(s.clock.now().addSecs(SessionRegistry::idleSeconds));
    REQUIRE(s.registry.resume(token, Sessions::connection).has_value());
    s.clock.set(s.clock.now().addSecs(SessionRegistry::idleSeconds + 1));
    REQUIRE(s.registry.resume(token, Sessions::connection).error().code == ErrorCode::SessionEnded);
    REQUIRE(s.registry.count() == 0);
}

TEST_CASE("Sessions: at most 12 hours, however active")
{
    Sessions s;
    const QString token = s.open();
    for (int minutes = 10; minutes < 12 * 60; minutes += 10) {
        s.clock.set(s.clock.now().addSecs(600));
        REQUIRE(s.registry.resume(token, Sessions::connection).has_value());
    }
    s.clock.set(s.clock.now().addSecs(600)); // 12 hours exactly: the last moment
    REQUIRE(s.registry.resume(token, Sessions::connection).has_value());
    s.clock.set(s.clock.now().addSecs(1));
    REQUIRE_FALSE(s.registry.resume(token, Sessions::connection).has_value());
}

TEST_CASE("Sessions: revoked at logout and as soon as the account's roles change")
{
    Sessions s;
    const QString first = s.open();
    s.registry.close(first, Sessions::connection);
    REQUIRE_FALSE(s.registry.resume(first, Sessions::connection).has_value());

    const QString second = s.open();
    REQUIRE(s.registry.resume(second, Sessions::connection).has_value());
    REQUIRE(UserRepository(s.setup.database()).setRoles(s.userId, {Role::FunctioneelBeheer, Role::FgAuditor}).has_value());
    REQUIRE_FALSE(s.registry.resume(second, Sessions::connection).has_value());
    REQUIRE_FALSE(s.registry.resume(QStringLiteral("geraden-token"), Sessions::connection).has_value());
}

TEST_CASE("Sessions: a token works only on the connection that logged in, and ends with it")
{
    Sessions s;
    const QString token = s.open();
    REQUIRE(s.registry.resume(token, Sessions::connection + 1).error().code == ErrorCode::SessionEnded);
    REQUIRE(s.registry.resume(token, Sessions::connection).has_value()); // the stranger's try did not end it
    s.registry.close(token, Sessions::connection + 1);                 // nor can a stranger log it out
    REQUIRE(s.registry.resume(token, Sessions::connection).has_value());
    s.registry.closeAllOf(Sessions::connection);
    REQUIRE(s.registry.resume(token, Sessions::connection).error().code == ErrorCode::SessionEnded);
}

TEST_CASE("Sessions: disabling and enabling again, a password reset or a second-factor reset end the session at once")
{
    Sessions s;
    UserRepository users(s.setup.database());
    const std::array<std::function<Status()>, 3> resets{
        [&] {
            auto off = users.setActive(s.userId, false);
            return off ? users.setActive(s.userId, true) : off;
        },
        [&] { return users.setPassword(s.userId, *users.passwordHash(s.userId), PasswordKind::OneTime); },
        [&] {
            auto removed = users.resetSecondFactor(s.userId);
            return removed ? users.setTotpSecret(s.userId, s.secret) : removed;
        },
    };
    for (const auto &reset : resets) {
        REQUIRE(users.setPassword(s.userId, *users.passwordHash(s.userId), PasswordKind::Own).has_value());
        const QString token = s.open();
        REQUIRE(s.registry.resume(token, Sessions::connection).has_value());
        REQUIRE(reset().has_value());
        REQUIRE(s.registry.resume(token, Sessions::connection).error().code == ErrorCode::SessionEnded);
    }
}
