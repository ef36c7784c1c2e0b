#pragma once

#include "domain/Role.h"
#include "rules/Operation.h"

#include <QList>
#include <QString>

#include <optional>

namespace casusregie {

// Who is asking. `personalDataCleared` sums up the preconditions for any personal data
// (access-policy.md): active account, geheimhoudingsverklaring and VOG/screening on record
// (P 13.1, 13.3), and a party that still takes part (P 27.3).
struct Subject {
    QList<Role> roles;
    bool personalDataCleared = false;
    // B6: the account still has a one-time password or must enrol its second factor first.
    bool accountSetupPending = false;
};

// How the subject stands to one casus.
struct CaseRelation {
    bool assignedProcesregisseur = false;
    bool appointedCasusregisseur = false;
    bool invitedParty = false;         // the subject's party is invited to an overleg of the casus
    bool informationRequested = false; // the procesregisseur asked the subject's party for information (triage)
    bool newAanmelding = false;        // an aanmelding no procesregisseur has ever taken on
    bool prAccessExpired = false;      // P 11.6: more than 6 months after afschaling, not reopened
    bool partnerAccessClosed = false;  // P 11.6, 11.8: the windows that close it to casusregisseur and partners
    bool reopenable = false;           // P 11.6: 6-24 months after afschaling, a new melding may reopen it
    bool pastDestruction = false;      // P 11.2-11.8: past its destruction date, gone for everyone
    bool readOnly = false;             // P 11.8: niet doorgeleid, kept only to justify that decision; P 11.6: read
                                       // again under a calamity evaluation
    qint64 calamiteitsevaluatieId = 0; // P 11.6: the evaluation under which the procesregisseur reads
};

// The relations through which a subject can come to open casussen, so that a list of them starts
// from these alone instead of from every casus; decide() still judges each candidate.
struct CaseRoutes {
    bool assignedProcesregisseur = false;
    bool appointedCasusregisseur = false;
    bool invitedParty = false;
    bool askedParty = false;
    bool newAanmelding = false;
    bool anyCase = false; // a grant needs no relation at all: every casus is a candidate
};

enum class Verdict {
    Allowed,
    Denied,     // the subject may know the casus exists, but not do this
    NotVisible, // the subject may not know the casus exists: answer as if it did not
};

// The need-to-know policy of access-policy.md as one table of grants; deny by default.
namespace AccessPolicy {

bool isCaseScoped(Operation operation);
bool isReadOnly(Operation operation);
// Operations that only read: besides their audit record they change nothing, so they can read on a
// snapshot of their own, alongside others, and write only that record in a short transaction.
bool onlyReads(Operation operation);
bool touchesPersonalData(Operation operation);
// Operations on one's own account (password, second factor), allowed to every logged-in account.
bool isOwnAccount(Operation operation);

// The routes through which `operation` can be allowed to a subject with these roles: every casus
// decide() allows is reached through one of them.
CaseRoutes routesGranting(Operation operation, const QList<Role> &roles);

// `relation` is required for case-scoped operations and ignored otherwise.
Verdict decide(Operation operation, const Subject &subject, const std::optional<CaseRelation> &relation);

// Why decide() refuses `operation` (Dutch, for the user), for a subject who may know of the casus:
// the first reason that holds, from the account to the relation the grant asks for.
QString denialReason(Operation operation, const Subject &subject, const std::optional<CaseRelation> &relation);

} // namespace AccessPolicy

} // namespace casusregie
