#pragma once

#include "domain/EnumTraits.h"

#include <array>

namespace casusregie {

// The legal basis on which a party brings data in (P 5, 6.4).
enum class Grondslag { Avg6_1e, Wpg20, Wjsg8a, Wjsg39f, Wjsg51c, Consent };

template <>
struct EnumTraits<Grondslag> {
    static constexpr std::array entries{
        EnumEntry<Grondslag>{Grondslag::Avg6_1e, "avg_6_1_e", "AVG art. 6 lid 1 sub e (taak van algemeen belang)"},
        EnumEntry<Grondslag>{Grondslag::Wpg20, "wpg_20", "Art. 20 Wet politiegegevens"},
        EnumEntry<Grondslag>{Grondslag::Wjsg8a, "wjsg_8a", "Art. 8a Wjsg (justitiële gegevens)"},
        EnumEntry<Grondslag>{Grondslag::Wjsg39f, "wjsg_39f", "Art. 39f Wjsg (strafvorderlijke gegevens)"},
        EnumEntry<Grondslag>{Grondslag::Wjsg51c, "wjsg_51c", "Art. 51c Wjsg (tenuitvoerleggingsgegevens)"},
        EnumEntry<Grondslag>{Grondslag::Consent, "toestemming", "Uitdrukkelijke toestemming van de betrokkene"},
    };
};

} // namespace casusregie
