#include "domain/Party.h"

#include <catch2/catch.hpp>

using namespace casusregie;

TEST_CASE("P 27.3: a party takes part from toetreding until opzegging")
{
    Membership membership;
    membership.toegetreden = QDate(2024, 1, 1);
    membership.opgezegd = QDate(2026, 7, 1);

    REQUIRE_FALSE(membership.isActiveOn(QDate(2023, 12, 31)));
    REQUIRE(membership.isActiveOn(QDate(2024, 1, 1)));
    REQUIRE(membership.isActiveOn(QDate(2026, 6, 30)));
    REQUIRE_FALSE(membership.isActiveOn(QDate(2026, 7, 1)));
    REQUIRE_FALSE(membership.isActiveOn(QDate(2026, 7, 2)));
}

TEST_CASE("P 29.2: an uitgesloten party no longer takes part from the day of uitsluiting")
{
    Membership membership;
    membership.toegetreden = QDate(2024, 1, 1);
    membership.uitgesloten = QDate(2025, 5, 20);

    REQUIRE(membership.isActiveOn(QDate(2025, 5, 19)));
    REQUIRE_FALSE(membership.isActiveOn(QDate(2025, 5, 20)));
}

TEST_CASE("A party without a toetreding date takes part nowhere")
{
    REQUIRE_FALSE(Membership{}.isActiveOn(QDate(2026, 1, 1)));
}
