#pragma once

#include "domain/EnumTraits.h"

#include <QDate>
#include <QString>

#include <array>

namespace casusregie {

// The grounds of P 16.6 for not informing a betrokkene (yet).
enum class UitstelGrond { VeiligheidStaat, Strafvorderlijk, EconomischBelang, Toezicht, BeschermingBetrokkeneOfAnderen };

template <>
struct EnumTraits<UitstelGrond> {
    static constexpr std::array entries{
        EnumEntry<UitstelGrond>{UitstelGrond::VeiligheidStaat, "p16_6_a", "P 16.6 a: veiligheid van de staat"},
        EnumEntry<UitstelGrond>{UitstelGrond::Strafvorderlijk, "p16_6_b", "P 16.6 b: voorkoming, opsporing en vervolging van strafbare feiten"},
        EnumEntry<UitstelGrond>{UitstelGrond::EconomischBelang, "p16_6_c", "P 16.6 c: gewichtige economische en financiële belangen"},
        EnumEntry<UitstelGrond>{UitstelGrond::Toezicht, "p16_6_d", "P 16.6 d: toezicht op de naleving"},
        EnumEntry<UitstelGrond>{UitstelGrond::BeschermingBetrokkeneOfAnderen, "p16_6_e",
                                "P 16.6 e: bescherming van de betrokkene of de rechten en vrijheden van anderen"},
    };
};

// Whether and how a betrokkene was informed that data is shared about them (P 16); when not,
// the ground, the motivation, the expected moment, the conditions and the review date (P 16.7).
struct Informatieplicht {
    qint64 id = 0;
    qint64 betrokkeneId = 0;
    bool informed = false;
    QDate informedOn;
    QString how;
    qint64 byPartyId = 0;
    UitstelGrond ground = UitstelGrond::BeschermingBetrokkeneOfAnderen;
    QString motivation;
    QDate expectedOn;
    QString conditions;
    QDate reviewOn;
};

} // namespace casusregie
