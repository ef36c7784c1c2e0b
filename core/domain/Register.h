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

// A processor agreement on the privacy officer's list (P 22.3): put on it by the privacy officer,
// approved by the hoofd in the hoofd's own name, then reviewed at least yearly.
struct Verwerker {
    qint64 id = 0;
    QString naam;
    QString dienst;
    QDate approvedByHoofdOn; // null while it waits for the hoofd
    QDate lastReviewedOn;

    bool awaitsHoofd() const { return !approvedByHoofdOn.isValid(); }
    // Null while it waits for the hoofd: the yearly review starts with the approval.
    QDate reviewDue() const
    {
        if (awaitsHoofd())
            return QDate();
        return (lastReviewedOn.isValid() ? lastReviewedOn : approvedByHoofdOn).addYears(1);
    }
    bool reviewOverdueOn(QDate today) const { return !awaitsHoofd() && reviewDue() <= today; }
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
