#pragma once

#include "common/Result.h"
#include "domain/BewaardeOmVerstrekking.h"
#include "domain/CasusCourse.h"
#include "domain/CasusStatus.h"
#include "domain/Party.h"
#include "domain/Register.h"
#include "domain/Retention.h"
#include "domain/SummaryCopy.h"
#include "documents/InzageOverzicht.h"
#include "domain/User.h"
#include "domain/Verstrekking.h"
#include "rules/AnnualFigures.h"
#include "service/Commands.h"
#include "storage/AuditLog.h"
#include "storage/PlanRepository.h"

#include <QList>

namespace casusregie {

// The one gate through which the client (and later the server) reaches the application: every
// command and query. Each call runs as the logged-in user, is checked against the access policy
// and audited in the same transaction as its change; a refused call changes nothing.
class Service {
public:
    virtual ~Service() = default;

    // Checks username and password. Whether the username exists, the account is inactive or the
    // password is wrong: the answer is the same, so it reveals nothing.
    virtual Result<User> login(const QString &username, const QString &password, const QString &totpCode = QString()) = 0;
    // Whether login asks for a TOTP code: always, except on a demo database for the embedded mode.
    virtual bool secondFactorRequired() = 0;
    virtual void logout() = 0;

    virtual Result<QList<Party>> parties() = 0;

    // Aanmelding, search and the casus itself.
    virtual Result<CasusOverview> submitAanmelding(const NewAanmelding &aanmelding) = 0;
    virtual Result<QList<CasusOverview>> ownPartyAanmeldingen() = 0;
    // One of those, read-only: what the organisation submitted, when, and its status. Another
    // party's aanmelding answers as if it did not exist.
    virtual Result<OwnAanmelding> ownAanmelding(qint64 casusId) = 0;
    virtual Result<QList<CasusOverview>> searchCases(const CaseSearch &search) = 0;
    // The casussen the user works on: as procesregisseur (assigned, or new aanmeldingen to take
    // on), as appointed casusregisseur, or for a party invited to an overleg. Numbers and phases only.
    virtual Result<QList<CasusOverview>> worklist() = 0;
    // The same list a page at a time: what one page costs does not grow with the database.
    virtual Result<CasusPage> worklistPage(const PageRequest &page) = 0;
    virtual Result<Casus> casus(qint64 casusId) = 0;
    virtual Status takeOnCase(qint64 casusId) = 0;
    virtual Status assignProcesregisseur(qint64 casusId, qint64 userId) = 0;
    virtual Status unassignProcesregisseur(qint64 casusId, qint64 userId) = 0;

    // Triage.
    virtual Status setGoalAndThemes(qint64 casusId, const QString &doel, const QList<Theme> &themes) = 0;
    virtual Status addInvolvedParty(qint64 casusId, qint64 partyId, const QString &role) = 0;
    virtual Result<qint64> recordBekendheidscheck(const Bekendheidscheck &check) = 0;
    // Triage: asks a party with a role in the casus for information about one betrokkene; that
    // party then sees this person and may bring in its own items about them.
    virtual Result<qint64> requestInformation(const Informatieverzoek &verzoek) = 0;
    virtual Status changePhase(const PhaseChange &change) = 0;

    // Betrokkenen and gegevens, with supplier control, consent and disclosures.
    virtual Result<qint64> addBetrokkene(const Betrokkene &betrokkene) = 0;
    virtual Result<QList<Betrokkene>> betrokkenen(qint64 casusId) = 0;
    virtual Result<qint64> addGegeven(const NewGegeven &gegeven) = 0;
    virtual Result<QList<Gegeven>> gegevens(qint64 casusId) = 0;
    virtual Result<QList<qint64>> recordApproval(qint64 casusId, const NewApproval &approval) = 0;
    virtual Status withdrawApproval(qint64 casusId, qint64 approvalId) = 0;
    virtual Result<qint64> recordConsent(qint64 casusId, const Consent &consent) = 0;
    virtual Status withdrawConsent(qint64 casusId, qint64 consentId) = 0;
    // The consents of a casus: all for its procesregisseur, a partner's own party's for others.
    virtual Result<QList<Consent>> consents(qint64 casusId) = 0;
    virtual Result<qint64> recordSecrecyOverride(qint64 casusId, const NewSecrecyOverride &override) = 0;
    virtual Result<qint64> recordVerstrekking(const Verstrekking &verstrekking) = 0;

    // Casusoverleg and plan van aanpak.
    virtual Result<qint64> planOverleg(const Overleg &overleg) = 0;
    virtual Status scheduleOverleg(qint64 casusId, qint64 overlegId, const QDateTime &datum, const QString &plaats) = 0;
    virtual Status recordOverlegOutcome(qint64 casusId, const OverlegOutcome &outcome) = 0;
    virtual Result<qint64> recordBesluit(qint64 casusId, const NewBesluit &besluit) = 0;
    virtual Status appointCasusregisseur(qint64 casusId, qint64 userId) = 0;
    virtual Status setAfschalingscriteria(qint64 casusId, const QString &criteria) = 0;
    virtual Result<qint64> addAfspraak(const Afspraak &afspraak) = 0;
    virtual Status updateAfspraakStatus(qint64 casusId, qint64 afspraakId, AfspraakStatus status, const QString &result) = 0;
    virtual Result<qint64> addMonitoringNote(qint64 casusId, const QString &note) = 0;
    virtual Result<QList<Afspraak>> afspraken(qint64 casusId) = 0;
    virtual Result<QList<Overleg>> overleggen(qint64 casusId) = 0;
    // The printed case summary for a planned overleg (C 13.2f, P 8.1): one numbered copy per
    // recipient party, each holding only what that party may see and recorded as a verstrekking
    // to it, all in one transaction. The assigned procesregisseur makes them for any invited
    // parties; an invited partner or the appointed casusregisseur for its own party only.
    virtual Result<QList<SummaryCopy>> makeSummaryCopies(qint64 casusId, qint64 overlegId,
                                                         const QList<qint64> &recipientPartyIds) = 0;
    // The copies made in this casus (number, party, by, when): all for the procesregisseur, a
    // partner's own party's for others.
    virtual Result<QList<SummaryCopyRecord>> summaryCopies(qint64 casusId) = 0;
    // What was recorded in the casus's course (phase history, triage, decisions, approvals,
    // verstrekkingen, informatieplicht): all for its procesregisseur, a partner's own share for others.
    virtual Result<CasusCourse> casusCourse(qint64 casusId) = 0;
    // Where the casus stands: phase and since when, who works on it, the next overleg, signals,
    // and what this user may do in it now (and why not). A partner gets its own party's share.
    virtual Result<CasusStatus> caseStatus(qint64 casusId) = 0;

    // Retention (P 11.3-11.5).
    virtual Result<qint64> recordRetentionExtension(const RetentionExtension &extension) = 0;
    // P 11.6: after 24 months, consultation for the evaluation of a calamity or incident.
    virtual Result<qint64> recordCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation) = 0;
    virtual Result<QList<Calamiteitsevaluatie>> calamiteitsevaluaties(qint64 casusId) = 0;
    // C 12.3: the year's figures, from anonymised data only (live casussen and destroyed ones).
    virtual Result<AnnualFigures> annualFigures(int year) = 0;

    // Rights of betrokkenen (P 16-21).
    virtual Result<qint64> registerVerzoek(const Verzoek &verzoek) = 0;
    virtual Result<QList<VerzoekStatus>> verzoeken() = 0;
    virtual Status verifyIdentity(qint64 verzoekId, QDate on, const QString &how) = 0;
    virtual Status decideVerzoek(qint64 verzoekId, VerzoekBesluit besluit, const QString &motivation) = 0;
    virtual Status markVerzoekSent(qint64 verzoekId, QDate sentOn) = 0;
    virtual Result<InzageOverzicht> inzageOverzicht(qint64 verzoekId) = 0;
    // What the hoofd reads before deciding: see VerzoekDossier.
    virtual Result<VerzoekDossier> verzoekDossier(qint64 verzoekId) = 0;
    virtual Status correctGegeven(qint64 verzoekId, qint64 gegevenId, const QString &content) = 0;
    virtual Status deleteGegeven(qint64 verzoekId, qint64 gegevenId) = 0;
    virtual Result<qint64> recordInformatieplicht(qint64 casusId, const Informatieplicht &record) = 0;
    virtual Result<QList<InformatieplichtReview>> informatieplichtReviewsDue() = 0;

    // Datalekken (P 14) and registers (P 22.3, 24.3; C 21-24).
    virtual Result<qint64> reportDatalek(const Datalek &datalek) = 0;
    virtual Status assessDatalek(const Datalek &datalek) = 0;
    virtual Status recordApNotification(qint64 datalekId, const QDateTime &at, const QString &reference) = 0;
    virtual Result<QList<DatalekStatus>> datalekken() = 0;
    virtual Result<QList<Verwerking>> verwerkingsregister() = 0;
    virtual Status saveVerwerking(const Verwerking &verwerking) = 0;
    virtual Result<QList<Verwerker>> verwerkers() = 0;
    virtual Result<qint64> addVerwerker(const Verwerker &verwerker) = 0;
    virtual Status approveVerwerker(qint64 verwerkerId) = 0; // by the hoofd (P 22.3)
    virtual Status markVerwerkerReviewed(qint64 verwerkerId, QDate on) = 0;
    virtual Result<qint64> addParty(const Party &party) = 0; // toetreding of a new party (C 21, P 28)
    virtual Status recordMembershipChange(const MembershipChange &change) = 0;
    virtual Result<QList<MembershipChange>> membershipHistory() = 0;

    // Audit and accounts.
    virtual Result<QList<AuditRecord>> auditTrail(qint64 casusId) = 0;
    // The audit log browser: a filtered page, newest first (see AuditQuery).
    virtual Result<AuditPage> auditLog(const AuditQuery &query) = 0;
    virtual Result<AuditChainReport> verifyAuditChain() = 0;
    // P 17.5: the kept records of OM verstrekkingen whose casus was destroyed earlier (FG, audit).
    virtual Result<QList<BewaardeOmVerstrekking>> bewaardeOmVerstrekkingen() = 0;
    // Functioneel beheer (B6): a new account and a reset password are for one login only; beheer
    // removes a second factor but never sees one; roles that open personal data wait for the hoofd
    // (the FG for a hoofd) to confirm them.
    virtual Result<qint64> addUser(const NewUser &user) = 0;
    virtual Status setUserRoles(qint64 userId, const QList<Role> &roles) = 0;
    virtual Status setUserActive(qint64 userId, bool active) = 0; // ends the account's open sessions
    virtual Status unlockUser(qint64 userId) = 0;                 // lifts a lockout after failed logins
    virtual Status resetPassword(qint64 userId, const QString &oneTimePassword) = 0;
    virtual Status resetSecondFactor(qint64 userId) = 0;
    virtual Result<QList<User>> users() = 0;
    virtual Result<QList<RoleGrant>> roleGrants() = 0;
    virtual Status decideRoleGrant(qint64 grantId, bool confirm) = 0;
    // The logged-in user's own account: choose a password, enrol a second factor (the
    // otpauth:// URI for the authenticator app, then the first code it shows).
    virtual Status changeOwnPassword(const QString &current, const QString &proposed) = 0;
    virtual Result<QString> beginSecondFactorEnrolment() = 0;
    virtual Status confirmSecondFactorEnrolment(const QString &code) = 0;
    // The client locked its window (idle, or on request): the same user's password opens it again.
    // A wrong password counts as a failed login; at the lockout limit the session ends.
    virtual Status unlockSession(const QString &password) = 0;
};

} // namespace casusregie
