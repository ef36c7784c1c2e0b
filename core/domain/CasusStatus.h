#pragma once

#include "domain/Casus.h"
#include "rules/Operation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casusregie {

// Something the user might do in a casus, and why not when it may not be done now. The service
// decides from the access policy and the phase, so the client copies no rule (issue 13).
struct CaseAction {
    Operation operation = Operation::ViewCase;
    QString refusal; // empty: allowed now; else why not, in Dutch

    bool allowed() const { return refusal.isEmpty(); }
};

// A colleague the user may choose in a casus, by name and party.
struct Colleague {
    qint64 userId = 0;
    QString displayName;
    qint64 partyId = 0;
};

// The next overleg and what needs attention in a casus, for its header and the worklist. The
// service fills in what the user may know: a partner its own party's overleggen and agreements;
// the rest only for the procesregisseur.
struct CaseAttention {
    QDateTime nextOverlegAt;      // invalid: none planned
    QString nextOverlegPlaats;
    int openAfspraken = 0;        // open or running agreements (a partner: its own party's)
    int overdueAfspraken = 0;     // of those, past their due date
    QDate retentionDecisionBy;    // valid when the destruction date falls within the notice period
    int informatieplichtReviewsDue = 0;
    int secretItemsWithoutConsent = 0; // under professional secrecy or consent-based, not shareable now

    // How many signals there are: what the worklist counts.
    int signalCount() const
    {
        return (overdueAfspraken > 0 ? 1 : 0) + (retentionDecisionBy.isValid() ? 1 : 0) + (informatieplichtReviewsDue > 0 ? 1 : 0)
            + (secretItemsWithoutConsent > 0 ? 1 : 0);
    }
};

// Where a casus stands, for the header of its workspace: its phase and since when, who works on
// it, the next overleg, what needs attention, and what the user may do. The service fills in only
// what the user may know: a partner the overleggen its party is invited to and its own party's
// agreements; the hoofd no more than the number, phase and procesregisseurs.
struct CasusStatus {
    qint64 casusId = 0;
    CasusNumber number;
    Phase phase = Phase::Aanmelding;
    QDate phaseSince;
    QStringList procesregisseurs; // display names
    QString casusregisseur;       // display name, empty while none is appointed
    CaseAttention attention;
    QList<CaseAction> actions;
    // The valid choices of the actions allowed (empty otherwise): the parties an overleg may invite
    // (C 13.2e), the casusregisseurs that may be appointed (C 9.4a, 14), the procesregisseurs that
    // may be assigned, the agreements whose status may be updated (C 9.4c).
    QList<qint64> partiesWithARole;
    QList<Colleague> casusregisseurCandidates;
    QList<Colleague> procesregisseurCandidates;
    QList<qint64> updatableAfspraakIds; // the agreements whose status this user may update now

    const CaseAction *action(Operation operation) const
    {
        for (const CaseAction &candidate : actions) {
            if (candidate.operation == operation)
                return &candidate;
        }
        return nullptr;
    }
};

} // namespace casusregie
