#pragma once

#include "domain/PartyType.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casusregie {

// A contact person of a party (C 11). Only business details: B3 categories III/IV allow no more.
struct ContactPerson {
    qint64 id = 0;
    QString name;
    QString function;
    QString businessPhone;
    QString businessEmail;
};

// Membership of the covenant: toetreding (C 21), opzegging (C 22.3) and uitsluiting (C 24.2).
struct Membership {
    QDate toegetreden;      // the day Bijvoegsel I was signed
    QDate abBesluit;        // the Algemeen Bestuur's decision on the toetreding (C 21.4); null for the first signatories
    QString ondertekenaar;  // who signed Bijvoegsel I for the party: name and function
    QDate opgezegd;     // null while the party takes part
    QDate uitgesloten;  // null unless the party was excluded
    QString uitsluitingsreden;

    // After opzegging or uitsluiting a party gets no further access to personal data (P 27.3).
    bool isActiveOn(QDate day) const
    {
        if (!toegetreden.isValid() || day < toegetreden)
            return false;
        if (opgezegd.isValid() && day >= opgezegd)
            return false;
        if (uitgesloten.isValid() && day >= uitgesloten)
            return false;
        return true;
    }
};

struct Party {
    qint64 id = 0;
    QString name;
    QString shortName;
    PartyType type = PartyType::Overig;
    Membership membership;
};

} // namespace casusregie
