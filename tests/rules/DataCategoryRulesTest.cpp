#include "rules/DataCategoryRules.h"

#include <catch2/catch.hpp>

using namespace casusregie;

TEST_CASE("B3: categories III and IV hold only business fields, special categories only for I and II")
{
    for (const DataCategory category : allEnumValues<DataCategory>()) {
        INFO(enumKey(category).toStdString());
        const bool business = category == DataCategory::Naam || category == DataCategory::Organisatie
            || category == DataCategory::ZakelijkContact || category == DataCategory::Functie
            || category == DataCategory::PeriodeBetrokkenheid;
        if (!business) {
            REQUIRE_FALSE(DataCategoryRules::isAllowed(BetrokkeneCategorie::III, category));
            REQUIRE_FALSE(DataCategoryRules::isAllowed(BetrokkeneCategorie::IV, category));
        }
        if (isSpecialCategory(category)) {
            REQUIRE(DataCategoryRules::isAllowed(BetrokkeneCategorie::I, category));
            REQUIRE(DataCategoryRules::isAllowed(BetrokkeneCategorie::II, category));
        }
    }
    REQUIRE(DataCategoryRules::isAllowed(BetrokkeneCategorie::III, DataCategory::PeriodeBetrokkenheid));
    REQUIRE_FALSE(DataCategoryRules::isAllowed(BetrokkeneCategorie::IV, DataCategory::PeriodeBetrokkenheid));
    REQUIRE(DataCategoryRules::isAllowed(BetrokkeneCategorie::IV, DataCategory::Functie));
    REQUIRE_FALSE(DataCategoryRules::isAllowed(BetrokkeneCategorie::II, DataCategory::Tenuitvoerlegging));
    REQUIRE_FALSE(DataCategoryRules::isAllowed(BetrokkeneCategorie::II, DataCategory::Woonsituatie));
    REQUIRE(DataCategoryRules::isAllowed(BetrokkeneCategorie::II, DataCategory::VerzoekenKlachten));
}

TEST_CASE("P 8.1: police and OM disclosures need a justification of necessity, others do not")
{
    REQUIRE(DataCategoryRules::needsNecessityJustification(PartyType::Politie));
    REQUIRE(DataCategoryRules::needsNecessityJustification(PartyType::OpenbaarMinisterie));
    REQUIRE_FALSE(DataCategoryRules::needsNecessityJustification(PartyType::Ggz));
}
