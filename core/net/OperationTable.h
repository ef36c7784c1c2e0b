#pragma once

#include "rules/Operation.h"
#include "service/Service.h"

#include <QStringList>

namespace casusregie {

// Every operation the server offers, once: its name on the wire (the Service member's name), the
// access-policy operation the service checks and audits it under, the result, and the parameters.
// The dispatcher, RemoteService and docs/protocol.md are made from this list, and the compiler
// holds it to Service: a result or parameter that differs is an `override` that overrides nothing,
// a missing operation leaves RemoteService abstract. Login and logout belong to the session and are
// handled by the server itself. Adding an operation: docs/protocol.md, "Een operatie toevoegen".
//
// OP(name, access-policy operation, result, (parameters), (the parameters' names, in order))
#define CASUSREGIE_SERVICE_OPERATIONS(OP) \
    OP(parties, ViewParties, Result<QList<Party>>, (), ()) \
    OP(submitAanmelding, SubmitAanmelding, Result<CasusOverview>, (const NewAanmelding &aanmelding), (aanmelding)) \
    OP(ownPartyAanmeldingen, ListOwnPartyAanmeldingen, Result<QList<CasusOverview>>, (), ()) \
    OP(ownAanmelding, ListOwnPartyAanmeldingen, Result<OwnAanmelding>, (qint64 casusId), (casusId)) \
    OP(searchCases, SearchCases, Result<QList<CasusOverview>>, (const CaseSearch &search), (search)) \
    OP(worklist, ViewWorklist, Result<QList<CasusOverview>>, (), ()) \
    OP(worklistPage, ViewWorklist, Result<CasusPage>, (const PageRequest &page), (page)) \
    OP(casus, ViewCase, Result<Casus>, (qint64 casusId), (casusId)) \
    OP(takeOnCase, TakeOnCase, Status, (qint64 casusId), (casusId)) \
    OP(assignProcesregisseur, AssignProcesregisseur, Status, (qint64 casusId, qint64 userId), (casusId, userId)) \
    OP(unassignProcesregisseur, UnassignProcesregisseur, Status, (qint64 casusId, qint64 userId), (casusId, userId)) \
    OP(setGoalAndThemes, SetGoalAndThemes, Status, \
       (qint64 casusId, const QString &doel, const QList<Theme> &themes), \
       (casusId, doel, themes)) \
    OP(addInvolvedParty, AddInvolvedParty, Status, \
       (qint64 casusId, qint64 partyId, const QString &role), \
       (casusId, partyId, role)) \
    OP(recordBekendheidscheck, RecordBekendheidscheck, Result<qint64>, (const Bekendheidscheck &check), (check)) \
    OP(requestInformation, RequestInformation, Result<qint64>, (const Informatieverzoek &verzoek), (verzoek)) \
    OP(changePhase, TransitionPhase, Status, (const PhaseChange &change), (change)) \
    OP(addBetrokkene, AddBetrokkene, Result<qint64>, (const Betrokkene &betrokkene), (betrokkene)) \
    OP(betrokkenen, ViewBetrokkenen, Result<QList<Betrokkene>>, (qint64 casusId), (casusId)) \
    OP(addGegeven, AddGegeven, Result<qint64>, (const NewGegeven &gegeven), (gegeven)) \
    OP(gegevens, ViewGegevens, Result<QList<Gegeven>>, (qint64 casusId), (casusId)) \
    OP(recordApproval, RecordApproval, Result<QList<qint64>>, \
       (qint64 casusId, const NewApproval &approval), \
       (casusId, approval)) \
    OP(withdrawApproval, WithdrawApproval, Status, (qint64 casusId, qint64 approvalId), (casusId, approvalId)) \
    OP(recordConsent, RecordConsent, Result<qint64>, (qint64 casusId, const Consent &consent), (casusId, consent)) \
    OP(withdrawConsent, WithdrawConsent, Status, (qint64 casusId, qint64 consentId), (casusId, consentId)) \
    OP(consents, ViewConsents, Result<QList<Consent>>, (qint64 casusId), (casusId)) \
    OP(recordSecrecyOverride, RecordSecrecyOverride, Result<qint64>, \
       (qint64 casusId, const NewSecrecyOverride &override), \
       (casusId, override)) \
    OP(recordVerstrekking, RecordVerstrekking, Result<qint64>, (const Verstrekking &verstrekking), (verstrekking)) \
    OP(planOverleg, PlanOverleg, Result<qint64>, (const Overleg &overleg), (overleg)) \
    OP(scheduleOverleg, ScheduleOverleg, Status, \
       (qint64 casusId, qint64 overlegId, const QDateTime &datum, const QString &plaats), \
       (casusId, overlegId, datum, plaats)) \
    OP(recordOverlegOutcome, RecordOverlegOutcome, Status, \
       (qint64 casusId, const OverlegOutcome &outcome), \
       (casusId, outcome)) \
    OP(recordBesluit, RecordOverlegDecision, Result<qint64>, \
       (qint64 casusId, const NewBesluit &besluit), \
       (casusId, besluit)) \
    OP(appointCasusregisseur, AppointCasusregisseur, Status, (qint64 casusId, qint64 userId), (casusId, userId)) \
    OP(setAfschalingscriteria, SetAfschalingscriteria, Status, \
       (qint64 casusId, const QString &criteria), \
       (casusId, criteria)) \
    OP(addAfspraak, AddAfspraak, Result<qint64>, (const Afspraak &afspraak), (afspraak)) \
    OP(updateAfspraakStatus, UpdateAfspraakStatus, Status, \
       (qint64 casusId, qint64 afspraakId, AfspraakStatus status, const QString &result), \
       (casusId, afspraakId, status, result)) \
    OP(addMonitoringNote, AddMonitoringNote, Result<qint64>, (qint64 casusId, const QString &note), (casusId, note)) \
    OP(afspraken, ViewPlan, Result<QList<Afspraak>>, (qint64 casusId), (casusId)) \
    OP(overleggen, ViewOverleggen, Result<QList<Overleg>>, (qint64 casusId), (casusId)) \
    OP(makeSummaryCopies, MakeSummaryCopies, Result<QList<SummaryCopy>>, \
       (qint64 casusId, qint64 overlegId, const QList<qint64> &recipientPartyIds), \
       (casusId, overlegId, recipientPartyIds)) \
    OP(summaryCopies, ViewSummaryCopies, Result<QList<SummaryCopyRecord>>, (qint64 casusId), (casusId)) \
    OP(casusCourse, ViewCourse, Result<CasusCourse>, (qint64 casusId), (casusId)) \
    OP(caseStatus, ViewCaseStatus, Result<CasusStatus>, (qint64 casusId), (casusId)) \
    OP(recordRetentionExtension, RecordRetentionExtension, Result<qint64>, \
       (const RetentionExtension &extension), \
       (extension)) \
    OP(recordCalamiteitsevaluatie, RecordCalamiteitsevaluatie, Result<qint64>, \
       (const Calamiteitsevaluatie &evaluation), \
       (evaluation)) \
    OP(calamiteitsevaluaties, ViewCalamiteitsevaluaties, Result<QList<Calamiteitsevaluatie>>, \
       (qint64 casusId), \
       (casusId)) \
    OP(annualFigures, ViewAnnualFigures, Result<AnnualFigures>, (int year), (year)) \
    OP(registerVerzoek, RegisterVerzoek, Result<qint64>, (const Verzoek &verzoek), (verzoek)) \
    OP(verzoeken, ViewVerzoeken, Result<QList<VerzoekStatus>>, (), ()) \
    OP(verifyIdentity, VerifyVerzoekIdentity, Status, \
       (qint64 verzoekId, QDate on, const QString &how), \
       (verzoekId, on, how)) \
    OP(decideVerzoek, DecideVerzoek, Status, \
       (qint64 verzoekId, VerzoekBesluit besluit, const QString &motivation), \
       (verzoekId, besluit, motivation)) \
    OP(markVerzoekSent, SendVerzoekAnswer, Status, (qint64 verzoekId, QDate sentOn), (verzoekId, sentOn)) \
    OP(inzageOverzicht, ViewInzageOverzicht, Result<InzageOverzicht>, (qint64 verzoekId), (verzoekId)) \
    OP(verzoekDossier, ViewVerzoekDossier, Result<VerzoekDossier>, (qint64 verzoekId), (verzoekId)) \
    OP(correctGegeven, ExecuteVerzoek, Status, \
       (qint64 verzoekId, qint64 gegevenId, const QString &content), \
       (verzoekId, gegevenId, content)) \
    OP(deleteGegeven, ExecuteVerzoek, Status, (qint64 verzoekId, qint64 gegevenId), (verzoekId, gegevenId)) \
    OP(recordInformatieplicht, RecordInformatieplicht, Result<qint64>, \
       (qint64 casusId, const Informatieplicht &record), \
       (casusId, record)) \
    OP(informatieplichtReviewsDue, ViewInformatieplichtReviews, Result<QList<InformatieplichtReview>>, (), ()) \
    OP(reportDatalek, ReportDatalek, Result<qint64>, (const Datalek &datalek), (datalek)) \
    OP(assessDatalek, AssessDatalek, Status, (const Datalek &datalek), (datalek)) \
    OP(recordApNotification, RecordApNotification, Status, \
       (qint64 datalekId, const QDateTime &at, const QString &reference), \
       (datalekId, at, reference)) \
    OP(datalekken, ViewDatalekken, Result<QList<DatalekStatus>>, (), ()) \
    OP(verwerkingsregister, ViewRegisters, Result<QList<Verwerking>>, (), ()) \
    OP(saveVerwerking, MaintainRegisters, Status, (const Verwerking &verwerking), (verwerking)) \
    OP(verwerkers, ViewRegisters, Result<QList<Verwerker>>, (), ()) \
    OP(addVerwerker, MaintainRegisters, Result<qint64>, (const Verwerker &verwerker), (verwerker)) \
    OP(approveVerwerker, ApproveVerwerker, Status, (qint64 verwerkerId), (verwerkerId)) \
    OP(markVerwerkerReviewed, MaintainRegisters, Status, (qint64 verwerkerId, QDate on), (verwerkerId, on)) \
    OP(addParty, ManageMembership, Result<qint64>, (const Party &party), (party)) \
    OP(recordMembershipChange, ManageMembership, Status, (const MembershipChange &change), (change)) \
    OP(membershipHistory, ViewMembership, Result<QList<MembershipChange>>, (), ()) \
    OP(auditTrail, ViewAuditTrail, Result<QList<AuditRecord>>, (qint64 casusId), (casusId)) \
    OP(verifyAuditChain, VerifyAuditChain, Result<AuditChainReport>, (), ()) \
    OP(auditLog, ViewAuditLog, Result<AuditPage>, (const AuditQuery &query), (query)) \
    OP(bewaardeOmVerstrekkingen, ViewBewaardeOmVerstrekkingen, Result<QList<BewaardeOmVerstrekking>>, (), ()) \
    OP(addUser, ManageUsers, Result<qint64>, (const NewUser &user), (user)) \
    OP(setUserRoles, ManageUsers, Status, (qint64 userId, const QList<Role> &roles), (userId, roles)) \
    OP(setUserActive, ManageUsers, Status, (qint64 userId, bool active), (userId, active)) \
    OP(unlockUser, ManageUsers, Status, (qint64 userId), (userId)) \
    OP(resetPassword, ManageUsers, Status, (qint64 userId, const QString &oneTimePassword), (userId, oneTimePassword)) \
    OP(resetSecondFactor, ManageUsers, Status, (qint64 userId), (userId)) \
    OP(users, ViewUsers, Result<QList<User>>, (), ()) \
    OP(roleGrants, ViewRoleGrants, Result<QList<RoleGrant>>, (), ()) \
    OP(decideRoleGrant, DecideRoleGrant, Status, (qint64 grantId, bool confirm), (grantId, confirm)) \
    OP(changeOwnPassword, ChangeOwnPassword, Status, \
       (const QString &current, const QString &proposed), \
       (current, proposed)) \
    OP(beginSecondFactorEnrolment, EnrolOwnSecondFactor, Result<QString>, (), ()) \
    OP(confirmSecondFactorEnrolment, EnrolOwnSecondFactor, Status, (const QString &code), (code)) \
    OP(unlockSession, UnlockOwnSession, Status, (const QString &password), (password))

// What the table says about one operation, for the dispatcher, documentation and tests.
struct OperationDescription {
    QString name;
    Operation policy;
    QString result;              // the value type, "null" for a Status
    QStringList argumentNames;   // the keys of the request's `args` map, in parameter order
    QStringList argumentTypes;
};

namespace OperationTable {

QList<OperationDescription> descriptions();
// The names in a parameter list as the table writes it: "(qint64 casusId, const QString &doel)".
QStringList parameterNames(const char *parameters);
QStringList parameterTypes(const char *parameters);

} // namespace OperationTable

} // namespace casusregie
