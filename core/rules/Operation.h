#pragma once

#include "domain/EnumTraits.h"

#include <array>

namespace casusregie {

// Every command and query of the service. The key is what the audit log records as the action.
enum class Operation {
    InitialiseDatabase,
    Login,
    ViewParties,
    SubmitAanmelding,
    ListOwnPartyAanmeldingen,
    SearchCases,
    ViewCase,
    TakeOnCase,
    AssignProcesregisseur,
    UnassignProcesregisseur,
    SetGoalAndThemes,
    AddInvolvedParty,
    RecordBekendheidscheck,
    AddBetrokkene,
    ViewBetrokkenen,
    AddGegeven,
    ViewGegevens,
    RecordApproval,
    WithdrawApproval,
    RecordConsent,
    WithdrawConsent,
    RecordSecrecyOverride,
    TransitionPhase,
    PlanOverleg,
    ScheduleOverleg,
    RecordOverlegOutcome,
    RecordOverlegDecision,
    AppointCasusregisseur,
    SetAfschalingscriteria,
    AddAfspraak,
    UpdateAfspraakStatus,
    AddMonitoringNote,
    ViewPlan,
    RecordVerstrekking,
    ViewAuditTrail,
    VerifyAuditChain,
    ManageUsers,
    ViewUsers,
};

template <>
struct EnumTraits<Operation> {
    static constexpr std::array entries{
        EnumEntry<Operation>{Operation::InitialiseDatabase, "initialise_database", "Database aanmaken"},
        EnumEntry<Operation>{Operation::Login, "login", "Inloggen"},
        EnumEntry<Operation>{Operation::ViewParties, "view_parties", "Partijen bekijken"},
        EnumEntry<Operation>{Operation::SubmitAanmelding, "submit_aanmelding", "Aanmelding indienen"},
        EnumEntry<Operation>{Operation::ListOwnPartyAanmeldingen, "list_own_party_aanmeldingen", "Aanmeldingen van de eigen partij bekijken"},
        EnumEntry<Operation>{Operation::SearchCases, "search_cases", "Casussen zoeken"},
        EnumEntry<Operation>{Operation::ViewCase, "view_case", "Casus bekijken"},
        EnumEntry<Operation>{Operation::TakeOnCase, "take_on_case", "Aanmelding in behandeling nemen"},
        EnumEntry<Operation>{Operation::AssignProcesregisseur, "assign_procesregisseur", "Procesregisseur toewijzen"},
        EnumEntry<Operation>{Operation::UnassignProcesregisseur, "unassign_procesregisseur", "Procesregisseur ontkoppelen"},
        EnumEntry<Operation>{Operation::SetGoalAndThemes, "set_goal_and_themes", "Doel en thema's vastleggen"},
        EnumEntry<Operation>{Operation::AddInvolvedParty, "add_involved_party", "Betrokken partij vastleggen"},
        EnumEntry<Operation>{Operation::RecordBekendheidscheck, "record_bekendheidscheck", "Bekendheidscheck vastleggen"},
        EnumEntry<Operation>{Operation::AddBetrokkene, "add_betrokkene", "Betrokkene toevoegen"},
        EnumEntry<Operation>{Operation::ViewBetrokkenen, "view_betrokkenen", "Betrokkenen bekijken"},
        EnumEntry<Operation>{Operation::AddGegeven, "add_gegeven", "Gegeven vastleggen"},
        EnumEntry<Operation>{Operation::ViewGegevens, "view_gegevens", "Gegevens bekijken"},
        EnumEntry<Operation>{Operation::RecordApproval, "record_approval", "Goedkeuring leverancier vastleggen"},
        EnumEntry<Operation>{Operation::WithdrawApproval, "withdraw_approval", "Goedkeuring intrekken"},
        EnumEntry<Operation>{Operation::RecordConsent, "record_consent", "Toestemming vastleggen"},
        EnumEntry<Operation>{Operation::WithdrawConsent, "withdraw_consent", "Toestemming intrekken"},
        EnumEntry<Operation>{Operation::RecordSecrecyOverride, "record_secrecy_override", "Doorbreking beroepsgeheim vastleggen"},
        EnumEntry<Operation>{Operation::TransitionPhase, "transition_phase", "Faseovergang met herbeoordeling"},
        EnumEntry<Operation>{Operation::PlanOverleg, "plan_overleg", "Casusoverleg voorbereiden"},
        EnumEntry<Operation>{Operation::ScheduleOverleg, "schedule_overleg", "Datum en plaats van overleg plannen"},
        EnumEntry<Operation>{Operation::RecordOverlegOutcome, "record_overleg_outcome", "Aanwezigheid en verslag vastleggen"},
        EnumEntry<Operation>{Operation::RecordOverlegDecision, "record_overleg_decision", "Besluit van het overleg vastleggen"},
        EnumEntry<Operation>{Operation::AppointCasusregisseur, "appoint_casusregisseur", "Casusregisseur aanwijzen"},
        EnumEntry<Operation>{Operation::SetAfschalingscriteria, "set_afschalingscriteria", "Afschalingscriteria vastleggen"},
        EnumEntry<Operation>{Operation::AddAfspraak, "add_afspraak", "Afspraak toevoegen"},
        EnumEntry<Operation>{Operation::UpdateAfspraakStatus, "update_afspraak_status", "Status van afspraak bijwerken"},
        EnumEntry<Operation>{Operation::AddMonitoringNote, "add_monitoring_note", "Monitoringsnotitie toevoegen"},
        EnumEntry<Operation>{Operation::ViewPlan, "view_plan", "Plan van aanpak bekijken"},
        EnumEntry<Operation>{Operation::RecordVerstrekking, "record_verstrekking", "Verstrekking vastleggen"},
        EnumEntry<Operation>{Operation::ViewAuditTrail, "view_audit_trail", "Auditlog bekijken"},
        EnumEntry<Operation>{Operation::VerifyAuditChain, "verify_audit_chain", "Auditketen controleren"},
        EnumEntry<Operation>{Operation::ManageUsers, "manage_users", "Gebruikers beheren"},
        EnumEntry<Operation>{Operation::ViewUsers, "view_users", "Gebruikers bekijken"},
    };
};

} // namespace casusregie
