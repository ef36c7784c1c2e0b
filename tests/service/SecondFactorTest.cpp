#include "ServiceWorld.h"

#include "security/Totp.h"
#include "storage/SettingsRepository.h"

#include <QUrlQuery>

using namespace casusregie;
using namespace casusregie::test;

namespace {

QByteArray secretOf(const QString &uri)
{
    const QString base32 = QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret"));
    // Decode base32 back to bytes, as an authenticator app would.
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32) {
        const int value = c.isDigit() ? c.digitValue() - 2 + 26 : c.toLatin1() - 'A';
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bytes += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return bytes;
}

struct ServerWorld {
    ServiceWorld world;
    QByteArray secret;

    ServerWorld()
    {
        // The database requires the factor; pr1 enrols its own on its phone (B6: beheer never sees it).
        REQUIRE(SettingsRepository(world.setup.database()).setValue(QStringLiteral("tweede_factor_vereist"), QStringLiteral("ja")).has_value());
        LocalService &pr = world.as(QStringLiteral("pr1"));
        auto uri = pr.beginSecondFactorEnrolment();
        REQUIRE(uri.has_value());
        REQUIRE(uri->startsWith(QStringLiteral("otpauth://totp/")));
        secret = secretOf(*uri);
        REQUIRE(secret.size() == Totp::secretBytes);
        REQUIRE(pr.confirmSecondFactorEnrolment(code()).has_value());
        world.clock.set(world.clock.now().addSecs(Totp::stepSeconds)); // the enrolment used this step's code
    }
    QString code(int stepOffset = 0) const { return Totp::codeFor(secret, Totp::stepAt(world.clock.now()) + stepOffset); }
    Result<User> login(const QString &password, const QString &totp)
    {
        LocalService service(world.setup.database(), world.clock, world.setup.auditKey, LocalService::SecondFactor::AlwaysRequired);
        return service.login(QStringLiteral("pr1"), password, totp);
    }
};

} // namespace

TEST_CASE("Second factor: required on a server, a wrong password and a wrong code get the same message")
{
    ServerWorld s;
    const auto wrongPassword = s.login(QStringLiteral("niet het wachtwoord"), s.code());
    s.world.clock.advanceDays(1); // past any throttling
    const auto wrongCode = s.login(ServiceWorld::password, QStringLiteral("000000") == s.code() ? QStringLiteral("111111") : QStringLiteral("000000"));
    REQUIRE(wrongPassword.error().code == ErrorCode::AuthenticationFailed);
    REQUIRE(wrongPassword.error().message == wrongCode.error().message);
    s.world.clock.advanceDays(1);
    REQUIRE(s.login(ServiceWorld::password, s.code()).has_value());

    // An account without an enrolled second factor gets in on a server only to enrol one.
    LocalService server(s.world.setup.database(), s.world.clock, s.world.setup.auditKey, LocalService::SecondFactor::AlwaysRequired);
    REQUIRE(server.secondFactorRequired());
    REQUIRE(server.login(QStringLiteral("pr2"), ServiceWorld::password).has_value());
    const auto refused = server.searchCases({QStringLiteral("2026-0001"), {}, {}});
    REQUIRE(refused.error().code == ErrorCode::AccessDenied);
    REQUIRE(refused.error().message.contains(QStringLiteral("tweede factor")));
    REQUIRE(server.beginSecondFactorEnrolment().has_value());
}

TEST_CASE("Second factor: a TOTP code is accepted once, a replay is refused")
{
    ServerWorld s;
    const QString code = s.code();
    REQUIRE(s.login(ServiceWorld::password, code).has_value());
    REQUIRE_FALSE(s.login(ServiceWorld::password, code).has_value());
    s.world.clock.set(s.world.clock.now().addSecs(Totp::stepSeconds));
    REQUIRE(s.login(ServiceWorld::password, s.code()).has_value());
}

TEST_CASE("Login throttling and lockout after repeated failures, lifted by functioneel beheer")
{
    ServerWorld s;
    for (int i = 0; i < LocalService::throttleAfterFailures; ++i)
        REQUIRE_FALSE(s.login(QStringLiteral("fout wachtwoord"), s.code()).has_value());
    // Throttled: even the right password and code are refused until the wait is over.
    REQUIRE_FALSE(s.login(ServiceWorld::password, s.code()).has_value());
    s.world.clock.set(s.world.clock.now().addSecs(Totp::stepSeconds));
    REQUIRE(s.login(ServiceWorld::password, s.code()).has_value()); // and a success resets the count

    for (int i = 0; i < LocalService::lockAfterFailures; ++i) {
        s.world.clock.set(s.world.clock.now().addSecs(120));
        REQUIRE_FALSE(s.login(QStringLiteral("fout wachtwoord"), s.code()).has_value());
    }
    s.world.clock.set(s.world.clock.now().addSecs(3600));
    REQUIRE_FALSE(s.login(ServiceWorld::password, s.code()).has_value()); // locked
    // Beheer lifts it with the admin tool on the server (the key file stands in for its second factor).
    LocalService adminTool(s.world.setup.database(), s.world.clock, s.world.setup.auditKey, LocalService::SecondFactor::HeldKeyFile);
    REQUIRE(adminTool.login(QStringLiteral("fb"), ServiceWorld::password).has_value());
    REQUIRE(adminTool.unlockUser(s.world.userId(QStringLiteral("pr1"))).has_value());
    s.world.clock.set(s.world.clock.now().addSecs(Totp::stepSeconds));
    REQUIRE(s.login(ServiceWorld::password, s.code()).has_value());
}

TEST_CASE("A disabled account's open session is refused at its next request")
{
    ServiceWorld world;
    LocalService &pr = world.as(QStringLiteral("pr2"));
    REQUIRE(pr.searchCases({QStringLiteral("2026-0001"), {}, {}}).has_value());
    REQUIRE(world.as(QStringLiteral("fb")).setUserActive(world.userId(QStringLiteral("pr2")), false).has_value());
    REQUIRE(pr.searchCases({QStringLiteral("2026-0001"), {}, {}}).error().code == ErrorCode::SessionEnded);
    REQUIRE(world.as(QStringLiteral("fb")).setUserActive(world.userId(QStringLiteral("fb")), false).error().code
            == ErrorCode::AccessDenied);
}
