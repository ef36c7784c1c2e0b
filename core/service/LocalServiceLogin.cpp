// Logging in: the password (Argon2id), the second factor, throttling and lockout. Every refusal
// tells the same story for a known and an unknown username, so the answers reveal nothing about
// which accounts exist.
#include "service/LocalService.h"
#include "service/LoginThrottle.h"

#include "security/PasswordHasher.h"
#include "security/Totp.h"
#include "storage/Database.h"
#include "storage/LoginAttemptRepository.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

#include <algorithm>

namespace casusregie {

namespace {

// Verifying against this hash when the username is unknown makes that answer take as long
// as a wrong password, so timing does not tell which usernames exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("geen-echt-account-wachtwoord")).value_or(QString());
    return hash;
}

Error loginRefusal(bool locked, qint64 secondsToWait)
{
    if (locked)
        return Error{ErrorCode::AuthenticationFailed,
                     QStringLiteral("Te veel mislukte pogingen met deze gebruikersnaam. Neem contact op met functioneel "
                                    "beheer om de blokkade te laten opheffen.")};
    if (secondsToWait > 0)
        return Error{ErrorCode::AuthenticationFailed,
                     QStringLiteral("Te veel mislukte pogingen. Wacht %1 en probeer het dan opnieuw.")
                         .arg(secondsToWait == 1 ? QStringLiteral("1 seconde") : QStringLiteral("%1 seconden").arg(secondsToWait))};
    return Error{ErrorCode::AuthenticationFailed, QStringLiteral("Gebruikersnaam of wachtwoord onjuist.")};
}

} // namespace

// Inside, a refusal is counted against the account and the typed name, and audited. The audit
// names the account by id when it exists, never by what was typed: a password typed into the
// username field must not end up in the log.
Result<User> LocalService::refuseLogin(const LoginCheck &check, bool countFailure)
{
    const qint64 userId = check.user ? check.user->id : 0;
    UserRepository users(m_database);
    LoginAttemptRepository names(m_database);
    const Status audited = m_database.inTransaction([&]() -> Status {
        if (countFailure && userId) {
            if (auto counted = users.recordFailedLogin(userId, m_clock.now(), lockAfterFailures); !counted)
                return counted;
        }
        if (countFailure) {
            if (auto counted = names.recordFailure(check.typedName, m_clock.now()); !counted)
                return counted;
        }
        AuditEntry entry = auditEntry(Operation::Login, 0, {}, QStringLiteral("denied"));
        entry.userId = userId;
        return m_audit.append(entry);
    });
    if (!audited)
        return std::unexpected(audited.error());

    auto attempts = names.of(check.typedName);
    if (!attempts)
        return std::unexpected(attempts.error());
    qint64 wait = LoginThrottle::secondsToWait(attempts->failures, attempts->lastFailedAt, m_clock.now());
    bool locked = attempts->failures >= lockAfterFailures;
    if (userId) {
        auto state = users.loginState(userId);
        if (!state)
            return std::unexpected(state.error());
        locked = locked || state->locked;
        wait = std::max(wait, LoginThrottle::secondsToWait(state->failedLogins, state->lastFailedAt, m_clock.now()));
    }
    return std::unexpected(loginRefusal(locked, wait));
}

Result<User> LocalService::login(const QString &username, const QString &password, const QString &totpCode)
{
    auto check = beginLogin(username);
    if (!check)
        return std::unexpected(check.error());
    const bool passwordMatches = PasswordHasher::verify(password, check->hashToVerify);
    return finishLogin(*check, passwordMatches, totpCode);
}

// Everything before the password check reads the database only; the check itself (Argon2id, slow
// on purpose) can then run elsewhere, e.g. on the server's small pool, and finishLogin completes.
Result<LoginCheck> LocalService::beginLogin(const QString &username)
{
    m_user.reset();
    m_party.reset();
    UserRepository users(m_database);
    LoginCheck check;
    check.typedName = username;
    check.hashToVerify = decoyHash(); // an unknown or throttled account costs as much as a real attempt
    auto attempts = LoginAttemptRepository(m_database).of(username);
    if (!attempts)
        return std::unexpected(attempts.error());
    check.throttled = LoginThrottle::secondsToWait(attempts->failures, attempts->lastFailedAt, m_clock.now()) > 0;
    auto user = users.byUsername(username);
    if (!user) {
        if (user.error().code != ErrorCode::NotFound)
            return std::unexpected(user.error());
        return check;
    }
    auto state = users.loginState(user->id);
    auto hash = users.passwordHash(user->id);
    if (!state || !hash)
        return std::unexpected(!state ? state.error() : hash.error());
    check.user = *user;
    check.state = *state;
    check.throttled = check.throttled || LoginThrottle::secondsToWait(state->failedLogins, state->lastFailedAt, m_clock.now()) > 0;
    if (!check.throttled)
        check.hashToVerify = *hash;
    return check;
}

Result<User> LocalService::finishLogin(const LoginCheck &check, bool passwordMatches, const QString &totpCode)
{
    m_user.reset();
    m_party.reset();
    if (check.throttled)
        return refuseLogin(check, false); // not even checked, so not counted
    if (!check.user || !passwordMatches)
        return refuseLogin(check, true);
    const User &user = *check.user;
    const LoginState &state = *check.state;
    if (state.locked || !user.active)
        return refuseLogin(check, false); // lifted by functioneel beheer only

    // Without an enrolled second factor the password opens only the enrolment (accountSetupPending).
    qint64 step = state.totpLastStep;
    if (!state.totpSecret.isEmpty() && m_secondFactor != SecondFactor::HeldKeyFile) {
        const auto accepted = Totp::acceptedStep(state.totpSecret, totpCode, m_clock.now(), state.totpLastStep);
        if (!accepted)
            return refuseLogin(check, true);
        step = *accepted;
    }

    // P 27.3: users of a party that has opgezegd or been uitgesloten no longer get in.
    auto party = PartyRepository(m_database).byId(user.partyId);
    if (!party)
        return std::unexpected(party.error());
    if (!party->membership.isActiveOn(m_clock.today()))
        return refuseLogin(check, false);

    m_user = user;
    m_party = *party;
    m_sessionEpoch = user.sessionEpoch;
    const Status audited = m_database.inTransaction([&]() -> Status {
        if (auto recorded = UserRepository(m_database).recordSuccessfulLogin(user.id, step); !recorded)
            return recorded;
        if (auto forgotten = LoginAttemptRepository(m_database).forget(check.typedName); !forgotten)
            return forgotten;
        return m_audit.append(auditEntry(Operation::Login, 0, {}, QStringLiteral("allowed")));
    });
    if (!audited) { // no login without its audit record
        logout();
        return std::unexpected(audited.error());
    }
    return user;
}

} // namespace casusregie
