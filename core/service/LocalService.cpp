#include "service/LocalService.h"

#include "security/PasswordHasher.h"
#include "storage/CasusRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/OverlegRepository.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

#include <QStringList>

namespace casusregie {

namespace {

// P 11.6: the procesregisseur keeps access for 6 months after afschaling.
constexpr int prAccessMonthsAfterAfschaling = 6;

Error loginRefused()
{
    return Error{ErrorCode::AuthenticationFailed, QStringLiteral("Gebruikersnaam of wachtwoord onjuist.")};
}

Error caseNotVisible()
{
    // Exactly what CasusRepository says for a casus that does not exist.
    return Error{ErrorCode::NotFound, QStringLiteral("Deze casus bestaat niet.")};
}

// Verifying against this hash when the username is unknown makes that answer take as long
// as a wrong password, so timing does not tell which usernames exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("geen-echt-account-wachtwoord")).value_or(QString());
    return hash;
}

QString roleKeys(const QList<Role> &roles)
{
    QStringList keys;
    for (const Role role : roles)
        keys << enumKey(role);
    return keys.join(QLatin1Char(','));
}

} // namespace

LocalService::LocalService(Database &database, const Clock &clock, AuditKey auditKey)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, std::move(auditKey))
{
}

Result<User> LocalService::login(const QString &username, const QString &password)
{
    m_user.reset();
    m_party.reset();
    UserRepository users(m_database);
    auto user = users.byUsername(username);
    const auto refuse = [&](const Error &error) -> Result<User> {
        m_database.inTransaction([&]() -> Status {
            AuditEntry entry = auditEntry(Operation::Login, 0, {}, QStringLiteral("denied"));
            entry.username = username.left(64); // the name that was tried; no password, ever
            return m_audit.append(entry);
        });
        return std::unexpected(error);
    };
    if (!user) {
        PasswordHasher::verify(password, decoyHash());
        return user.error().code == ErrorCode::NotFound ? refuse(loginRefused()) : std::unexpected(user.error());
    }
    auto hash = users.passwordHash(user->id);
    if (!hash)
        return std::unexpected(hash.error());
    if (!PasswordHasher::verify(password, *hash) || !user->active)
        return refuse(loginRefused());

    // P 27.3: users of a party that has opgezegd or been uitgesloten no longer get in.
    auto party = PartyRepository(m_database).byId(user->partyId);
    if (!party)
        return std::unexpected(party.error());
    if (!party->membership.isActiveOn(m_clock.today()))
        return refuse(loginRefused());

    m_user = *user;
    m_party = *party;
    m_database.inTransaction([&]() { return m_audit.append(auditEntry(Operation::Login, 0, {}, QStringLiteral("allowed"))); });
    return *user;
}

void LocalService::logout()
{
    m_user.reset();
    m_party.reset();
}

Result<QList<Party>> LocalService::parties()
{
    QList<Party> result;
    const Status status = gate(Operation::ViewParties, 0, [&](Call &) -> Status {
        auto all = PartyRepository(m_database).all();
        if (!all)
            return std::unexpected(all.error());
        result = *all;
        return {};
    });
    return resultOf(status, result);
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
    CaseRelation relation;
    relation.assignedProcesregisseur = casus.procesregisseurIds.contains(m_user->id);
    relation.appointedCasusregisseur = casus.casusregisseurUserId == m_user->id;
    relation.unassigned = casus.procesregisseurIds.isEmpty();
    auto invited = OverlegRepository(m_database).invitedParties(casus.id);
    if (!invited)
        return std::unexpected(invited.error());
    relation.invitedParty = invited->contains(m_user->partyId);
    relation.readOnly = casus.phase == Phase::NietDoorgeleid;

    if (casus.phase == Phase::Afschaling || casus.phase == Phase::Afgesloten) {
        auto afgeschaald = CasusRepository(m_database).lastEntered(casus.id, Phase::Afschaling);
        if (!afgeschaald)
            return std::unexpected(afgeschaald.error());
        relation.prAccessExpired = afgeschaald->isValid()
            && m_clock.today() > afgeschaald->toUTC().date().addMonths(prAccessMonthsAfterAfschaling);
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
        || error.code == ErrorCode::AuthenticationFailed;
    m_database.inTransaction([&]() {
        return m_audit.append(auditEntry(operation, casusId, objects, denied ? QStringLiteral("denied") : QStringLiteral("failed")));
    });
}

Status LocalService::gate(Operation operation, qint64 casusId, const Work &work)
{
    if (!m_user || !m_party) {
        const Error error{ErrorCode::AuthenticationFailed, QStringLiteral("Log eerst in.")};
        auditRefusal(operation, casusId, {}, error);
        return std::unexpected(error);
    }
    // Re-read account and party, so a disabled account, changed roles or an opzegging take effect at once.
    auto current = UserRepository(m_database).byId(m_user->id);
    auto party = current ? PartyRepository(m_database).byId(current->partyId) : Result<Party>(std::unexpected(current.error()));
    if (!current || !party || !current->active) {
        auditRefusal(operation, casusId, {}, loginRefused());
        logout();
        return std::unexpected(loginRefused());
    }
    m_user = *current;
    m_party = *party;

    Call call{*m_user, *m_party, m_clock.today(), m_clock.now(), std::nullopt, {}, {}};
    std::optional<CaseRelation> relation;
    if (AccessPolicy::isCaseScoped(operation)) {
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
        relation = *related;
    }

    const Subject subject{m_user->roles, personalDataCleared()};
    switch (AccessPolicy::decide(operation, subject, relation)) {
    case Verdict::NotVisible:
        auditRefusal(operation, casusId, {}, caseNotVisible());
        return std::unexpected(caseNotVisible());
    case Verdict::Denied: {
        const Error denied{ErrorCode::AccessDenied, QStringLiteral("U bent niet bevoegd voor deze handeling.")};
        auditRefusal(operation, casusId, {}, denied);
        return std::unexpected(denied);
    }
    case Verdict::Allowed:
        break;
    }

    std::optional<Error> failure;
    const Status committed = m_database.inTransaction([&]() -> Status {
        if (auto done = work(call); !done) {
            failure = done.error();
            return done;
        }
        return m_audit.append(auditEntry(operation, call.casus ? call.casus->id : casusId, call.objects, QStringLiteral("allowed")));
    });
    if (!committed) {
        auditRefusal(operation, call.casus ? call.casus->id : casusId, call.objects, failure.value_or(committed.error()));
        return committed;
    }
    return {};
}

Status LocalService::requireOwnPartyItem(const Call &call, qint64 supplierPartyId) const
{
    if (call.isAssignedProcesregisseur() || supplierPartyId == call.user.partyId)
        return {};
    return fail(ErrorCode::AccessDenied, QStringLiteral("Dit kan alleen voor gegevens die uw eigen partij heeft ingebracht."));
}

Result<Gegeven> LocalService::gegevenInCasus(const Call &call, qint64 gegevenId) const
{
    auto gegeven = GegevenRepository(m_database).byId(gegevenId);
    if (!gegeven || gegeven->casusId != call.casus->id || gegeven->isWithdrawn())
        return fail(ErrorCode::NotFound, QStringLiteral("Dit gegeven hoort niet (meer) bij deze casus."));
    return gegeven;
}

// P 7.2, 13.7: an item under professional secrecy goes out only with consent that has not been
// withdrawn, or with a recorded override on a conflict of duties or a legal meldrecht (B4).
Result<bool> LocalService::mayDisclose(const Gegeven &gegeven, QDate day) const
{
    if (!gegeven.beroepsgeheim)
        return true;
    ConsentRepository consents(m_database);
    auto consent = consents.isActive(gegeven.betrokkeneId, gegeven.supplierPartyId, day);
    if (!consent)
        return std::unexpected(consent.error());
    if (*consent)
        return true;
    return consents.hasOverride(gegeven.id);
}

Result<QSet<qint64>> LocalService::participants(qint64 casusId) const
{
    return OverlegRepository(m_database).invitedParties(casusId);
}

} // namespace casusregie
