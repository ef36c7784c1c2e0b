#include "rules/LegalDeadlines.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace casusregie;

TEST_CASE("AVG 12.3: an inzage request is answered within one month, moved past a weekend")
{
    // Received Thursday 30 April 2026: one month later is Saturday 30 May 2026 -> Monday 1 June.
    REQUIRE(LegalDeadlines::verzoekDeadline(VerzoekType::Inzage, QDate(2026, 4, 30)) == QDate(2026, 6, 1));
    // Received Tuesday 10 March 2026: Friday 10 April 2026 is a working day (Goede Vrijdag is not in the Termijnenwet).
    REQUIRE(LegalDeadlines::verzoekDeadline(VerzoekType::Inzage, QDate(2026, 3, 10)) == QDate(2026, 4, 10));
}

TEST_CASE("P 19.4, 20.4: correctie, verwijdering and verzet within 4 weeks, past weekends and holidays")
{
    // 4 weeks after Wednesday 4 March 2026 is Wednesday 1 April: a working day.
    REQUIRE(LegalDeadlines::verzoekDeadline(VerzoekType::Correctie, QDate(2026, 3, 4)) == QDate(2026, 4, 1));
    // 4 weeks after Monday 9 March 2026 is Monday 6 April 2026, tweede paasdag -> Tuesday 7 April.
    REQUIRE(LegalDeadlines::verzoekDeadline(VerzoekType::Verwijdering, QDate(2026, 3, 9)) == QDate(2026, 4, 7));
    // 4 weeks after Monday 30 November 2026 is Monday 28 December: a working day after Christmas.
    REQUIRE(LegalDeadlines::verzoekDeadline(VerzoekType::Verzet, QDate(2026, 11, 30)) == QDate(2026, 12, 28));
    // 4 weeks after Friday 27 November 2026 is Friday 25 December -> Monday 28 December.
    REQUIRE(LegalDeadlines::verzoekDeadline(VerzoekType::Beperking, QDate(2026, 11, 27)) == QDate(2026, 12, 28));
}

TEST_CASE("Algemene termijnenwet: the public holidays, Koningsdag and 5 mei")
{
    REQUIRE(LegalDeadlines::isPublicHoliday(QDate(2026, 4, 6)));   // tweede paasdag
    REQUIRE(LegalDeadlines::isPublicHoliday(QDate(2026, 5, 14)));  // Hemelvaartsdag
    REQUIRE(LegalDeadlines::isPublicHoliday(QDate(2026, 5, 25)));  // tweede pinksterdag
    REQUIRE(LegalDeadlines::isPublicHoliday(QDate(2026, 4, 27)));  // Koningsdag
    REQUIRE(LegalDeadlines::isPublicHoliday(QDate(2025, 4, 26)));  // Koningsdag on Saturday when 27 April is a Sunday
    REQUIRE(LegalDeadlines::isPublicHoliday(QDate(2026, 5, 5)));
    REQUIRE_FALSE(LegalDeadlines::isPublicHoliday(QDate(2026, 4, 3))); // Goede Vrijdag
    REQUIRE(LegalDeadlines::onOrNextWorkingDay(QDate(2026, 5, 14)) == QDate(2026, 5, 15));
}

TEST_CASE("P 14.3, 14.8: the privacy officer within 24 hours, the Autoriteit Persoonsgegevens within 72 hours")
{
    const QDateTime discovered(QDate(2026, 3, 13), QTime(16, 30), QTimeZone::utc()); // a Friday afternoon
    REQUIRE(LegalDeadlines::privacyOfficerDue(discovered) == QDateTime(QDate(2026, 3, 14), QTime(16, 30), QTimeZone::utc()));
    REQUIRE(LegalDeadlines::autoriteitDue(discovered) == QDateTime(QDate(2026, 3, 16), QTime(16, 30), QTimeZone::utc()));
}
