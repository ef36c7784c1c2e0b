#include "net/CborSchema.h"
#include "net/Dispatcher.h"
#include "net/Protocol.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace casusregie;

TEST_CASE("Protocol: a request survives framing and decoding")
{
    const protocol::Request request{7, QStringLiteral("casus"), QStringLiteral("abc"), {{QStringLiteral("casusId"), 12}}};
    protocol::FrameReader reader;
    const QByteArray bytes = protocol::frame(protocol::encodeRequest(request));
    REQUIRE(reader.append(bytes.left(3)).has_value());
    REQUIRE_FALSE(reader.next().has_value()); // truncated: nothing yet
    REQUIRE(reader.append(bytes.mid(3)).has_value());
    const auto payload = reader.next();
    REQUIRE(payload.has_value());
    const auto decoded = protocol::decodeRequest(*payload);
    REQUIRE(decoded->id == 7);
    REQUIRE(decoded->op == QStringLiteral("casus"));
    REQUIRE(decoded->token == QStringLiteral("abc"));
    REQUIRE(decoded->args.value(QStringLiteral("casusId")).toInteger() == 12);
}

TEST_CASE("Protocol: an oversized or empty frame is refused before it is read")
{
    protocol::FrameReader reader;
    REQUIRE_FALSE(reader.append(QByteArray::fromHex("7fffffff")).has_value());
    protocol::FrameReader empty;
    REQUIRE_FALSE(empty.append(QByteArray::fromHex("00000000")).has_value());
}

TEST_CASE("Protocol: wrongly typed, too deep and unversioned messages are refused")
{
    const auto decode = [](const QCborValue &value) { return protocol::decodeRequest(value.toCbor()); };
    REQUIRE_FALSE(decode(QCborArray{1, 2}).has_value());
    REQUIRE_FALSE(decode(QCborMap{{QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("casus")}}).has_value()); // no v
    REQUIRE_FALSE(decode(QCborMap{{QStringLiteral("v"), 1}, {QStringLiteral("id"), 1}, {QStringLiteral("op"), 5}}).has_value());
    REQUIRE_FALSE(decode(QCborMap{{QStringLiteral("v"), 1}, {QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("op"), QStringLiteral("a")}})
                      .has_value());
    QCborValue deep = QCborMap{};
    for (int i = 0; i < protocol::maxNestingDepth + 2; ++i)
        deep = QCborMap{{QStringLiteral("x"), deep}};
    REQUIRE_FALSE(decode(QCborMap{{QStringLiteral("v"), 1}, {QStringLiteral("id"), 1}, {QStringLiteral("op"), QStringLiteral("a")},
                                  {QStringLiteral("args"), deep}})
                      .has_value());
    REQUIRE_FALSE(protocol::decodeRequest(QByteArray::fromHex("a3ff00")).has_value()); // not CBOR
}

TEST_CASE("CBOR codec: domain values round-trip, with Dutch names and dates")
{
    PhaseChange change{12, Phase::Triage, Phase::Casusoverleg, QStringLiteral("Naar overleg"), QStringLiteral("besluit 12-03-2026"),
                       {{5, true, QStringLiteral("nodig")}, {6, false, QStringLiteral("niet nodig")}}, 44};
    const PhaseChange back = cbor::decode<PhaseChange>(cbor::encode(change));
    REQUIRE(back.casusId == 12);
    REQUIRE(back.to == Phase::Casusoverleg);
    REQUIRE(back.reviews.size() == 2);
    REQUIRE_FALSE(back.reviews.at(1).keep);
    REQUIRE(back.newMeldingCasusId == 44);

    Betrokkene betrokkene{3, 12, BetrokkeneCategorie::II, QStringLiteral("Jeroen van 't Hoff"), QDate(1990, 5, 17), QStringLiteral("broer")};
    const Betrokkene copy = cbor::decode<Betrokkene>(cbor::encode(betrokkene));
    REQUIRE(copy.naam == betrokkene.naam);
    REQUIRE(copy.categorie == BetrokkeneCategorie::II);
    REQUIRE(copy.geboortedatum == betrokkene.geboortedatum);
}

TEST_CASE("CBOR codec: an unknown enum key is refused, never guessed")
{
    cbor::DecodeGuard guard;
    const QList<Role> roles = cbor::decode<QList<Role>>(QCborArray{QStringLiteral("procesregisseur"), QStringLiteral("keizer")});
    REQUIRE(guard.failed());
    REQUIRE(roles.size() == 2);
}

TEST_CASE("Dispatcher: unknown operations and malformed arguments are errors, not calls")
{
    REQUIRE(Dispatcher::operations().contains(QStringLiteral("changePhase")));
    REQUIRE(Dispatcher::operations().size() > 60);
}

TEST_CASE("Protocol: inputs the fuzzer found are refused without harm")
{
    // An indefinite map announcing a nested map of 1.6 billion entries; a version that is a huge double.
    for (const char *hex : {"bfba600000ff", "a3617601626964fb43ec0e2a4b3a1e0b626f70616d"})
        REQUIRE_FALSE(protocol::decodeRequest(QByteArray::fromHex(hex)).has_value());
    // Trailing bytes after the message are not ignored.
    const QByteArray valid = protocol::encodeRequest({1, QStringLiteral("casus"), {}, {}}).toCborValue().toCbor();
    REQUIRE(protocol::decodeRequest(valid).has_value());
    REQUIRE_FALSE(protocol::decodeRequest(valid + QByteArray::fromHex("00")).has_value());
}
