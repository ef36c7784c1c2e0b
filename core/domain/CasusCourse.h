#pragma once

#include "domain/Approval.h"
#include "domain/Casus.h"
#include "domain/Consent.h"
#include "domain/Informatieplicht.h"
#include "domain/Overleg.h"
#include "domain/Retention.h"
#include "domain/Verstrekking.h"

#include <QList>
#include <QMap>
#include <QString>

namespace casusregie {

// A party with a role in the casus, as triage recorded it (C 13.2e).
struct InvolvedParty {
    qint64 partyId = 0;
    QString role;
};

// What was recorded in the course of a casus, so that its workspace can show every record again
// (issue 13). The service fills in only what the user may see: the assigned procesregisseur
// everything; a partner or casusregisseur the decisions of overleggen its party was invited to,
// the approvals of its own party's items, the verstrekkingen to or of its party and its own
// party's decisions to set professional secrecy aside.
struct CasusCourse {
    QList<PhaseTransition> phaseHistory;
    QList<InvolvedParty> involvedParties;
    QList<Bekendheidscheck> bekendheidschecks;
    QList<Informatieverzoek> informatieverzoeken;
    QList<OverlegBesluit> besluiten;
    QList<Approval> approvals;
    QList<Verstrekking> verstrekkingen;
    QList<Informatieplicht> informatieplicht;
    QList<SecrecyOverride> secrecyOverrides;       // P 7.2, bijvoegsel 4
    QList<MonitoringNote> monitoringNotes;         // C 9.4, after afschaling
    QList<RetentionExtension> retentionExtensions; // P 11.3-11.5
    QMap<qint64, QString> userNames; // who recorded what above: user id -> display name
};

} // namespace casusregie
