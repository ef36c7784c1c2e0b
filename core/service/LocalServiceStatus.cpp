// LocalService: where a casus stands, for the header of its workspace (issue 13).
#include "service/LocalService.h"

#include "rules/CaseSignals.h"
#include "rules/DisclosureRules.h"
#include "rules/PhaseActions.h"
#include "rules/RetentionSchedule.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/CasusRepository.h"
#include "storage/GegevenRepository.h"
#include "storage/OverlegRepository.h"
#include "storage/PlanRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/UserRepository.h"
#include "storage/VerzoekRepository.h"

#include <algorithm>
#include <array>

namespace casusregie {

namespace {

// The work a casus's workspace offers, in the order of its course.
constexpr std::array workspaceOperations{
    Operation::TakeOnCase,         Operation::AssignProcesregisseur,  Operation::SetGoalAndThemes,
    Operation::RecordBekendheidscheck, Operation::AddBetrokkene,      Operation::AddGegeven,
    Operation::RecordApproval,     Operation::WithdrawApproval,       Operation::RecordConsent,
    Operation::WithdrawConsent,    Operation::RecordSecrecyOverride,  Operation::RecordVerstrekking,
    Operation::RecordInformatieplicht, Operation::PlanOverleg,        Operation::MakeSummaryCopies,
    Operation::RecordOverlegOutcome, Operation::AppointCasusregisseur, Operation::AddAfspraak,
    Operation::AddMonitoringNote,  Operation::TransitionPhase,        Operation::RecordRetentionExtension,
    Operation::RecordCalamiteitsevaluatie, Operation::ViewAuditTrail, Operation::UpdateAfspraakStatus,
};

bool anyRoute(const CaseRoutes &routes)
{
    return routes.assignedProcesregisseur || routes.appointedCasusregisseur || routes.invitedParty || routes.askedParty
        || routes.newAanmelding || routes.anyCase;
}

} // namespace

// Each operation the user's roles could ever be granted on a casus, with the access policy's and
// the phase's verdict for this casus now: the same decisions the gate takes when it is called.
Result<QList<CaseAction>> LocalService::actionsIn(const Call &call)
{
    const Subject subject{call.user.roles, personalDataCleared(), accountSetupPending(call.user)};
    QList<CaseAction> actions;
    for (const Operation operation : workspaceOperations) {
        if (!anyRoute(AccessPolicy::routesGranting(operation, call.user.roles)))
            continue; // never this user's work: not offered at all
        CaseAction action{operation, {}};
        if (AccessPolicy::decide(operation, subject, call.relation) != Verdict::Allowed)
            action.refusal = AccessPolicy::denialReason(operation, subject, call.relation);
        else
            action.refusal = PhaseActions::refusal(operation, call.casus->phase);
        if (action.allowed() && operation == Operation::RecordCalamiteitsevaluatie) {
            auto facts = RetentionRepository(m_database).factsFor(*call.casus);
            if (!facts)
                return std::unexpected(facts.error());
            if (auto window = RetentionSchedule::checkCalamityWindow(*facts, call.today); !window)
                action.refusal = window.error().message;
        }
        actions << action;
    }
    return actions;
}

Result<CasusStatus> LocalService::caseStatus(qint64 casusId)
{
    return gated(Operation::ViewCaseStatus, casusId, [&](Call &call) -> Result<CasusStatus> {
        const Casus &casus = *call.casus;
        CasusStatus status;
        status.casusId = casus.id;
        status.number = casus.number;
        status.phase = casus.phase;
        status.phaseSince = phaseSince(casus);
        UserRepository users(m_database);
        for (const qint64 id : casus.procesregisseurIds) {
            if (const auto user = users.byId(id))
                status.procesregisseurs << user->displayName;
        }
        if (casus.casusregisseurUserId != 0) {
            if (const auto user = users.byId(casus.casusregisseurUserId))
                status.casusregisseur = user->displayName;
        }
        auto actions = actionsIn(call);
        if (!actions)
            return std::unexpected(actions.error());
        status.actions = *actions;
        if (auto filled = fillAttention(call, status.attention); !filled)
            return std::unexpected(filled.error());
        if (auto filled = fillCandidates(call, status); !filled)
            return std::unexpected(filled.error());
        call.objects << QStringLiteral("casus:%1").arg(casus.id);
        return status;
    });
}

QDate LocalService::phaseSince(const Casus &casus) const
{
    auto entered = CasusRepository(m_database).lastEntered(casus.id, casus.phase);
    return entered && entered->isValid() ? dateInAmsterdam(*entered) : casus.aanmeldingsdatum;
}

Status LocalService::describeForWorklist(Call &call, const Casus &casus, const CaseRelation &relation, CasusOverview &overview) const
{
    Call inCase = call;
    inCase.casus = casus;
    inCase.relation = relation;
    overview.phaseSince = phaseSince(casus);
    if (auto filled = fillAttention(inCase, overview.attention); !filled)
        return filled;
    // The hoofdpersoon's name, only where the procesregisseur may see the betrokkenen now; a read
    // of personal data, so the worklist's audit record names them.
    const Subject subject{call.user.roles, personalDataCleared()};
    if (!relation.assignedProcesregisseur || AccessPolicy::decide(Operation::ViewBetrokkenen, subject, relation) != Verdict::Allowed)
        return {};
    auto betrokkenen = BetrokkeneRepository(m_database).forCasus(casus.id);
    if (!betrokkenen)
        return std::unexpected(betrokkenen.error());
    for (const Betrokkene &betrokkene : std::as_const(*betrokkenen)) {
        if (betrokkene.categorie == BetrokkeneCategorie::I) {
            overview.hoofdpersoon = betrokkene.naam;
            call.objects << QStringLiteral("betrokkene:%1").arg(betrokkene.id);
            break;
        }
    }
    return {};
}

// What needs attention, as far as the policy lets this user see the overleggen and the plan now;
// the procesregisseur's own signals only for the assigned procesregisseur.
Status LocalService::fillAttention(const Call &call, CaseAttention &attention) const
{
    const Subject subject{call.user.roles, personalDataCleared()};
    if (AccessPolicy::decide(Operation::ViewOverleggen, subject, call.relation) != Verdict::Allowed)
        return {};
    if (auto filled = fillCourseSignals(call, attention); !filled)
        return filled;
    if (!call.isAssignedProcesregisseur())
        return {};
    return fillProcesregisseurSignals(call, attention);
}

// The next overleg and the agreements: for a partner only the overleggen its party is invited to
// and its own party's agreements (C 10.2, C 9.4c).
Status LocalService::fillCourseSignals(const Call &call, CaseAttention &attention) const
{
    // As overleggen() and the plan give them: every overleg to the procesregisseur, to others those
    // their party is invited to (C 10.2); every agreement to the procesregisseur and the appointed
    // casusregisseur, to a partner its own party's (C 9.4c).
    const bool allOverleggen = call.isAssignedProcesregisseur();
    auto overleggen = OverlegRepository(m_database).forCasus(call.casus->id);
    if (!overleggen)
        return std::unexpected(overleggen.error());
    QList<Overleg> visible;
    for (const Overleg &overleg : std::as_const(*overleggen)) {
        if (allOverleggen || overleg.invitedPartyIds.contains(call.user.partyId))
            visible << overleg;
    }
    if (const auto next = CaseSignals::nextOverleg(visible, call.now)) {
        attention.nextOverlegAt = next->datum;
        attention.nextOverlegPlaats = next->plaats;
    }
    auto afspraken = PlanRepository(m_database).afspraken(call.casus->id);
    if (!afspraken)
        return std::unexpected(afspraken.error());
    for (const Afspraak &afspraak : std::as_const(*afspraken)) {
        if (!answersFor(call, afspraak))
            continue;
        attention.openAfspraken += CaseSignals::isOpen(afspraak) ? 1 : 0;
        attention.overdueAfspraken += CaseSignals::isOverdue(afspraak, call.today) ? 1 : 0;
    }
    return {};
}

// What only the procesregisseur answers for: the retention decision (P 11.3), the information
// duty's reviews (P 16) and items that may not be shared for want of consent (P 7.2, B4).
Status LocalService::fillProcesregisseurSignals(const Call &call, CaseAttention &attention) const
{
    auto facts = RetentionRepository(m_database).factsFor(*call.casus);
    if (!facts)
        return std::unexpected(facts.error());
    const QDate destruction = RetentionSchedule::datesFor(*facts).destructionDue;
    if (CaseSignals::retentionDecisionDue(destruction, call.today))
        attention.retentionDecisionBy = destruction;
    auto reviews = VerzoekRepository(m_database).reviewsDue(call.today);
    if (!reviews)
        return std::unexpected(reviews.error());
    for (const auto &[casusId, record] : std::as_const(*reviews))
        attention.informatieplichtReviewsDue += casusId == call.casus->id ? 1 : 0;
    auto items = GegevenRepository(m_database).heldForCasus(call.casus->id);
    if (!items)
        return std::unexpected(items.error());
    for (const Gegeven &item : std::as_const(*items)) {
        auto share = shareFacts(item, call.today);
        if (!share)
            return std::unexpected(share.error());
        attention.secretItemsWithoutConsent += DisclosureRules::mayShare(*share) ? 0 : 1;
    }
    return {};
}

// Only for actions the user may take now, only the choices the service would accept.
Status LocalService::fillCandidates(const Call &call, CasusStatus &status) const
{
    const auto allowed = [&](Operation operation) {
        const CaseAction *action = status.action(operation);
        return action && action->allowed();
    };
    if (allowed(Operation::UpdateAfspraakStatus)) {
        auto afspraken = PlanRepository(m_database).afspraken(call.casus->id);
        if (!afspraken)
            return std::unexpected(afspraken.error());
        for (const Afspraak &afspraak : std::as_const(*afspraken)) {
            if (answersFor(call, afspraak))
                status.updatableAfspraakIds << afspraak.id;
        }
    }
    const bool inviting = allowed(Operation::PlanOverleg) || allowed(Operation::AddAfspraak);
    const bool appointing = allowed(Operation::AppointCasusregisseur);
    const bool assigning = allowed(Operation::AssignProcesregisseur);
    if (!inviting && !appointing && !assigning)
        return {};
    auto withRole = partiesWithARole(*call.casus);
    auto users = withRole ? UserRepository(m_database).all() : Result<QList<User>>(std::unexpected(withRole.error()));
    if (!users)
        return std::unexpected(users.error());
    if (inviting)
        status.partiesWithARole = QList<qint64>(withRole->cbegin(), withRole->cend());
    for (const User &user : std::as_const(*users)) {
        if (!user.active)
            continue;
        const Colleague colleague{user.id, user.displayName, user.partyId};
        if (appointing && user.hasRole(Role::Casusregisseur) && withRole->contains(user.partyId)
            && user.id != call.casus->casusregisseurUserId)
            status.casusregisseurCandidates << colleague;
        if (assigning && user.hasRole(Role::Procesregisseur) && !call.casus->procesregisseurIds.contains(user.id))
            status.procesregisseurCandidates << colleague;
    }
    std::sort(status.partiesWithARole.begin(), status.partiesWithARole.end());
    return {};
}

} // namespace casusregie
