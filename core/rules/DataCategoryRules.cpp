#include "rules/DataCategoryRules.h"

#include <algorithm>
#include <array>

namespace casusregie::DataCategoryRules {

namespace {

using C = DataCategory;

constexpr std::array categoryI{C::Personalia,         C::Adres,           C::Contact,       C::Woonsituatie,
                               C::Financieel,         C::Relaties,        C::ToezichtHandhaving, C::Politiegegevens,
                               C::Strafvorderlijk,    C::Tenuitvoerlegging};
constexpr std::array categoryII{C::Personalia,      C::Adres,           C::Contact, C::ToezichtHandhaving,
                                C::VerzoekenKlachten, C::Politiegegevens, C::Strafvorderlijk};
constexpr std::array categoryIII{C::Naam, C::Organisatie, C::ZakelijkContact, C::PeriodeBetrokkenheid};
constexpr std::array categoryIV{C::Naam, C::Organisatie, C::Functie, C::ZakelijkContact};

template <typename List>
bool listed(const List &list, DataCategory category)
{
    return std::find(list.begin(), list.end(), category) != list.end();
}


} // namespace

bool isAllowed(BetrokkeneCategorie betrokkene, DataCategory category)
{
    switch (betrokkene) {
    case BetrokkeneCategorie::I:
        return listed(categoryI, category) || isSpecialCategory(category);
    case BetrokkeneCategorie::II:
        return listed(categoryII, category) || isSpecialCategory(category);
    case BetrokkeneCategorie::III:
        return listed(categoryIII, category);
    case BetrokkeneCategorie::IV:
        return listed(categoryIV, category);
    }
    return false;
}

Status checkGegeven(BetrokkeneCategorie betrokkene, DataCategory category, const QString &necessityReason)
{
    if (!isAllowed(betrokkene, category))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Gegevens van de soort '%1' mogen niet worden vastgelegd voor "
                                                               "een betrokkene van %2 (bijvoegsel 3).")
                                                    .arg(enumLabel(category), enumLabel(betrokkene).section(QLatin1Char(':'), 0, 0).toLower()));
    if (isSpecialCategory(category) && necessityReason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een bijzonder persoonsgegeven vraagt een vastgelegde reden waarom het in deze casus "
                                   "noodzakelijk is (bijvoegsel 3)."));
    return {};
}

Status checkGrondslag(PartyType supplier, DataCategory category, Grondslag grondslag)
{
    const bool wjsg = grondslag == Grondslag::Wjsg8a || grondslag == Grondslag::Wjsg39f || grondslag == Grondslag::Wjsg51c;
    if (grondslag == Grondslag::Wpg20 && supplier != PartyType::Politie)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Artikel 20 Wpg is alleen de grondslag van de politie (P 6.4 d)."));
    if (wjsg && supplier != PartyType::OpenbaarMinisterie && supplier != PartyType::Dji)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("De Wjsg is alleen de grondslag van het Openbaar Ministerie en DJI (P 6.4 c, k)."));
    if (category == C::Politiegegevens && grondslag != Grondslag::Wpg20)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Politiegegevens worden verstrekt op grond van artikel 20 Wpg."));
    if ((category == C::Strafvorderlijk || category == C::Tenuitvoerlegging) && !wjsg)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Strafvorderlijke, justitiële en tenuitvoerleggingsgegevens worden verstrekt op grond van "
                                   "de Wjsg (artikelen 8a, 39f, 51c)."));
    if (supplier == PartyType::Slachtofferhulp && grondslag != Grondslag::Consent)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Slachtofferhulp deelt gegevens alleen met uitdrukkelijke toestemming van de betrokkene "
                                   "(P 6.4 l)."));
    return {};
}

bool needsNecessityJustification(PartyType supplier)
{
    return supplier == PartyType::Politie || supplier == PartyType::OpenbaarMinisterie;
}

} // namespace casusregie::DataCategoryRules
