#pragma once

#include "domain/EnumTraits.h"

#include <array>

namespace casusregie {

// The data categories of B3. Special categories (AVG 9/10) are listed by kind; categories III and
// IV have only their business fields.
enum class DataCategory {
    Personalia,
    Adres,
    Contact,
    Woonsituatie,
    Financieel,
    Relaties,
    ToezichtHandhaving,
    VerzoekenKlachten,
    Politiegegevens,
    Strafvorderlijk,
    Tenuitvoerlegging,
    SeksueelGedrag,
    Gezondheid,
    Medisch,
    PolitiekeOpvattingen,
    RasEtniciteit,
    Religie,
    Naam,
    Organisatie,
    Functie,
    ZakelijkContact,
    PeriodeBetrokkenheid,
};

template <>
struct EnumTraits<DataCategory> {
    static constexpr std::array entries{
        EnumEntry<DataCategory>{DataCategory::Personalia, "personalia", "Personalia"},
        EnumEntry<DataCategory>{DataCategory::Adres, "adres", "Adresgegevens"},
        EnumEntry<DataCategory>{DataCategory::Contact, "contact", "Contactgegevens"},
        EnumEntry<DataCategory>{DataCategory::Woonsituatie, "woonsituatie", "Woonsituatie"},
        EnumEntry<DataCategory>{DataCategory::Financieel, "financieel", "Financiële gegevens"},
        EnumEntry<DataCategory>{DataCategory::Relaties, "relaties", "Relaties met gezinsleden en directe contacten"},
        EnumEntry<DataCategory>{DataCategory::ToezichtHandhaving, "toezicht_handhaving", "Toezicht- en handhavingsgegevens"},
        EnumEntry<DataCategory>{DataCategory::VerzoekenKlachten, "verzoeken_klachten", "Verzoeken en klachten"},
        EnumEntry<DataCategory>{DataCategory::Politiegegevens, "politiegegevens", "Politiegegevens"},
        EnumEntry<DataCategory>{DataCategory::Strafvorderlijk, "strafvorderlijk", "Strafvorderlijke en justitiële gegevens"},
        EnumEntry<DataCategory>{DataCategory::Tenuitvoerlegging, "tenuitvoerlegging", "Tenuitvoerleggingsgegevens"},
        EnumEntry<DataCategory>{DataCategory::SeksueelGedrag, "seksueel_gedrag", "Seksueel gedrag of seksuele gerichtheid"},
        EnumEntry<DataCategory>{DataCategory::Gezondheid, "gezondheid", "Gezondheid"},
        EnumEntry<DataCategory>{DataCategory::Medisch, "medisch", "Medische gegevens"},
        EnumEntry<DataCategory>{DataCategory::PolitiekeOpvattingen, "politieke_opvattingen", "Politieke opvattingen"},
        EnumEntry<DataCategory>{DataCategory::RasEtniciteit, "ras_etniciteit", "Ras of etnische afkomst"},
        EnumEntry<DataCategory>{DataCategory::Religie, "religie", "Religieuze of levensbeschouwelijke overtuiging"},
        EnumEntry<DataCategory>{DataCategory::Naam, "naam", "Naam"},
        EnumEntry<DataCategory>{DataCategory::Organisatie, "organisatie", "Organisatie en typering"},
        EnumEntry<DataCategory>{DataCategory::Functie, "functie", "Functie"},
        EnumEntry<DataCategory>{DataCategory::ZakelijkContact, "zakelijk_contact", "Zakelijke contactgegevens"},
        EnumEntry<DataCategory>{DataCategory::PeriodeBetrokkenheid, "periode_betrokkenheid", "Start en einde betrokkenheid"},
    };
};

// AVG 9: special categories, collected only per case and with a recorded necessity (B3).
constexpr bool isSpecialCategory(DataCategory category)
{
    switch (category) {
    case DataCategory::SeksueelGedrag:
    case DataCategory::Gezondheid:
    case DataCategory::Medisch:
    case DataCategory::PolitiekeOpvattingen:
    case DataCategory::RasEtniciteit:
    case DataCategory::Religie:
        return true;
    default:
        return false;
    }
}

} // namespace casusregie
