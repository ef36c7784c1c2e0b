#pragma once

#include "domain/EnumTraits.h"
#include "domain/Phase.h"

#include <array>

namespace casusregie {

// The purposes of processing per phase (P 3.3, bijvoegsel 2). A supplier approves an item for one
// of the purposes of the phase the casus is in (P 3.5a/c), never for a purpose of its own wording.
enum class Verwerkingsdoel {
    ToetsenCriteria,
    Bekendheidscheck,
    EersteBeeld,
    RoutingEnDoel,
    VoorbereidingCasusoverleg,
    GezamenlijkBeeld,
    PlanVanAanpak,
    Monitoren,
    VerdereVerstrekking,
    Afbouwen,
    Opschalen,
    VerstrekkingAfschaling,
};

template <>
struct EnumTraits<Verwerkingsdoel> {
    static constexpr std::array entries{
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::ToetsenCriteria, "toetsen_criteria",
                                   "Toetsen of de casus voldoet aan de criteria van het ZVH"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::Bekendheidscheck, "bekendheidscheck", "Bekendheidscheck bij andere ZVH's"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::EersteBeeld, "eerste_beeld", "Eerste beeld en verrijken van de intake"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::RoutingEnDoel, "routing_en_doel",
                                   "Routing, doel en thema's van een casusoverleg, te betrekken partners"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::VoorbereidingCasusoverleg, "voorbereiding_casusoverleg",
                                   "Voorbereiding van het casusoverleg"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::GezamenlijkBeeld, "gezamenlijk_beeld", "Gezamenlijk toestandsbeeld"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::PlanVanAanpak, "plan_van_aanpak", "Integraal plan van aanpak opstellen"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::Monitoren, "monitoren", "Uitvoering en resultaten van het plan monitoren"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::VerdereVerstrekking, "verdere_verstrekking",
                                   "Bepalen of verdere verstrekking aan andere samenwerkingsverbanden nodig is"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::Afbouwen, "afbouwen", "Besluiten tot afbouwen van de betrokkenheid"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::Opschalen, "opschalen", "Besluiten tot opschaling"},
        EnumEntry<Verwerkingsdoel>{Verwerkingsdoel::VerstrekkingAfschaling, "verstrekking_afschaling",
                                   "Verstrekking bij afschaling, bijvoorbeeld aan de casusregisseur"},
    };
};

// The phase whose purpose this is (bijvoegsel 2).
constexpr Phase phaseOf(Verwerkingsdoel doel)
{
    switch (doel) {
    case Verwerkingsdoel::ToetsenCriteria:
        return Phase::Aanmelding;
    case Verwerkingsdoel::Bekendheidscheck:
    case Verwerkingsdoel::EersteBeeld:
    case Verwerkingsdoel::RoutingEnDoel:
    case Verwerkingsdoel::VoorbereidingCasusoverleg:
        return Phase::Triage;
    case Verwerkingsdoel::GezamenlijkBeeld:
    case Verwerkingsdoel::PlanVanAanpak:
    case Verwerkingsdoel::Monitoren:
    case Verwerkingsdoel::VerdereVerstrekking:
    case Verwerkingsdoel::Afbouwen:
    case Verwerkingsdoel::Opschalen:
        return Phase::Casusoverleg;
    case Verwerkingsdoel::VerstrekkingAfschaling:
        return Phase::Afschaling;
    }
    return Phase::Aanmelding;
}

} // namespace casusregie
