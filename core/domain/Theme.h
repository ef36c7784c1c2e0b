#pragma once

#include "domain/EnumTraits.h"

#include <array>

namespace casusregie {

// The themes and special tables of C 2.3, plus 'overig' for the general casuïstiek.
enum class Theme {
    NazorgJeugd,
    NazorgExGedetineerden,
    HighImpactCrime,
    HuiselijkGeweld,
    Radicalisering,
    WijkrechtspraakZuid,
    Overig,
};

template <>
struct EnumTraits<Theme> {
    static constexpr std::array entries{
        EnumEntry<Theme>{Theme::NazorgJeugd, "nazorg_jeugd", "Nazorg Jeugd"},
        EnumEntry<Theme>{Theme::NazorgExGedetineerden, "nazorg_ex_gedetineerden", "Nazorg ex-gedetineerden"},
        EnumEntry<Theme>{Theme::HighImpactCrime, "high_impact_crime", "Aanpak High Impact Crime"},
        EnumEntry<Theme>{Theme::HuiselijkGeweld, "huiselijk_geweld", "Aanpak huiselijk geweld, stalking en kindermishandeling"},
        EnumEntry<Theme>{Theme::Radicalisering, "radicalisering", "Aanpak radicalisering"},
        EnumEntry<Theme>{Theme::WijkrechtspraakZuid, "wijkrechtspraak_zuid", "Wijkrechtspraak op Zuid"},
        EnumEntry<Theme>{Theme::Overig, "overig", "Overig"},
    };
};

} // namespace casusregie
