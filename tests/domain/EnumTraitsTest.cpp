#include "domain/Casus.h"
#include "domain/PartyType.h"
#include "domain/Phase.h"
#include "domain/Role.h"
#include "domain/Theme.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace casusregie;

namespace {

template <typename E>
void requireStableKeysAndDutchLabels()
{
    QSet<QString> keys;
    for (const E value : allEnumValues<E>()) {
        const QString key = enumKey(value);
        INFO(key.toStdString());
        REQUIRE_FALSE(key.isEmpty());
        REQUIRE_FALSE(enumLabel(value).isEmpty());
        REQUIRE(enumFromKey<E>(key) == value);
        keys.insert(key);
    }
    REQUIRE(keys.size() == qsizetype(allEnumValues<E>().size()));
    REQUIRE_FALSE(enumFromKey<E>(QStringLiteral("bestaat-niet")).has_value());
}

} // namespace

TEST_CASE("Stored keys of every domain enum round-trip and are unique")
{
    requireStableKeysAndDutchLabels<Phase>();
    requireStableKeysAndDutchLabels<PartyType>();
    requireStableKeysAndDutchLabels<Role>();
    requireStableKeysAndDutchLabels<Theme>();
}

TEST_CASE("C 2.3: the themes are the six special tables plus overig")
{
    REQUIRE(allEnumValues<Theme>().size() == 7);
    REQUIRE(enumLabel(Theme::WijkrechtspraakZuid) == QStringLiteral("Wijkrechtspraak op Zuid"));
}

TEST_CASE("P 6.4 a-m: every party kind of the privacy protocol exists, plus overig")
{
    // a/b share the gemeente type; c..m are one type each; plus overig.
    REQUIRE(allEnumValues<PartyType>().size() == 13);
    REQUIRE(enumLabel(PartyType::Dji) == QStringLiteral("Dienst Justitiële Inrichtingen (P 6.4 k)"));
}

TEST_CASE("A casus number is the year and a four-digit sequence")
{
    REQUIRE(CasusNumber{2026, 1}.toString() == QStringLiteral("2026-0001"));
    REQUIRE(CasusNumber{2027, 1234}.toString() == QStringLiteral("2027-1234"));
    REQUIRE_FALSE(CasusNumber{}.isValid());
}
