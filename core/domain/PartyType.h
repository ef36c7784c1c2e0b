#pragma once

#include "domain/EnumTraits.h"

#include <array>

namespace casusregie {

// The kind of party, which fixes its legal basis for bringing in and receiving data (P 6.4 a-m).
// A municipality acts both as burgemeester (a) and as college (b), so one type covers both.
enum class PartyType {
    Gemeente,
    OpenbaarMinisterie,
    Politie,
    RaadVoorDeKinderbescherming,
    VeiligThuis,
    Reclassering,
    GecertificeerdeInstelling,
    Ggz,
    Ggd,
    Dji,
    Slachtofferhulp,
    Zorgaanbieder,
    Overig,
};

template <>
struct EnumTraits<PartyType> {
    static constexpr std::array entries{
        EnumEntry<PartyType>{PartyType::Gemeente, "gemeente", "Gemeente (burgemeester en college, P 6.4 a/b)"},
        EnumEntry<PartyType>{PartyType::OpenbaarMinisterie, "om", "Openbaar Ministerie (P 6.4 c)"},
        EnumEntry<PartyType>{PartyType::Politie, "politie", "Politie (P 6.4 d)"},
        EnumEntry<PartyType>{PartyType::RaadVoorDeKinderbescherming, "rvdk", "Raad voor de Kinderbescherming (P 6.4 e)"},
        EnumEntry<PartyType>{PartyType::VeiligThuis, "veilig_thuis", "Veilig Thuis (P 6.4 f)"},
        EnumEntry<PartyType>{PartyType::Reclassering, "reclassering", "Reclasseringsinstelling (P 6.4 g)"},
        EnumEntry<PartyType>{PartyType::GecertificeerdeInstelling, "gecertificeerde_instelling", "Gecertificeerde instelling (P 6.4 h)"},
        EnumEntry<PartyType>{PartyType::Ggz, "ggz", "GGZ-instelling (P 6.4 i)"},
        EnumEntry<PartyType>{PartyType::Ggd, "ggd", "GGD (P 6.4 j)"},
        EnumEntry<PartyType>{PartyType::Dji, "dji", "Dienst Justitiële Inrichtingen (P 6.4 k)"},
        EnumEntry<PartyType>{PartyType::Slachtofferhulp, "slachtofferhulp", "Slachtofferhulp Nederland (P 6.4 l)"},
        EnumEntry<PartyType>{PartyType::Zorgaanbieder, "zorgaanbieder", "Zorg- of jeugdhulpaanbieder (P 6.4 m)"},
        EnumEntry<PartyType>{PartyType::Overig, "overig", "Overig"},
    };
};

} // namespace casusregie
