#pragma once

#include "domain/EnumTraits.h"

#include <array>

namespace casusregie {

// The phases of a casus (C 1.7-1.10, B2). NietDoorgeleid is the triage outcome "not taken on".
enum class Phase { Aanmelding, Triage, Casusoverleg, Afschaling, Afgesloten, NietDoorgeleid };

template <>
struct EnumTraits<Phase> {
    static constexpr std::array entries{
        EnumEntry<Phase>{Phase::Aanmelding, "aanmelding", "Aanmelding"},
        EnumEntry<Phase>{Phase::Triage, "triage", "Triage"},
        EnumEntry<Phase>{Phase::Casusoverleg, "casusoverleg", "Casusoverleg"},
        EnumEntry<Phase>{Phase::Afschaling, "afschaling", "Afschaling"},
        EnumEntry<Phase>{Phase::Afgesloten, "afgesloten", "Afgesloten"},
        EnumEntry<Phase>{Phase::NietDoorgeleid, "niet_doorgeleid", "Niet doorgeleid"},
    };
};

} // namespace casusregie
