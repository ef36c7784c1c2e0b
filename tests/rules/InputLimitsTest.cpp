#include "rules/InputLimits.h"

#include <catch2/catch.hpp>

using namespace casusregie;
using namespace casusregie::InputLimits;

TEST_CASE("Issue 9 point 21: a text up to its kind's maximum is accepted, one character more is refused with both numbers")
{
    for (const TextKind kind : {TextKind::Naam, TextKind::Kort, TextKind::Tekst, TextKind::Lang}) {
        const QString longest(maxLength(kind), QLatin1Char('a'));
        const QString tooLong = longest + QLatin1Char('a');
        REQUIRE(checkTexts({{"de naam", longest, kind}}).has_value());
        const auto refused = checkTexts({{"de naam", tooLong, kind}});
        REQUIRE_FALSE(refused.has_value());
        REQUIRE(refused.error().code == ErrorCode::InvalidArgument);
        REQUIRE(refused.error().message.startsWith(QStringLiteral("De naam is te lang")));
        REQUIRE(refused.error().message.contains(QString::number(maxLength(kind))));
        REQUIRE(refused.error().message.contains(QString::number(maxLength(kind) + 1)));
    }
    REQUIRE(maxLength(TextKind::Naam) < maxLength(TextKind::Kort));
    REQUIRE(maxLength(TextKind::Tekst) < maxLength(TextKind::Lang));
}

TEST_CASE("Issue 9 point 21: a name is one line, a text may have line breaks, neither holds other control characters")
{
    const QString twoLines = QStringLiteral("Jan\nJansen");
    REQUIRE_FALSE(checkTexts({{"de naam", twoLines, TextKind::Naam}}).has_value());
    REQUIRE_FALSE(checkTexts({{"de plaats", QStringLiteral("Zaal\t2"), TextKind::Kort}}).has_value());
    REQUIRE(checkTexts({{"het verslag", twoLines, TextKind::Lang}}).has_value());
    REQUIRE(checkTexts({{"het verslag", QStringLiteral("a\r\n\tb"), TextKind::Tekst}}).has_value());
    const QString bell = QStringLiteral("a") + QChar(0x07) + QStringLiteral("b");
    REQUIRE_FALSE(checkTexts({{"het verslag", bell, TextKind::Lang}}).has_value());
    REQUIRE(checkTexts({{"de naam", QStringLiteral("Ümit Çelik-van 't Hof"), TextKind::Naam}}).has_value());
}

TEST_CASE("Issue 9 point 21: a birth date lies between 1900 and today, other dates from 1900 on")
{
    const QDate today(2026, 12, 1);
    REQUIRE(checkBirthDate(today, today).has_value());
    REQUIRE(checkBirthDate(QDate(1900, 1, 1), today).has_value());
    REQUIRE(checkBirthDate(QDate(), today).has_value()); // unknown is allowed
    REQUIRE_FALSE(checkBirthDate(today.addDays(1), today).has_value());
    REQUIRE_FALSE(checkBirthDate(QDate(1899, 12, 31), today).has_value());
    REQUIRE(checkDate("de streefdatum", QDate(2030, 1, 1)).has_value());
    const auto old = checkDate("de streefdatum", QDate(1026, 1, 1));
    REQUIRE_FALSE(old.has_value());
    REQUIRE(old.error().message == QStringLiteral("De streefdatum ligt vóór 1900; controleer de invoer."));
}
