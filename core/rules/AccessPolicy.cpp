#include "rules/AccessPolicy.h"

#include <algorithm>
#include <array>

namespace casusregie::AccessPolicy {

namespace {

// What a grant asks of the subject's relation to the casus.
enum class Needs {
    NoCase,                  // an operation outside any casus
    AssignedProcesregisseur, // procesregisseur assigned to this casus
    AppointedCasusregisseur, // casusregisseur appointed in this casus
    InvitedParty,            // the subject's party is invited to an overleg of this casus
    AskedParty,              // the procesregisseur asked the subject's party for information in this casus
    NewAanmelding,           // a new aanmelding nobody has ever taken on
    ReopeningProcesregisseur, // P 11.6: the assigned procesregisseur, 6-24 months after afschaling
    AnyCase,                 // the role alone suffices, for any casus
};

struct Grant {
    Operation operation;
    Role role;
    Needs needs;
};

using O = Operation;
using R = Role;
using N = Needs;

// access-policy.md, row by row. Anything not listed is refused.
constexpr std::array grants{
    // The covenant's parties are public reference data; their contact persons are not part of this.
    Grant{O::ViewParties, R::Procesregisseur, N::NoCase},
    Grant{O::ViewParties, R::Casusregisseur, N::NoCase},
    Grant{O::ViewParties, R::Partnerdeelnemer, N::NoCase},
    Grant{O::ViewParties, R::Administratief, N::NoCase},
    Grant{O::ViewParties, R::Hoofd, N::NoCase},
    Grant{O::ViewParties, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewParties, R::FunctioneelBeheer, N::NoCase},
    Grant{O::ViewParties, R::DataAnalist, N::NoCase},
    Grant{O::ViewParties, R::FgAuditor, N::NoCase},
    Grant{O::SubmitAanmelding, R::Procesregisseur, N::NoCase},
    Grant{O::SubmitAanmelding, R::Casusregisseur, N::NoCase},
    Grant{O::SubmitAanmelding, R::Partnerdeelnemer, N::NoCase},
    Grant{O::ListOwnPartyAanmeldingen, R::Casusregisseur, N::NoCase},
    Grant{O::ListOwnPartyAanmeldingen, R::Partnerdeelnemer, N::NoCase},
    Grant{O::ViewWorklist, R::Procesregisseur, N::NoCase},
    Grant{O::ViewWorklist, R::Casusregisseur, N::NoCase},
    Grant{O::ViewWorklist, R::Partnerdeelnemer, N::NoCase},
    Grant{O::SearchCases, R::Procesregisseur, N::NoCase},
    Grant{O::SearchCases, R::Casusregisseur, N::NoCase},
    Grant{O::SearchCases, R::Partnerdeelnemer, N::NoCase},
    // The hoofd finds a casus by its number (decision after the first release; the service refuses names).
    Grant{O::SearchCases, R::Hoofd, N::NoCase},

    Grant{O::ViewCase, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewCase, R::Procesregisseur, N::NewAanmelding},
    Grant{O::ViewCase, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewCase, R::Partnerdeelnemer, N::InvitedParty},
    // Triage: a party asked for information sees the casus, the persons asked about and its own items.
    Grant{O::ViewCase, R::Casusregisseur, N::AskedParty},
    Grant{O::ViewCase, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::ViewBetrokkenen, R::Casusregisseur, N::AskedParty},
    Grant{O::ViewBetrokkenen, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::AddGegeven, R::Casusregisseur, N::AskedParty},
    Grant{O::AddGegeven, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::ViewGegevens, R::Casusregisseur, N::AskedParty},
    Grant{O::ViewGegevens, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::RequestInformation, R::Procesregisseur, N::AssignedProcesregisseur},
    // A supplier keeps control over its own items (P 3.5c, C 17.2), also when it was only asked.
    Grant{O::RecordApproval, R::Casusregisseur, N::AskedParty},
    Grant{O::RecordApproval, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::WithdrawApproval, R::Casusregisseur, N::AskedParty},
    Grant{O::WithdrawApproval, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::RecordConsent, R::Casusregisseur, N::AskedParty},
    Grant{O::RecordConsent, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::WithdrawConsent, R::Casusregisseur, N::AskedParty},
    Grant{O::WithdrawConsent, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::ViewConsents, R::Casusregisseur, N::AskedParty},
    Grant{O::ViewConsents, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::RecordSecrecyOverride, R::Casusregisseur, N::AskedParty},
    Grant{O::RecordSecrecyOverride, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::RecordVerstrekking, R::Casusregisseur, N::AskedParty},
    Grant{O::RecordVerstrekking, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::TakeOnCase, R::Procesregisseur, N::NewAanmelding},
    Grant{O::AssignProcesregisseur, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::AssignProcesregisseur, R::Hoofd, N::AnyCase},
    Grant{O::UnassignProcesregisseur, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::UnassignProcesregisseur, R::Hoofd, N::AnyCase},

    Grant{O::SetGoalAndThemes, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::AddInvolvedParty, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::RecordBekendheidscheck, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::AddBetrokkene, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::TransitionPhase, R::Procesregisseur, N::AssignedProcesregisseur},
    // P 11.6: between 6 and 24 months only to reopen the casus on a new melding (the service checks which).
    Grant{O::TransitionPhase, R::Procesregisseur, N::ReopeningProcesregisseur},

    // Casusregisseur and partners: approved items only, own party's items only (checked per item).
    Grant{O::ViewBetrokkenen, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewBetrokkenen, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewBetrokkenen, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::ViewGegevens, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewGegevens, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewGegevens, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::AddGegeven, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::AddGegeven, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::AddGegeven, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::RecordApproval, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::RecordApproval, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::RecordApproval, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::WithdrawApproval, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::WithdrawApproval, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::WithdrawApproval, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::RecordConsent, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::RecordConsent, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::RecordConsent, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::WithdrawConsent, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::WithdrawConsent, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::WithdrawConsent, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::ViewConsents, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewConsents, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewConsents, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::RecordSecrecyOverride, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::RecordSecrecyOverride, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::RecordSecrecyOverride, R::Partnerdeelnemer, N::InvitedParty},

    Grant{O::PlanOverleg, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ScheduleOverleg, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ScheduleOverleg, R::Administratief, N::AnyCase},
    Grant{O::RecordOverlegOutcome, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::RecordOverlegDecision, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::AppointCasusregisseur, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::SetAfschalingscriteria, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::AddAfspraak, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::AddMonitoringNote, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::UpdateAfspraakStatus, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::UpdateAfspraakStatus, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::UpdateAfspraakStatus, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::ViewPlan, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewPlan, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewPlan, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::ViewOverleggen, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewOverleggen, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewOverleggen, R::Partnerdeelnemer, N::InvitedParty},

    Grant{O::RecordVerstrekking, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::RecordVerstrekking, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::RecordVerstrekking, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::RecordVerstrekking, R::Hoofd, N::AnyCase},
    // Printed case summaries (decision after the first release): the assigned procesregisseur for
    // every invited party, an invited partner or the appointed casusregisseur for its own party
    // (the service checks the recipient); each copy is a verstrekking.
    Grant{O::MakeSummaryCopies, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::MakeSummaryCopies, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::MakeSummaryCopies, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::ViewSummaryCopies, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewSummaryCopies, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewSummaryCopies, R::Partnerdeelnemer, N::InvitedParty},
    // The course of the casus: the service gives a partner only its own party's share of it.
    Grant{O::ViewCourse, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewCourse, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewCourse, R::Partnerdeelnemer, N::InvitedParty},

    // Where a casus stands (its workspace's header): whoever may open it, and the hoofd, who finds a
    // casus by number to assign a procesregisseur, record a P 23.1 verstrekking or a calamity
    // evaluation (the service gives the hoofd no more than number, phase and procesregisseurs).
    Grant{O::ViewCaseStatus, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewCaseStatus, R::Procesregisseur, N::NewAanmelding},
    Grant{O::ViewCaseStatus, R::Casusregisseur, N::AppointedCasusregisseur},
    Grant{O::ViewCaseStatus, R::Casusregisseur, N::AskedParty},
    Grant{O::ViewCaseStatus, R::Partnerdeelnemer, N::InvitedParty},
    Grant{O::ViewCaseStatus, R::Partnerdeelnemer, N::AskedParty},
    Grant{O::ViewCaseStatus, R::Hoofd, N::AnyCase},
    Grant{O::RecordRetentionExtension, R::Procesregisseur, N::AssignedProcesregisseur},

    Grant{O::ViewAuditTrail, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewAuditTrail, R::Hoofd, N::AnyCase},
    Grant{O::ViewAuditTrail, R::Privacyfunctionaris, N::AnyCase},
    Grant{O::ViewAuditTrail, R::FgAuditor, N::AnyCase},
    Grant{O::VerifyAuditChain, R::FgAuditor, N::NoCase},
    Grant{O::ViewAuditLog, R::Procesregisseur, N::NoCase}, // its own casussen only (LocalService::auditLog)
    Grant{O::ViewAuditLog, R::Hoofd, N::NoCase},
    Grant{O::ViewAuditLog, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewAuditLog, R::FgAuditor, N::NoCase},
    // P 17.5 records outlive their casus: the hoofd and the privacy officer reach them only through
    // an inzage request (ViewInzageOverzicht), the FG lists them for audit.
    Grant{O::ViewBewaardeOmVerstrekkingen, R::FgAuditor, N::NoCase},
    // Annual figures come from anonymised data only (C 12.3, P 11.7).
    Grant{O::ViewAnnualFigures, R::Procesregisseur, N::NoCase},
    Grant{O::ViewAnnualFigures, R::Hoofd, N::NoCase},
    Grant{O::ViewAnnualFigures, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewAnnualFigures, R::DataAnalist, N::NoCase},
    Grant{O::ViewAnnualFigures, R::FgAuditor, N::NoCase},
    // Verzoeken (P 16-21): the procesregisseur and privacy officer coordinate, administratief
    // registers and tracks, the hoofd decides and answers, the FG reads.
    Grant{O::RegisterVerzoek, R::Procesregisseur, N::NoCase},
    Grant{O::RegisterVerzoek, R::Administratief, N::NoCase},
    Grant{O::RegisterVerzoek, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewVerzoeken, R::Procesregisseur, N::NoCase},
    Grant{O::ViewVerzoeken, R::Administratief, N::NoCase},
    Grant{O::ViewVerzoeken, R::Hoofd, N::NoCase},
    Grant{O::ViewVerzoeken, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewVerzoeken, R::FgAuditor, N::NoCase},
    Grant{O::VerifyVerzoekIdentity, R::Procesregisseur, N::NoCase},
    Grant{O::VerifyVerzoekIdentity, R::Privacyfunctionaris, N::NoCase},
    Grant{O::DecideVerzoek, R::Hoofd, N::NoCase},
    Grant{O::SendVerzoekAnswer, R::Hoofd, N::NoCase},
    Grant{O::ViewInzageOverzicht, R::Hoofd, N::NoCase},
    Grant{O::ViewInzageOverzicht, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewVerzoekDossier, R::Hoofd, N::NoCase},
    Grant{O::ViewVerzoekDossier, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ExecuteVerzoek, R::Hoofd, N::NoCase},
    Grant{O::RecordInformatieplicht, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewInformatieplichtReviews, R::Procesregisseur, N::NoCase},
    Grant{O::ViewInformatieplichtReviews, R::Privacyfunctionaris, N::NoCase},

    // Datalekken (P 14): everyone who works with the system reports; the privacy officer keeps the
    // register; the hoofd reads it and sends the AP notification.
    Grant{O::ReportDatalek, R::Procesregisseur, N::NoCase},
    Grant{O::ReportDatalek, R::Casusregisseur, N::NoCase},
    Grant{O::ReportDatalek, R::Partnerdeelnemer, N::NoCase},
    Grant{O::ReportDatalek, R::Administratief, N::NoCase},
    Grant{O::ReportDatalek, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ReportDatalek, R::FunctioneelBeheer, N::NoCase},
    Grant{O::AssessDatalek, R::Privacyfunctionaris, N::NoCase},
    Grant{O::RecordApNotification, R::Hoofd, N::NoCase},
    Grant{O::RecordApNotification, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewDatalekken, R::Hoofd, N::NoCase},
    Grant{O::ViewDatalekken, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewDatalekken, R::FgAuditor, N::NoCase},

    // Verwerkingsregister and verwerkers (P 22.3, 24.3).
    Grant{O::ViewRegisters, R::Procesregisseur, N::NoCase},
    Grant{O::ViewRegisters, R::Hoofd, N::NoCase},
    Grant{O::ViewRegisters, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ViewRegisters, R::FgAuditor, N::NoCase},
    Grant{O::MaintainRegisters, R::Privacyfunctionaris, N::NoCase},
    Grant{O::ApproveVerwerker, R::Hoofd, N::NoCase},
    Grant{O::ManageMembership, R::FunctioneelBeheer, N::NoCase},
    Grant{O::ViewMembership, R::FunctioneelBeheer, N::NoCase},
    Grant{O::ViewMembership, R::FgAuditor, N::NoCase},

    // P 11.6: the hoofd opens a calamity evaluation; who reads under it follows from the relation.
    Grant{O::RecordCalamiteitsevaluatie, R::Hoofd, N::AnyCase},
    Grant{O::ViewCalamiteitsevaluaties, R::Procesregisseur, N::AssignedProcesregisseur},
    Grant{O::ViewCalamiteitsevaluaties, R::Hoofd, N::AnyCase},
    Grant{O::ViewCalamiteitsevaluaties, R::Privacyfunctionaris, N::AnyCase},
    Grant{O::ViewCalamiteitsevaluaties, R::FgAuditor, N::AnyCase},

    Grant{O::ManageUsers, R::FunctioneelBeheer, N::NoCase},
    // Roles that open personal data wait for the hoofd (the FG for a hoofd, AccountRules); beheer
    // sees what it asked for, the FG oversees.
    Grant{O::ViewRoleGrants, R::FunctioneelBeheer, N::NoCase},
    Grant{O::ViewRoleGrants, R::Hoofd, N::NoCase},
    Grant{O::ViewRoleGrants, R::FgAuditor, N::NoCase},
    Grant{O::DecideRoleGrant, R::Hoofd, N::NoCase},
    Grant{O::DecideRoleGrant, R::FgAuditor, N::NoCase},
    Grant{O::ViewUsers, R::FunctioneelBeheer, N::NoCase},
    Grant{O::ViewUsers, R::FgAuditor, N::NoCase},
};

constexpr std::array caseScoped{
    O::ViewCase, O::TakeOnCase, O::AssignProcesregisseur, O::UnassignProcesregisseur, O::SetGoalAndThemes,
    O::AddInvolvedParty, O::RecordBekendheidscheck, O::RequestInformation, O::AddBetrokkene, O::ViewBetrokkenen, O::AddGegeven,
    O::ViewGegevens, O::RecordApproval, O::WithdrawApproval, O::RecordConsent, O::WithdrawConsent, O::ViewConsents,
    O::RecordSecrecyOverride, O::TransitionPhase, O::PlanOverleg, O::ScheduleOverleg, O::RecordOverlegOutcome,
    O::RecordOverlegDecision, O::AppointCasusregisseur, O::SetAfschalingscriteria, O::AddAfspraak,
    O::UpdateAfspraakStatus, O::AddMonitoringNote, O::ViewPlan, O::ViewOverleggen, O::RecordVerstrekking, O::ViewAuditTrail,
    O::MakeSummaryCopies, O::ViewSummaryCopies, O::ViewCourse, O::ViewCaseStatus, O::RecordRetentionExtension, O::RecordInformatieplicht, O::RecordCalamiteitsevaluatie, O::ViewCalamiteitsevaluaties,
};

constexpr std::array personal{
    O::SearchCases, O::RequestInformation, O::ViewCase, O::AddBetrokkene, O::ViewBetrokkenen, O::AddGegeven, O::ViewGegevens,
    O::RecordApproval, O::WithdrawApproval, O::RecordConsent, O::WithdrawConsent, O::ViewConsents, O::RecordSecrecyOverride,
    O::TransitionPhase, O::PlanOverleg, O::RecordOverlegOutcome, O::RecordOverlegDecision, O::AddAfspraak,
    O::UpdateAfspraakStatus, O::AddMonitoringNote, O::ViewPlan, O::ViewOverleggen, O::RecordVerstrekking, O::SetGoalAndThemes,
    O::MakeSummaryCopies, O::ViewSummaryCopies, O::ViewCourse, O::ViewCaseStatus,
    O::RegisterVerzoek, O::ViewVerzoeken, O::VerifyVerzoekIdentity, O::DecideVerzoek, O::ViewInzageOverzicht, O::ViewVerzoekDossier,
    O::ExecuteVerzoek, O::RecordInformatieplicht, O::ViewInformatieplichtReviews, O::ViewBewaardeOmVerstrekkingen,
};

constexpr std::array readOnly{O::ViewCase, O::ViewBetrokkenen, O::ViewGegevens, O::ViewConsents, O::ViewPlan, O::ViewOverleggen, O::ViewAuditTrail,
                              O::ViewCalamiteitsevaluaties, O::ViewSummaryCopies, O::ViewCourse, O::ViewCaseStatus};

constexpr std::array views{O::ViewParties, O::ListOwnPartyAanmeldingen, O::SearchCases, O::ViewWorklist, O::ViewCase,
                           O::ViewBetrokkenen, O::ViewGegevens, O::ViewConsents, O::ViewPlan, O::ViewOverleggen,
                           O::ViewCalamiteitsevaluaties, O::ViewAnnualFigures, O::ViewVerzoeken, O::ViewInzageOverzicht, O::ViewVerzoekDossier,
                           O::ViewInformatieplichtReviews, O::ViewDatalekken, O::ViewRegisters, O::ViewMembership,
                           O::ViewAuditTrail, O::VerifyAuditChain, O::ViewAuditLog, O::ViewBewaardeOmVerstrekkingen, O::ViewUsers,
                           O::ViewRoleGrants, O::ViewSummaryCopies, O::ViewCourse, O::ViewCaseStatus};

// What every account does for itself, whatever its roles: also an account whose roles still wait
// for confirmation must be able to choose its password and enrol its second factor.
constexpr std::array ownAccount{O::ChangeOwnPassword, O::EnrolOwnSecondFactor, O::UnlockOwnSession};

template <typename List>
bool listed(const List &list, Operation operation)
{
    return std::find(list.begin(), list.end(), operation) != list.end();
}

bool satisfied(Needs needs, const std::optional<CaseRelation> &relation, bool personalData)
{
    switch (needs) {
    case N::NoCase:
        return true;
    case N::AnyCase:
        return relation.has_value();
    case N::AssignedProcesregisseur:
        // P 11.6: from 6 months after afschaling the procesregisseur's access is withdrawn.
        return relation && relation->assignedProcesregisseur && !(personalData && relation->prAccessExpired);
    case N::AppointedCasusregisseur:
        // P 11.6, 11.8: the windows after afschaling and niet doorgeleid close it to partners as to the PR.
        return relation && relation->appointedCasusregisseur && !(personalData && relation->partnerAccessClosed);
    case N::InvitedParty:
        return relation && relation->invitedParty && !(personalData && relation->partnerAccessClosed);
    case N::AskedParty:
        return relation && relation->informationRequested && !(personalData && relation->partnerAccessClosed);
    case N::NewAanmelding:
        return relation && relation->newAanmelding;
    case N::ReopeningProcesregisseur:
        return relation && relation->assignedProcesregisseur && relation->reopenable;
    }
    return false;
}

// May the subject know that this casus exists at all?
bool caseVisible(const Subject &subject, const CaseRelation &relation)
{
    const auto has = [&](Role role) { return subject.roles.contains(role); };
    const bool partyRelated = relation.invitedParty || relation.informationRequested;
    return (has(R::Procesregisseur) && (relation.assignedProcesregisseur || relation.newAanmelding))
        || (has(R::Casusregisseur) && (relation.appointedCasusregisseur || partyRelated))
        || (has(R::Partnerdeelnemer) && partyRelated) || has(R::Hoofd) || has(R::Privacyfunctionaris)
        || has(R::FgAuditor) || has(R::Administratief);
}

} // namespace

bool isCaseScoped(Operation operation)
{
    return listed(caseScoped, operation);
}

bool isReadOnly(Operation operation)
{
    return listed(readOnly, operation);
}

bool onlyReads(Operation operation)
{
    return listed(views, operation);
}

bool touchesPersonalData(Operation operation)
{
    return listed(personal, operation);
}

bool isOwnAccount(Operation operation)
{
    return listed(ownAccount, operation);
}

CaseRoutes routesGranting(Operation operation, const QList<Role> &roles)
{
    CaseRoutes routes;
    for (const Grant &grant : grants) {
        if (grant.operation != operation || !roles.contains(grant.role))
            continue;
        switch (grant.needs) {
        case N::NoCase:
            break;
        case N::AssignedProcesregisseur:
        case N::ReopeningProcesregisseur:
            routes.assignedProcesregisseur = true;
            break;
        case N::AppointedCasusregisseur:
            routes.appointedCasusregisseur = true;
            break;
        case N::InvitedParty:
            routes.invitedParty = true;
            break;
        case N::AskedParty:
            routes.askedParty = true;
            break;
        case N::NewAanmelding:
            routes.newAanmelding = true;
            break;
        case N::AnyCase:
            routes.anyCase = true;
            break;
        }
    }
    return routes;
}

Verdict decide(Operation operation, const Subject &subject, const std::optional<CaseRelation> &relation)
{
    if (isOwnAccount(operation))
        return Verdict::Allowed;
    // B6: with a one-time password or a second factor still to enrol, nothing else.
    if (subject.accountSetupPending)
        return Verdict::Denied;
    const bool scoped = isCaseScoped(operation);
    if (scoped && !relation)
        return Verdict::Denied;
    // Past its destruction date a casus is gone for everyone, whether or not the retention run has run.
    if (scoped && relation->pastDestruction)
        return Verdict::NotVisible;
    const std::optional<CaseRelation> effective = scoped ? relation : std::nullopt;
    const bool personalData = touchesPersonalData(operation);

    const bool granted = std::any_of(grants.begin(), grants.end(), [&](const Grant &grant) {
        return grant.operation == operation && subject.roles.contains(grant.role)
            && satisfied(grant.needs, effective, personalData) && (grant.needs == N::NoCase) != scoped;
    });
    // P 11.8: a casus that was not taken on is only kept to justify that decision: no more work on it.
    const bool frozen = scoped && relation->readOnly && !isReadOnly(operation);
    if (granted && !frozen && (!personalData || subject.personalDataCleared))
        return Verdict::Allowed;
    if (scoped && !caseVisible(subject, *relation))
        return Verdict::NotVisible;
    return Verdict::Denied;
}

QString denialReason(Operation operation, const Subject &subject, const std::optional<CaseRelation> &relation)
{
    if (subject.accountSetupPending)
        return QStringLiteral("Kies eerst een eigen wachtwoord en stel de tweede factor in (B6).");
    if (touchesPersonalData(operation) && !subject.personalDataCleared)
        return QStringLiteral("Uw account mag geen persoonsgegevens verwerken: een geheimhoudingsverklaring of VOG/screening "
                              "ontbreekt, of uw organisatie neemt niet meer deel (P 13.1, 13.3, 27.3).");
    if (relation && relation->readOnly && !isReadOnly(operation))
        return QStringLiteral("Deze casus is alleen nog in te zien (P 11.6, 11.8).");
    const CaseRoutes routes = routesGranting(operation, subject.roles);
    if (relation && routes.assignedProcesregisseur && relation->assignedProcesregisseur && relation->prAccessExpired)
        return QStringLiteral("Meer dan zes maanden na de afschaling is de casus gesloten (P 11.6).");
    if (relation && relation->partnerAccessClosed && (routes.invitedParty || routes.askedParty || routes.appointedCasusregisseur))
        return QStringLiteral("De casus is voor partners gesloten (P 11.6, 11.8).");
    if (routes.assignedProcesregisseur)
        return QStringLiteral("Alleen een procesregisseur van deze casus kan dit.");
    if (routes.newAanmelding)
        return QStringLiteral("Dit kan alleen bij een nieuwe aanmelding die nog niemand heeft opgepakt.");
    if (routes.appointedCasusregisseur || routes.invitedParty || routes.askedParty)
        return QStringLiteral("Alleen een partij die voor een overleg van deze casus is uitgenodigd of om informatie is "
                              "gevraagd kan dit.");
    return QStringLiteral("Uw rol geeft hiervoor geen recht.");
}

} // namespace casusregie::AccessPolicy
