#pragma once

#include "documents/Document.h"
#include "domain/Betrokkene.h"
#include "domain/Casus.h"
#include "domain/Gegeven.h"
#include "domain/Overleg.h"
#include "domain/Party.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace casusregie {

// What one recipient party may see of a casus for one planned overleg, as the service gathered
// it (C 13.2f): only the items its suppliers approved for this party in this phase and that may
// be shared today, and the betrokkenen those are about.
struct CaseSummaryContent {
    QString copyNumber;
    Casus casus;
    Overleg overleg;
    Party recipient;
    QHash<qint64, QString> partyNames; // every party named in the summary
    QList<Betrokkene> betrokkenen;
    QList<Gegeven> gegevens;
    QList<OverlegBesluit> earlierBesluiten;
    QList<Afspraak> afspraken;
    QString madeBy; // the user who made the copy
    QDateTime madeAt;
};

// The summary as a document: header with the recipient, the confidentiality notice, the agenda,
// the items and the plan; the copy's number and "na afloop inleveren of vernietigen" on every page.
Document caseSummaryDocument(const CaseSummaryContent &content);

} // namespace casusregie
