// LocalService: aanmelding, search, the casus, its procesregisseurs, triage and phase transitions.
#include "service/LocalService.h"

#include "common/Clock.h"
#include "rules/PhaseMachine.h"
#include "rules/ReviewRules.h"
#include "service/InputChecks.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/CasusRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/OverlegRepository.h"
#include "storage/TriageRepository.h"
#include "storage/UserRepository.h"

#include <QMultiHash>
#include <QSet>
#include <algorithm>

namespace casusregie {

namespace {

CasusOverview overviewOf(const Casus &casus)
{
    CasusOverview overview;
    overview.id = casus.id;
    overview.number = casus.number;
    overview.phase = casus.phase;
    overview.aanmeldingsdatum = casus.aanmeldingsdatum;
    overview.aanmeldendePartijId = casus.aanmeldendePartijId;
    return overview;
}

std::optional<CasusNumber> parseCasusNumber(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    if (parts.size() != 2)
        return std::nullopt;
    bool yearOk = false;
    bool sequenceOk = false;
    const CasusNumber number{parts.at(0).toInt(&yearOk), parts.at(1).toInt(&sequenceOk)};
    if (!yearOk || !sequenceOk || !number.isValid())
        return std::nullopt;
    return number;
}

Status requireText(const QString &text, const QString &message)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, message);
    return {};
}

} // namespace

Result<CasusOverview> LocalService::submitAanmelding(const NewAanmelding &aanmelding)
{
    return gated(Operation::SubmitAanmelding, 0, [&](Call &call) -> Result<CasusOverview> {
        if (auto valid = InputChecks::check(aanmelding); !valid)
            return std::unexpected(valid.error());
        Casus draft;
        draft.aanmeldendePartijId = call.user.partyId;
        draft.aanmeldingsdatum = call.today;
        draft.reden = aanmelding.reden;
        auto casus = CasusRepository(m_database).registerAanmelding(draft);
        if (!casus)
            return std::unexpected(casus.error());
        call.objects << QStringLiteral("casus:%1").arg(casus->id);
        return overviewOf(*casus);
    });
}

Result<QList<CasusOverview>> LocalService::ownPartyAanmeldingen()
{
    return gated(Operation::ListOwnPartyAanmeldingen, 0, [&](Call &call) -> Result<QList<CasusOverview>> {
        QList<CasusOverview> result;
        auto cases = CasusRepository(m_database).aanmeldingenOf(call.user.partyId);
        if (!cases)
            return std::unexpected(cases.error());
        for (const Casus &casus : *cases)
            result << overviewOf(casus);
        return result;
    });
}

Result<OwnAanmelding> LocalService::ownAanmelding(qint64 casusId)
{
    return gated(Operation::ListOwnPartyAanmeldingen, 0, [&](Call &call) -> Result<OwnAanmelding> {
        auto casus = CasusRepository(m_database).byId(casusId);
        if (!casus || casus->aanmeldendePartijId != call.user.partyId)
            return std::unexpected(!casus && casus.error().code != ErrorCode::NotFound ? casus.error() : caseNotVisible());
        call.objects << QStringLiteral("casus:%1").arg(casus->id);
        return OwnAanmelding{overviewOf(*casus), casus->reden, casus->takenOn};
    });
}

Result<QList<CasusOverview>> LocalService::worklist()
{
    return gated(Operation::ViewWorklist, 0, [&](Call &call) -> Result<QList<CasusOverview>> {
        auto page = worklistAfter(call, PageRequest{}, std::nullopt);
        if (!page)
            return std::unexpected(page.error());
        return page->items;
    });
}

Result<CasusPage> LocalService::worklistPage(const PageRequest &request)
{
    return gated(Operation::ViewWorklist, 0, [&](Call &call) -> Result<CasusPage> {
        if (request.limit < 1 || request.limit > PageRequest::maxPageSize)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een pagina heeft 1 tot %1 casussen.").arg(PageRequest::maxPageSize));
        if (request.afterId < 0 || (request.afterId != 0 && !request.afterDate.isValid()))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een volgende pagina begint na de laatste casus van de vorige: "
                                                                   "geef daarvan de aanmeldingsdatum en het id."));
        return worklistAfter(call, request, request.limit);
    });
}

Result<CasusPage> LocalService::worklistAfter(Call &call, const PageRequest &after, std::optional<int> limit) const
{
    CasusRepository cases(m_database);
    // Only the routes by which this user's roles can open a casus (a procesregisseur's party being
    // invited opens nothing to the procesregisseur), in batches of a page and one in the list's
    // order: most pages take one batch, and the one extra tells whether another page follows.
    // The whole list is one batch.
    const CaseRoutes routes = AccessPolicy::routesGranting(Operation::ViewCase, call.user.roles);
    const Subject subject{call.user.roles, personalDataCleared()};
    const std::optional<int> batchSize = limit ? std::optional<int>(*limit + 1) : std::nullopt;
    CasusRepository::ListPosition position{after.afterDate, after.afterId};
    CasusPage page;
    for (;;) {
        auto candidates = cases.worklistCandidates(routes, call.user.id, call.user.partyId, position, batchSize);
        if (!candidates)
            return std::unexpected(candidates.error());
        QList<qint64> ids;
        for (const auto &candidate : *candidates)
            ids << candidate.id;
        auto batch = cases.byIds(ids);
        auto relations = batch ? relationsTo(*batch) : std::unexpected(batch.error());
        if (!relations)
            return std::unexpected(relations.error());
        // Listed only where the user may open the casus now (P 11.6 and P 11.8 included).
        for (qsizetype i = 0; i < batch->size(); ++i) {
            if (AccessPolicy::decide(Operation::ViewCase, subject, relations->at(i)) != Verdict::Allowed)
                continue;
            if (limit && page.items.size() == *limit) {
                page.more = true;
                return page;
            }
            CasusOverview overview = overviewOf(batch->at(i));
            if (limit) { // a page of the worklist on screen: where each casus stands
                if (auto described = describeForWorklist(call, batch->at(i), relations->at(i), overview); !described)
                    return std::unexpected(described.error());
            }
            page.items << overview;
        }
        if (!batchSize || candidates->size() < *batchSize)
            return page;
        position = candidates->constLast();
    }
}

Result<QList<CasusOverview>> LocalService::searchCases(const CaseSearch &search)
{
    return gated(Operation::SearchCases, 0, [&](Call &call) -> Result<QList<CasusOverview>> {
        QList<CasusOverview> result;
        if (auto valid = InputChecks::check(search, call.today); !valid)
            return std::unexpected(valid.error());
        CasusRepository cases(m_database);
        QList<qint64> candidates;
        QMultiHash<qint64, qint64> matches; // casus -> the betrokkenen the name matched
        if (!search.casusnummer.trimmed().isEmpty()) {
            const auto number = parseCasusNumber(search.casusnummer);
            if (!number)
                return fail(ErrorCode::InvalidArgument, QStringLiteral("Een casusnummer ziet eruit als 2026-0001."));
            if (auto found = cases.byNumber(*number))
                candidates << found->id;
        } else if (!search.naam.trimmed().isEmpty()) {
            // The hoofd finds a casus by its number only (decision after the first release).
            if (!call.user.hasRole(Role::Procesregisseur) && !call.user.hasRole(Role::Casusregisseur)
                && !call.user.hasRole(Role::Partnerdeelnemer))
                return fail(ErrorCode::AccessDenied, QStringLiteral("U zoekt een casus op zijn nummer."));
            auto found = BetrokkeneRepository(m_database).byName(search.naam, search.geboortedatum);
            if (!found)
                return std::unexpected(found.error());
            for (const Betrokkene &betrokkene : *found) {
                if (!candidates.contains(betrokkene.casusId))
                    candidates << betrokkene.casusId;
                matches.insert(betrokkene.casusId, betrokkene.id);
            }
        } else {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Zoek op casusnummer, of op naam en geboortedatum."));
        }
        // Only casussen the user may see: the others are indistinguishable from ones that do not exist.
        const Subject subject{call.user.roles, personalDataCleared()};
        auto found = cases.byIds(candidates);
        auto relations = found ? relationsTo(*found) : std::unexpected(found.error());
        if (!relations)
            return std::unexpected(relations.error());
        for (qsizetype i = 0; i < found->size(); ++i) {
            const Casus &casus = found->at(i);
            const CaseRelation &relation = relations->at(i);
            const qint64 id = casus.id;
            const bool opens = AccessPolicy::decide(Operation::ViewCase, subject, relation) == Verdict::Allowed;
            // Found by number, a casus whose status the user may see (the hoofd's) shows its number and phase only.
            const bool statusOnly = !opens && matches.isEmpty()
                && AccessPolicy::decide(Operation::ViewCaseStatus, subject, relation) == Verdict::Allowed;
            if (!opens && !statusOnly)
                continue;
            if (statusOnly) {
                CasusOverview numberAndPhase;
                numberAndPhase.id = id;
                numberAndPhase.number = casus.number;
                numberAndPhase.phase = casus.phase;
                result << numberAndPhase;
                call.objects << QStringLiteral("casus:%1").arg(id);
                continue;
            }
            if (matches.contains(id)) {
                // Found by name only where the user could see that person in the casus.
                Call inCase = call;
                inCase.casus = casus;
                inCase.relation = relation;
                auto visible = visibleBetrokkeneIds(inCase);
                if (!visible)
                    return std::unexpected(visible.error());
                const QList<qint64> matched = matches.values(id);
                if (std::none_of(matched.begin(), matched.end(), [&](qint64 b) { return visible->contains(b); }))
                    continue;
            }
            result << overviewOf(casus);
            call.objects << QStringLiteral("casus:%1").arg(id);
        }
        return result;
    });
}

Result<Casus> LocalService::casus(qint64 casusId)
{
    return gated(Operation::ViewCase, casusId, [&](Call &call) -> Result<Casus> {
        return *call.casus;
    });
}

Status LocalService::takeOnCase(qint64 casusId)
{
    return gate(Operation::TakeOnCase, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(call.user.id);
        return CasusRepository(m_database).assignProcesregisseur(casusId, call.user.id);
    });
}

Status LocalService::assignProcesregisseur(qint64 casusId, qint64 userId)
{
    return gate(Operation::AssignProcesregisseur, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        auto user = UserRepository(m_database).byId(userId);
        if (!user || !user->active || !user->hasRole(Role::Procesregisseur))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Alleen een actieve procesregisseur kan aan een casus worden gekoppeld."));
        return CasusRepository(m_database).assignProcesregisseur(casusId, userId);
    });
}

Status LocalService::unassignProcesregisseur(qint64 casusId, qint64 userId)
{
    return gate(Operation::UnassignProcesregisseur, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        return CasusRepository(m_database).unassignProcesregisseur(casusId, userId);
    });
}

Status LocalService::setGoalAndThemes(qint64 casusId, const QString &doel, const QList<Theme> &themes)
{
    return gate(Operation::SetGoalAndThemes, casusId, [&](Call &) -> Status {
        if (auto valid = InputChecks::checkGoal(doel); !valid)
            return valid;
        return CasusRepository(m_database).updateGoalAndThemes(casusId, doel, themes);
    });
}

Status LocalService::addInvolvedParty(qint64 casusId, qint64 partyId, const QString &role)
{
    return gate(Operation::AddInvolvedParty, casusId, [&](Call &call) -> Status {
        if (auto valid = InputChecks::checkPartyRole(role); !valid)
            return valid;
        call.objects << QStringLiteral("party:%1").arg(partyId);
        if (auto ok = requireText(role, QStringLiteral("Leg vast welke rol de partij in de casus heeft (C 13.2e).")); !ok)
            return ok;
        return TriageRepository(m_database).addInvolvedParty(casusId, partyId, role);
    });
}

Result<qint64> LocalService::recordBekendheidscheck(const Bekendheidscheck &check)
{
    return gated(Operation::RecordBekendheidscheck, check.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(check); !valid)
            return std::unexpected(valid.error());
        if (!check.datum.isValid() || check.otherZvh.trimmed().isEmpty() || check.result.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een bekendheidscheck heeft een datum, het andere ZVH en de uitkomst."));
        auto added = TriageRepository(m_database).addBekendheidscheck(check);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("bekendheidscheck:%1").arg(*added);
        return *added;
    });
}

Result<qint64> LocalService::requestInformation(const Informatieverzoek &input)
{
    return gated(Operation::RequestInformation, input.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        auto betrokkene = BetrokkeneRepository(m_database).byId(input.betrokkeneId);
        if (!betrokkene || betrokkene->casusId != input.casusId)
            return fail(ErrorCode::NotFound, QStringLiteral("Deze betrokkene hoort niet bij deze casus."));
        auto involved = TriageRepository(m_database).involvedParties(input.casusId);
        if (!involved)
            return std::unexpected(involved.error());
        // C 13.2e: only parties with a role in the casus are asked.
        if (!involved->contains(input.partyId))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Vraag alleen partijen met een rol in de casus om informatie (C 13.2e); leg die rol eerst vast."));
        if (auto member = requireMember(input.partyId, call.today); !member)
            return std::unexpected(member.error());
        if (auto ok = requireText(input.vraag, QStringLiteral("Leg vast welke informatie u de partij vraagt.")); !ok)
            return std::unexpected(ok.error());
        Informatieverzoek verzoek = input;
        verzoek.byUserId = call.user.id;
        verzoek.at = call.now;
        auto added = TriageRepository(m_database).addInformatieverzoek(verzoek);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("informatieverzoek:%1").arg(*added) << QStringLiteral("party:%1").arg(input.partyId);
        return *added;
    });
}

Result<QDate> LocalService::newMeldingAbout(const Call &call, qint64 meldingCasusId) const
{
    const Error noMelding{ErrorCode::InvalidArgument,
                          QStringLiteral("Heropenen kan alleen op een nieuwe melding over dezelfde persoon, geregistreerd als "
                                         "aanmelding die u in behandeling hebt (P 11.6).")};
    auto melding = CasusRepository(m_database).byId(meldingCasusId);
    if (!melding || melding->id == call.casus->id || !melding->procesregisseurIds.contains(call.user.id))
        return std::unexpected(noMelding);
    BetrokkeneRepository betrokkenen(m_database);
    auto ours = betrokkenen.forCasus(call.casus->id);
    if (!ours)
        return std::unexpected(ours.error());
    for (const Betrokkene &person : *ours) {
        if (!person.geboortedatum.isValid())
            continue;
        auto same = betrokkenen.matching(person.naam, person.geboortedatum);
        if (!same)
            return std::unexpected(same.error());
        if (std::any_of(same->begin(), same->end(), [&](const Betrokkene &b) { return b.casusId == melding->id; }))
            return melding->aanmeldingsdatum;
    }
    return std::unexpected(noMelding);
}

Status LocalService::changePhase(const PhaseChange &change)
{
    return gate(Operation::TransitionPhase, change.casusId, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(change); !valid)
            return valid;
        const Casus &casus = *call.casus;
        const bool reopening = change.from == Phase::Afschaling && change.to == Phase::Aanmelding;
        // P 11.6: between 6 and 24 months after afschaling the procesregisseur may only reopen it.
        if (call.relation.prAccessExpired && !reopening)
            return fail(ErrorCode::AccessDenied, QStringLiteral("U bent niet bevoegd voor deze handeling."));
        if (casus.phase != change.from)
            return fail(ErrorCode::Conflict, QStringLiteral("De casus staat niet meer in fase %1; laad hem opnieuw.")
                                                 .arg(enumLabel(change.from)));

        // The facts the phase machine's guards ask about.
        TransitionFacts facts;
        facts.hasGoal = !casus.doel.trimmed().isEmpty();
        facts.hasThemes = !casus.themes.isEmpty();
        facts.hasAfschalingscriteria = !casus.afschalingscriteria.trimmed().isEmpty();
        auto invited = OverlegRepository(m_database).invitedParties(casus.id);
        auto besluiten = OverlegRepository(m_database).besluitenForCasus(casus.id);
        auto afgeschaald = CasusRepository(m_database).lastEntered(casus.id, Phase::Afschaling);
        if (!invited || !besluiten || !afgeschaald)
            return fail(ErrorCode::StorageFailure, QStringLiteral("De gegevens voor de faseovergang konden niet worden gelezen."));
        facts.invitedPartyCount = int(invited->size());
        facts.hasOverlegDecision = std::any_of(besluiten->begin(), besluiten->end(),
                                               [](const OverlegBesluit &b) { return b.soort == BesluitSoort::Afschaling; });
        facts.afschalingDecidedOn = afgeschaald->isValid() ? dateInAmsterdam(*afgeschaald) : QDate();
        if (reopening && change.newMeldingCasusId != 0) {
            auto melding = newMeldingAbout(call, change.newMeldingCasusId);
            if (!melding)
                return std::unexpected(melding.error());
            facts.newMeldingOn = *melding;
        }
        if (auto allowed = PhaseMachine::check({change.from, change.to, change.decision, change.basis}, facts); !allowed)
            return allowed;

        // P 3.5b: every item held is reviewed, once, with a reason, before the casus moves on. A
        // reopening goes back to the aanmelding: the items are reviewed when it moves on from there.
        GegevenRepository items(m_database);
        auto held = items.heldForCasus(casus.id);
        if (!held)
            return std::unexpected(held.error());
        QSet<qint64> heldIds;
        for (const Gegeven &gegeven : *held)
            heldIds.insert(gegeven.id);
        if (!reopening || !change.reviews.isEmpty()) {
            if (auto complete = ReviewRules::checkComplete(heldIds, change.reviews); !complete)
                return complete;
        }
        for (const GegevenReview &review : change.reviews) {
            if (auto applied = items.applyReview(review, change.from, change.to, call.user.id, call.now); !applied)
                return applied;
            call.objects << QStringLiteral("gegeven:%1:%2").arg(review.gegevenId).arg(review.keep ? QStringLiteral("bewaard") : QStringLiteral("ingetrokken"));
        }
        return CasusRepository(m_database)
            .recordTransition({casus.id, change.from, change.to, call.now, call.user.id, change.decision, change.basis});
    });
}

} // namespace casusregie
