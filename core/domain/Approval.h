#pragma once

#include "domain/Phase.h"
#include "domain/Verwerkingsdoel.h"

#include <QDate>
#include <QString>

namespace casusregie {

// The supplying party's approval that another party may see an item, for one purpose and
// phase (P 3.5c/d, 13.5, 13.6; C 13.2f, 17.2).
struct Approval {
    qint64 id = 0;
    qint64 gegevenId = 0;
    qint64 recipientPartyId = 0;
    Verwerkingsdoel purpose = Verwerkingsdoel::GezamenlijkBeeld; // one of the purposes of `phase` (B2)
    Phase phase = Phase::Casusoverleg;                            // the phase it was given in: it lapses with it
    QString approvedBy; // who at the supplying party approved
    QDate approvedOn;
    QString how;        // e.g. "per e-mail aan de procesregisseur"
    QDate withdrawnOn;
    qint64 recordedByUserId = 0;

    bool isActiveOn(QDate day) const { return approvedOn.isValid() && day >= approvedOn && (!withdrawnOn.isValid() || day < withdrawnOn); }
    // In force for a casus now in `current`: it lapses with the phase it was given in (P 3.5a/c).
    bool isInForce(Phase current, QDate day) const { return phase == current && isActiveOn(day); }
};

} // namespace casusregie
