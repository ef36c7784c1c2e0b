#pragma once

#include "domain/EnumTraits.h"

#include <array>

namespace casusregie {

// Roles a user holds inside the ZVHRR (C 12-15, access-policy.md).
enum class Role {
    Procesregisseur,
    Casusregisseur,
    Partnerdeelnemer,
    Administratief,
    Hoofd,
    Privacyfunctionaris,
    FunctioneelBeheer,
    DataAnalist,
    FgAuditor,
};

template <>
struct EnumTraits<Role> {
    static constexpr std::array entries{
        EnumEntry<Role>{Role::Procesregisseur, "procesregisseur", "Procesregisseur"},
        EnumEntry<Role>{Role::Casusregisseur, "casusregisseur", "Casusregisseur"},
        EnumEntry<Role>{Role::Partnerdeelnemer, "partnerdeelnemer", "Partnerdeelnemer"},
        EnumEntry<Role>{Role::Administratief, "administratief", "Administratief ondersteuner"},
        EnumEntry<Role>{Role::Hoofd, "hoofd", "Hoofd ZVH"},
        EnumEntry<Role>{Role::Privacyfunctionaris, "privacyfunctionaris", "Privacyfunctionaris"},
        EnumEntry<Role>{Role::FunctioneelBeheer, "functioneel_beheer", "Functioneel beheer"},
        EnumEntry<Role>{Role::DataAnalist, "data_analist", "Data-analist"},
        EnumEntry<Role>{Role::FgAuditor, "fg_auditor", "FG / auditor"},
    };
};

} // namespace casusregie
