#include "security/Totp.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace casusregie;

TEST_CASE("RFC 6238: the SHA-1 test vectors of appendix B, to 6 digits")
{
    const QByteArray secret("12345678901234567890");
    const auto at = [](qint64 seconds) { return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()); };
    REQUIRE(Totp::codeFor(secret, Totp::stepAt(at(59))) == QStringLiteral("287082"));
    REQUIRE(Totp::codeFor(secret, Totp::stepAt(at(1111111109))) == QStringLiteral("081804"));
    REQUIRE(Totp::codeFor(secret, Totp::stepAt(at(1234567890))) == QStringLiteral("005924"));
    REQUIRE(Totp::codeFor(secret, Totp::stepAt(at(2000000000))) == QStringLiteral("279037"));
}

TEST_CASE("TOTP: one step of tolerance either side, and each code is accepted once")
{
    const QByteArray secret = Totp::generateSecret();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1773300000, QTimeZone::utc());
    const qint64 step = Totp::stepAt(now);
    REQUIRE(Totp::acceptedStep(secret, Totp::codeFor(secret, step - 1), now, 0) == step - 1);
    REQUIRE(Totp::acceptedStep(secret, Totp::codeFor(secret, step + 1), now, 0) == step + 1);
    REQUIRE_FALSE(Totp::acceptedStep(secret, Totp::codeFor(secret, step - 2), now, 0).has_value());
    REQUIRE_FALSE(Totp::acceptedStep(secret, Totp::codeFor(secret, step + 2), now, 0).has_value());
    // Replay: once a step was used, its code (and older ones) no longer count.
    REQUIRE_FALSE(Totp::acceptedStep(secret, Totp::codeFor(secret, step), now, step).has_value());
    REQUIRE_FALSE(Totp::acceptedStep(secret, QStringLiteral("12345"), now, 0).has_value());
}

TEST_CASE("TOTP: the provisioning URI carries the base32 secret for an authenticator app")
{
    REQUIRE(Totp::base32(QByteArray("12345678901234567890")) == QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    const QString uri = Totp::provisioningUri(QByteArray("12345678901234567890"), QStringLiteral("pr.devries"));
    REQUIRE(uri.startsWith(QStringLiteral("otpauth://totp/Casusregie:pr.devries?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")));
    REQUIRE(uri.contains(QStringLiteral("period=30")));
}
