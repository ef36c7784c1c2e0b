#pragma once

#include "domain/DataCategory.h"
#include "domain/Grondslag.h"
#include "domain/Phase.h"

#include <QDateTime>
#include <QString>

namespace casusregie {

// One item of personal data about a betrokkene, with the party that supplied it (its
// verwerkingsverantwoordelijke, P 2.1), the phase it was supplied for (P 3.5a) and its grondslag.
struct Gegeven {
    qint64 id = 0;
    qint64 casusId = 0;
    qint64 betrokkeneId = 0;
    DataCategory category = DataCategory::Personalia;
    QString content;
    qint64 supplierPartyId = 0;
    Phase phase = Phase::Aanmelding;
    Grondslag grondslag = Grondslag::Avg6_1e;
    bool beroepsgeheim = false; // under professional secrecy: disclosure needs consent (P 7.2)
    QString necessityReason;    // required for special categories (B3)
    qint64 enteredByUserId = 0;
    QDateTime enteredAt;
    QDateTime withdrawnAt; // withdrawn at a phase review: no longer shown, queued for destruction
    QString withdrawalReason;

    bool isWithdrawn() const { return withdrawnAt.isValid(); }
};

// The decision about one item when a casus moves to the next phase (P 3.5b).
struct GegevenReview {
    qint64 gegevenId = 0;
    bool keep = false;
    QString reason;
};

} // namespace casusregie
