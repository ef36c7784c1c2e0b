#include "service/LocalService.h"

#include "rules/PhaseActions.h"
#include "rules/RetentionSchedule.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/CasusRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/OverlegRepository.h"
#include "storage/PartyRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TriageRepository.h"
#include "storage/UserRepository.h"

#include <QStringList>

#include <algorithm>

namespace casusregie {

namespace {

Error sessionEnded()
{
    return Error{ErrorCode::SessionEnded, QStringLiteral("U bent niet (meer) ingelogd; log opnieuw in.")};
}

QString roleKeys(const QList<Role> &roles)
{
    QStringList keys;
    for (const Role role : roles)
        keys << enumKey(role);
    return keys.join(QLatin1Char(','));
}

} // namespace

Error LocalService::caseNotVisible()
{
    // Exactly what CasusRepository says for a casus that does not exist.
    return Error{ErrorCode::NotFound, QStringLiteral("Deze casus bestaat niet.")};
}

LocalService::LocalService(Database &database, const Clock &clock, AuditKey auditKey, SecondFactor secondFactor)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, std::move(auditKey))
    , m_secondFactor(secondFactor)
{
}

bool LocalService::secondFactorRequired()
{
    if (m_secondFactor == SecondFactor::AlwaysRequired)
        return true;
    if (m_secondFactor == SecondFactor::HeldKeyFile)
        return false;
    return SettingsRepository(m_database).secondFactorRequired().value_or(true);
}

void LocalService::logout()
{
    m_user.reset();
    m_party.reset();
}

bool LocalService::accountSetupPending(const User &user)
{
    return user.mustChangePassword || (!user.secondFactorEnrolled && secondFactorRequired());
}

Result<QList<Party>> LocalService::parties()
{
    return gated(Operation::ViewParties, 0, [&](Call &) -> Result<QList<Party>> {
        return PartyRepository(m_database).all();
    });
}

bool LocalService::personalDataCleared() const
{
    // access-policy.md: active account, geheimhoudingsverklaring and VOG/screening on record
    // (P 13.1, 13.3), a party that still takes part (P 27.3).
    const QDate today = m_clock.today();
    return m_user && m_party && m_user->active && m_user->geheimhoudingsverklaring.isValid()
        && m_user->geheimhoudingsverklaring <= today && m_user->vogOfScreening.isValid() && m_user->vogOfScreening <= today
        && m_party->membership.isActiveOn(today);
}

Result<CaseRelation> LocalService::relationTo(const Casus &casus) const
{
    auto invited = OverlegRepository(m_database).invitedParties(casus.id);
    auto asked = TriageRepository(m_database).informatieverzoeken(casus.id);
    auto retention = RetentionRepository(m_database).factsFor(casus);
    if (!invited || !asked || !retention)
        return std::unexpected(!invited ? invited.error() : !asked ? asked.error() : retention.error());
    RelationFacts facts;
    facts.invitedParty = invited->contains(m_user->partyId);
    facts.informationRequested = std::any_of(asked->begin(), asked->end(),
                                             [&](const Informatieverzoek &v) { return v.partyId == m_user->partyId; });
    facts.retention = *retention;
    return relationFrom(casus, facts);
}

// The relations to a whole list in a few statements per 500 casussen: which of them the user's
// party is invited to or asked about, and their retention facts.
Result<QList<CaseRelation>> LocalService::relationsTo(const QList<Casus> &cases) const
{
    QList<qint64> ids;
    ids.reserve(cases.size());
    for (const Casus &casus : cases)
        ids << casus.id;
    auto invited = OverlegRepository(m_database).casussenInviting(m_user->partyId, ids);
    auto asked = TriageRepository(m_database).casussenAsking(m_user->partyId, ids);
    auto retention = RetentionRepository(m_database).factsForAll(cases);
    if (!invited || !asked || !retention)
        return std::unexpected(!invited ? invited.error() : !asked ? asked.error() : retention.error());
    QList<CaseRelation> relations;
    relations.reserve(cases.size());
    for (const Casus &casus : cases) {
        auto relation = relationFrom(casus, {invited->contains(casus.id), asked->contains(casus.id), retention->value(casus.id)});
        if (!relation)
            return std::unexpected(relation.error());
        relations << *relation;
    }
    return relations;
}

Result<CaseRelation> LocalService::relationFrom(const Casus &casus, const RelationFacts &facts) const
{
    CaseRelation relation;
    relation.assignedProcesregisseur = casus.procesregisseurIds.contains(m_user->id);
    relation.appointedCasusregisseur = casus.casusregisseurUserId == m_user->id;
    relation.newAanmelding = casus.procesregisseurIds.isEmpty() && casus.phase == Phase::Aanmelding && !casus.takenOn;
    relation.invitedParty = facts.invitedParty;
    relation.informationRequested = facts.informationRequested;
    relation.readOnly = casus.phase == Phase::NietDoorgeleid;

    const QDate today = m_clock.today();
    relation.pastDestruction = RetentionSchedule::isDue(facts.retention, today);
    // P 11.6: the retention schedule decides when access after afschaling ends, for every role.
    const AfschalingWindow window = RetentionSchedule::windowOn(facts.retention, today);
    relation.prAccessExpired = window == AfschalingWindow::Dormant || window == AfschalingWindow::RequestsOnly;
    relation.reopenable = window == AfschalingWindow::Dormant;
    // P 11.8: a casus not taken on is kept only to justify that decision: closed to partners at once.
    relation.partnerAccessClosed = relation.prAccessExpired || casus.phase == Phase::NietDoorgeleid;
    if (window == AfschalingWindow::RequestsOnly && relation.assignedProcesregisseur) {
        // P 11.6: under an open calamity evaluation the procesregisseur reads the dossier again, nothing more.
        auto evaluations = RetentionRepository(m_database).calamiteitsevaluaties(casus.id);
        if (!evaluations)
            return std::unexpected(evaluations.error());
        for (const Calamiteitsevaluatie &evaluation : *evaluations) {
            if (evaluation.isOpenOn(today)) {
                relation.prAccessExpired = false;
                relation.readOnly = true;
                relation.calamiteitsevaluatieId = evaluation.id;
            }
        }
    }
    return relation;
}

AuditEntry LocalService::auditEntry(Operation operation, qint64 casusId, const QStringList &objects,
                                    const QString &outcome) const
{
    AuditEntry entry;
    entry.at = m_clock.now();
    entry.userId = m_user ? m_user->id : 0;
    entry.username = m_user ? m_user->username : QString();
    entry.roles = m_user ? roleKeys(m_user->roles) : QString();
    entry.partyId = m_user ? m_user->partyId : 0;
    entry.action = enumKey(operation);
    entry.casusId = casusId;
    entry.objects = objects.join(QLatin1Char(','));
    entry.outcome = outcome;
    return entry;
}

void LocalService::auditRefusal(Operation operation, qint64 casusId, const QStringList &objects, const Error &error)
{
    const bool denied = error.code == ErrorCode::AccessDenied || error.code == ErrorCode::NotFound
        || error.code == ErrorCode::AuthenticationFailed || error.code == ErrorCode::SessionEnded;
    // A refusal is already the answer; if even its audit record cannot be written, the storage
    // error is what the caller would see next, so it is not hidden but it changes no outcome.
    const Status audited = m_database.inTransaction([&]() {
        return m_audit.append(auditEntry(operation, casusId, objects, denied ? QStringLiteral("denied") : QStringLiteral("failed")));
    });
    static_cast<void>(audited);
}

Status LocalService::gate(Operation operation, qint64 casusId, const Work &work)
{
    if (!m_user || !m_party) {
        auditRefusal(operation, casusId, {}, sessionEnded());
        return std::unexpected(sessionEnded());
    }
    // Re-read account and party, so a disabled account, changed roles or an opzegging take effect at once.
    auto current = UserRepository(m_database).byId(m_user->id);
    auto party = current ? PartyRepository(m_database).byId(current->partyId) : Result<Party>(std::unexpected(current.error()));
    // P 27.3: after opzegging or uitsluiting the party's users do nothing more, not even an aanmelding.
    // B6: a password or second factor reset by beheer, or disabling the account, ends the session.
    if (!current || !party || !current->active || current->sessionEpoch != m_sessionEpoch
        || !party->membership.isActiveOn(m_clock.today())) {
        auditRefusal(operation, casusId, {}, sessionEnded());
        logout();
        return std::unexpected(sessionEnded());
    }
    m_user = *current;
    m_party = *party;

    Call call{*m_user, *m_party, m_clock.today(), m_clock.now(), std::nullopt, {}, {}};
    if (AccessPolicy::isCaseScoped(operation)) {
        if (auto entered = enterCase(operation, casusId, call); !entered)
            return entered;
    }
    const Subject subject{m_user->roles, personalDataCleared(), accountSetupPending(*m_user)};
    const auto relation = call.casus ? std::optional<CaseRelation>(call.relation) : std::nullopt;
    if (auto refused = refusal(AccessPolicy::decide(operation, subject, relation), subject)) {
        auditRefusal(operation, casusId, {}, *refused);
        return std::unexpected(*refused);
    }
    // Work on a casus's course belongs to its phases (rules/PhaseActions), whoever asks.
    if (call.casus) {
        if (const QString misfit = PhaseActions::refusal(operation, call.casus->phase); !misfit.isEmpty()) {
            const Error error{ErrorCode::GuardFailed, misfit};
            auditRefusal(operation, casusId, {}, error);
            return std::unexpected(error);
        }
    }

    std::optional<Error> failure;
    const auto doWork = [&]() -> Status {
        if (auto done = work(call); !done) {
            failure = done.error();
            return done;
        }
        return {};
    };
    // Made after the work: the work names the objects it touched.
    const auto allowedEntry = [&] {
        return auditEntry(operation, call.casus ? call.casus->id : casusId, call.objects, QStringLiteral("allowed"));
    };
    // A read takes no write lock while it reads (others write meanwhile); its audit record follows
    // (readThenAudit), and without that record it gives no answer. Any other operation writes and
    // is audited in one transaction.
    const Status committed = AccessPolicy::onlyReads(operation) ? readThenAudit(doWork, allowedEntry)
                                                                : m_database.inTransaction([&]() -> Status {
                                                                      if (auto done = doWork(); !done)
                                                                          return done;
                                                                      return m_audit.append(allowedEntry());
                                                                  });
    if (!committed) {
        auditRefusal(operation, call.casus ? call.casus->id : casusId, call.objects, failure.value_or(committed.error()));
        return committed;
    }
    return {};
}

// The record goes to the server's group commit when one is set (handReadAuditsTo), else it is
// written here in a short transaction of its own.
Status LocalService::readThenAudit(const std::function<Status()> &read, const std::function<AuditEntry()> &entry)
{
    if (auto done = m_database.inReadTransaction(read); !done)
        return done;
    if (m_readAudits) {
        m_readAudits(entry());
        return {};
    }
    return m_database.inTransaction([&] { return m_audit.append(entry()); });
}

std::optional<LocalService::SessionState> LocalService::sessionState() const
{
    if (!m_user || !m_party)
        return std::nullopt;
    return SessionState{*m_user, *m_party, m_sessionEpoch};
}

void LocalService::continueSession(const SessionState &state)
{
    m_user = state.user;
    m_party = state.party;
    m_sessionEpoch = state.sessionEpoch;
}

void LocalService::handReadAuditsTo(std::function<void(const AuditEntry &)> sink)
{
    m_readAudits = std::move(sink);
}

Status LocalService::enterCase(Operation operation, qint64 casusId, Call &call)
{
    auto casus = CasusRepository(m_database).byId(casusId);
    if (!casus) {
        auditRefusal(operation, 0, {QStringLiteral("casus:%1").arg(casusId)}, casus.error());
        return std::unexpected(casus.error().code == ErrorCode::NotFound ? caseNotVisible() : casus.error());
    }
    auto related = relationTo(*casus);
    if (!related)
        return std::unexpected(related.error());
    call.casus = *casus;
    call.relation = *related;
    if (related->calamiteitsevaluatieId != 0) // the audit shows under which evaluation this was read
        call.objects << QStringLiteral("calamiteitsevaluatie:%1").arg(related->calamiteitsevaluatieId);
    return {};
}

std::optional<Error> LocalService::refusal(Verdict verdict, const Subject &subject) const
{
    switch (verdict) {
    case Verdict::NotVisible:
        return caseNotVisible();
    case Verdict::Denied:
        return Error{ErrorCode::AccessDenied,
                     !subject.accountSetupPending ? QStringLiteral("U bent niet bevoegd voor deze handeling.")
                     : m_user->mustChangePassword ? QStringLiteral("Kies eerst een eigen wachtwoord; daarna kunt u verder.")
                                                  : QStringLiteral("Stel eerst uw tweede factor in; daarna kunt u verder.")};
    case Verdict::Allowed:
        break;
    }
    return std::nullopt;
}

Status LocalService::requireOwnPartyGegeven(const Call &call, qint64 supplierPartyId) const
{
    if (call.isAssignedProcesregisseur() || supplierPartyId == call.user.partyId)
        return {};
    return fail(ErrorCode::AccessDenied, QStringLiteral("Dit kan alleen voor gegevens die uw eigen partij heeft ingebracht."));
}

Result<Gegeven> LocalService::visibleGegeven(const Call &call, qint64 gegevenId) const
{
    auto visible = visibleGegevens(call);
    if (!visible)
        return std::unexpected(visible.error());
    for (const Gegeven &gegeven : *visible) {
        if (gegeven.id == gegevenId)
            return gegeven;
    }
    // Exactly what gegevenInCasus says for an id that does not exist.
    return fail(ErrorCode::NotFound, QStringLiteral("Dit gegeven hoort niet (meer) bij deze casus."));
}

Result<QSet<qint64>> LocalService::visibleBetrokkeneIds(const Call &call) const
{
    if (call.isAssignedProcesregisseur()) {
        auto all = BetrokkeneRepository(m_database).forCasus(call.casus->id);
        if (!all)
            return std::unexpected(all.error());
        QSet<qint64> ids;
        for (const Betrokkene &betrokkene : *all)
            ids.insert(betrokkene.id);
        return ids;
    }
    auto items = visibleGegevens(call);
    if (!items)
        return std::unexpected(items.error());
    return betrokkeneIdsForParty(call.casus->id, call.user.partyId, *items);
}

Result<QSet<qint64>> LocalService::betrokkeneIdsForParty(qint64 casusId, qint64 partyId, const QList<Gegeven> &visibleItems) const
{
    QSet<qint64> ids;
    for (const Gegeven &gegeven : visibleItems)
        ids.insert(gegeven.betrokkeneId);
    auto asked = TriageRepository(m_database).informatieverzoeken(casusId);
    if (!asked)
        return std::unexpected(asked.error());
    for (const Informatieverzoek &verzoek : *asked) {
        if (verzoek.partyId == partyId)
            ids.insert(verzoek.betrokkeneId);
    }
    return ids;
}

Result<Gegeven> LocalService::gegevenInCasus(const Call &call, qint64 gegevenId) const
{
    auto gegeven = GegevenRepository(m_database).byId(gegevenId);
    if (!gegeven || gegeven->casusId != call.casus->id || gegeven->isWithdrawn())
        return fail(ErrorCode::NotFound, QStringLiteral("Dit gegeven hoort niet (meer) bij deze casus."));
    return gegeven;
}

Result<QSet<qint64>> LocalService::partiesWithARole(const Casus &casus) const
{
    auto involved = TriageRepository(m_database).involvedParties(casus.id);
    if (!involved)
        return std::unexpected(involved.error());
    QSet<qint64> parties(involved->keyBegin(), involved->keyEnd());
    parties.insert(casus.aanmeldendePartijId);
    return parties;
}

Result<ShareFacts> LocalService::shareFacts(const Gegeven &gegeven, QDate day) const
{
    ShareFacts facts;
    facts.beroepsgeheim = gegeven.beroepsgeheim;
    facts.consentBased = gegeven.grondslag == Grondslag::Consent;
    if (!facts.beroepsgeheim && !facts.consentBased)
        return facts;
    ConsentRepository consents(m_database);
    auto consent = consents.isActive(gegeven.betrokkeneId, gegeven.supplierPartyId, day);
    auto override = consent ? consents.hasSecrecyOverride(gegeven.id) : Result<bool>(std::unexpected(consent.error()));
    if (!override)
        return std::unexpected(override.error());
    facts.consentActive = *consent;
    facts.overrideRecorded = *override;
    return facts;
}

Status LocalService::requireMember(qint64 partyId, QDate day) const
{
    auto party = PartyRepository(m_database).byId(partyId);
    if (!party)
        return fail(ErrorCode::NotFound, QStringLiteral("Deze partij bestaat niet."));
    if (!party->membership.isActiveOn(day))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1 neemt niet (meer) deel aan het convenant: zij krijgt geen gegevens meer en wordt niet "
                                   "meer uitgenodigd (P 27.3).")
                        .arg(party->name));
    return {};
}

Result<QSet<qint64>> LocalService::participants(qint64 casusId) const
{
    return OverlegRepository(m_database).invitedParties(casusId);
}

} // namespace casusregie
