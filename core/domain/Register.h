#pragma once

#include "domain/EnumTraits.h"

#include <QDate>
#include <QString>

#include <array>

namespace casusregie {

// One processing activity in the register of P 24.3 (a-f).
struct Verwerking {
    qint64 id = 0;
    QString naam;
    QString verantwoordelijken;      // a
    QString doeleinden;              // b
    QString categorieenGegevens;     // c
    QString categorieenBetrokkenen;  // d
    QString ontvangers;              // e
    QString doorgifteDerdeLanden;    // f
};

// A processor agreement on the privacy officer's list, approved in writing by the hoofd and
// reviewed at least yearly (P 22.3).
struct Verwerker {
    qint64 id = 0;
    QString naam;
    QString dienst;
    QDate approvedByHoofdOn;
    QDate lastReviewedOn;

    QDate reviewDue() const { return (lastReviewedOn.isValid() ? lastReviewedOn : approvedByHoofdOn).addYears(1); }
};

enum class MembershipEvent { Toetreding, Opzegging, Uitsluiting };

template <>
struct EnumTraits<MembershipEvent> {
    static constexpr std::array entries{
        EnumEntry<MembershipEvent>{MembershipEvent::Toetreding, "toetreding", "Toetreding (C 21, P 28)"},
        EnumEntry<MembershipEvent>{MembershipEvent::Opzegging, "opzegging", "Opzegging (C 22.3, P 27.3)"},
        EnumEntry<MembershipEvent>{MembershipEvent::Uitsluiting, "uitsluiting", "Uitsluiting (C 24.2, P 29.2)"},
    };
};

struct MembershipChange {
    qint64 partyId = 0;
    MembershipEvent gebeurtenis = MembershipEvent::Toetreding;
    QDate datum;
    QString toelichting;
};

} // namespace casusregie
