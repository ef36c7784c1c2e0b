// LocalService: accounts. Functioneel beheer creates and resets them but never acts as someone
// else (B6): passwords it sets are for one login, second factors are enrolled by the user, and
// roles that open personal data wait for the hoofd (the FG for a hoofd).
#include "service/LocalService.h"

#include "rules/AccountRules.h"
#include "security/PasswordHasher.h"
#include "security/Totp.h"
#include "service/InputChecks.h"
#include "storage/Database.h"
#include "storage/LoginAttemptRepository.h"
#include "storage/RoleGrantRepository.h"
#include "storage/UserRepository.h"

namespace casusregie {

namespace {

Status notForOwnAccount(qint64 callerId, qint64 userId, const QString &message)
{
    if (userId == callerId)
        return fail(ErrorCode::AccessDenied, message);
    return {};
}

} // namespace

// Roles that need no confirmation take effect now; the others wait for the hoofd (or the FG).
Status LocalService::grantRoles(const Call &call, qint64 userId, const QList<Role> &current, const QList<Role> &wanted)
{
    RoleGrantRepository grants(m_database);
    QList<Role> effective;
    for (const Role role : wanted) {
        if (current.contains(role) || !AccountRules::needsConfirmation(role))
            effective << role;
        else if (auto requested = grants.request(userId, role, call.user.id, call.now); !requested)
            return requested;
    }
    for (const Role role : allEnumValues<Role>()) {
        if (!wanted.contains(role)) {
            if (auto withdrawn = grants.withdrawPending(userId, role); !withdrawn)
                return withdrawn;
        }
    }
    return UserRepository(m_database).setRoles(userId, effective);
}

Result<qint64> LocalService::addUser(const NewUser &input)
{
    return gated(Operation::ManageUsers, 0, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        auto hash = PasswordHasher::hash(input.password);
        if (!hash)
            return std::unexpected(hash.error());
        User user = input.user;
        user.roles.clear();
        user.mustChangePassword = true; // the password beheer chose is for the first login only
        auto added = UserRepository(m_database).add(user, *hash, call.now);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("user:%1").arg(*added);
        // Failures typed under this name before the account existed are not held against it.
        if (auto forgotten = LoginAttemptRepository(m_database).forget(user.username); !forgotten)
            return std::unexpected(forgotten.error());
        if (auto granted = grantRoles(call, *added, {}, input.user.roles); !granted)
            return std::unexpected(granted.error());
        return *added;
    });
}

Status LocalService::setUserRoles(qint64 userId, const QList<Role> &roles)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        // Separation of duties: functioneel beheer never changes its own roles.
        if (auto other = notForOwnAccount(call.user.id, userId, QStringLiteral("U kunt uw eigen rollen niet wijzigen.")); !other)
            return other;
        auto user = UserRepository(m_database).byId(userId);
        if (!user)
            return std::unexpected(user.error());
        return grantRoles(call, userId, user->roles, roles);
    });
}

Status LocalService::setUserActive(qint64 userId, bool active)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        if (auto other = notForOwnAccount(call.user.id, userId, QStringLiteral("U kunt uw eigen account niet (de)activeren.")); !other)
            return other;
        return UserRepository(m_database).setActive(userId, active);
    });
}

Status LocalService::unlockUser(qint64 userId)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        UserRepository users(m_database);
        auto user = users.byId(userId);
        if (!user)
            return std::unexpected(user.error());
        if (auto forgotten = LoginAttemptRepository(m_database).forget(user->username); !forgotten)
            return forgotten;
        return users.unlock(userId);
    });
}

Status LocalService::resetPassword(qint64 userId, const QString &oneTimePassword)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        if (auto other = notForOwnAccount(call.user.id, userId, QStringLiteral("Uw eigen wachtwoord wijzigt u zelf.")); !other)
            return other;
        if (auto valid = InputChecks::checkPassword(oneTimePassword); !valid)
            return valid;
        auto hash = PasswordHasher::hash(oneTimePassword);
        if (!hash)
            return std::unexpected(hash.error());
        return UserRepository(m_database).setPassword(userId, *hash, PasswordKind::OneTime);
    });
}

Status LocalService::resetSecondFactor(qint64 userId)
{
    return gate(Operation::ManageUsers, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        if (auto other = notForOwnAccount(call.user.id, userId,
                                          QStringLiteral("Laat uw eigen tweede factor door een andere beheerder verwijderen."));
            !other)
            return other;
        return UserRepository(m_database).resetSecondFactor(userId);
    });
}

Result<QList<RoleGrant>> LocalService::roleGrants()
{
    return gated(Operation::ViewRoleGrants, 0, [&](Call &) -> Result<QList<RoleGrant>> {
        return RoleGrantRepository(m_database).all();
    });
}

Status LocalService::decideRoleGrant(qint64 grantId, bool confirm)
{
    return gate(Operation::DecideRoleGrant, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("roltoekenning:%1").arg(grantId);
        RoleGrantRepository grants(m_database);
        auto grant = grants.byId(grantId);
        if (!grant)
            return std::unexpected(grant.error());
        call.objects << QStringLiteral("user:%1,%2").arg(grant->userId).arg(confirm ? QStringLiteral("bevestigd")
                                                                                    : QStringLiteral("afgewezen"));
        if (auto allowed = AccountRules::checkDecision(call.user, *grant); !allowed)
            return allowed;
        return grants.decide(grantId, call.user.id, call.now, confirm);
    });
}

Result<QList<User>> LocalService::users()
{
    return gated(Operation::ViewUsers, 0, [&](Call &) -> Result<QList<User>> {
        return UserRepository(m_database).all();
    });
}

Status LocalService::changeOwnPassword(const QString &current, const QString &proposed)
{
    return gate(Operation::ChangeOwnPassword, 0, [&](Call &call) -> Status {
        UserRepository users(m_database);
        auto hash = users.passwordHash(call.user.id);
        if (!hash)
            return std::unexpected(hash.error());
        if (!PasswordHasher::verify(current, *hash))
            return fail(ErrorCode::AuthenticationFailed, QStringLiteral("Het huidige wachtwoord klopt niet."));
        if (auto valid = InputChecks::checkPassword(proposed); !valid)
            return valid;
        if (auto acceptable = AccountRules::checkOwnPassword(current, proposed); !acceptable)
            return acceptable;
        auto newHash = PasswordHasher::hash(proposed);
        if (!newHash)
            return std::unexpected(newHash.error());
        return users.setPassword(call.user.id, *newHash, PasswordKind::Own);
    });
}

Result<QString> LocalService::beginSecondFactorEnrolment()
{
    return gated(Operation::EnrolOwnSecondFactor, 0, [&](Call &call) -> Result<QString> {
        if (call.user.secondFactorEnrolled)
            return fail(ErrorCode::Conflict, QStringLiteral("U hebt al een tweede factor. Laat functioneel beheer die eerst "
                                                            "verwijderen als u een nieuwe telefoon gebruikt."));
        const QByteArray secret = Totp::generateSecret();
        if (auto stored = UserRepository(m_database).setPendingTotpSecret(call.user.id, secret); !stored)
            return std::unexpected(stored.error());
        return Totp::provisioningUri(secret, call.user.username);
    });
}

Status LocalService::confirmSecondFactorEnrolment(const QString &code)
{
    return gate(Operation::EnrolOwnSecondFactor, 0, [&](Call &call) -> Status {
        UserRepository users(m_database);
        auto state = users.loginState(call.user.id);
        if (!state)
            return std::unexpected(state.error());
        if (state->pendingTotpSecret.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Begin eerst met het instellen van de tweede factor."));
        const auto accepted = Totp::acceptedStep(state->pendingTotpSecret, code, call.now, 0);
        if (!accepted)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Deze code klopt niet. Controleer of de tijd op uw telefoon "
                                                                   "goed staat en typ de code die de app nu toont."));
        return users.activatePendingTotpSecret(call.user.id, *accepted);
    });
}

// Unlocking is a login without a new session: the same account, its password, the same lockout.
Status LocalService::unlockSession(const QString &password)
{
    bool wrongPassword = false;
    const Status unlocked = gate(Operation::UnlockOwnSession, 0, [&](Call &call) -> Status {
        UserRepository users(m_database);
        auto hash = users.passwordHash(call.user.id);
        if (!hash)
            return std::unexpected(hash.error());
        if (!PasswordHasher::verify(password, *hash)) {
            wrongPassword = true;
            return fail(ErrorCode::AuthenticationFailed, QStringLiteral("Het wachtwoord klopt niet."));
        }
        // The failures so far are forgiven, as at login.
        if (auto forgotten = LoginAttemptRepository(m_database).forget(call.user.username); !forgotten)
            return forgotten;
        return users.recordSuccessfulLogin(call.user.id, 0);
    });
    if (!wrongPassword)
        return unlocked;
    // Counted outside the refused call's transaction, which rolled back.
    const qint64 userId = m_user->id;
    const QString username = m_user->username;
    UserRepository users(m_database);
    if (auto counted = m_database.inTransaction([&]() -> Status {
            if (auto byName = LoginAttemptRepository(m_database).recordFailure(username, m_clock.now()); !byName)
                return byName;
            return users.recordFailedLogin(userId, m_clock.now(), lockAfterFailures);
        });
        !counted)
        return counted;
    auto state = users.loginState(userId);
    if (!state)
        return std::unexpected(state.error());
    if (!state->locked)
        return unlocked;
    logout();
    return fail(ErrorCode::SessionEnded, QStringLiteral("Te vaak een onjuist wachtwoord: uw account is geblokkeerd. "
                                                        "Functioneel beheer kan de blokkade opheffen."));
}

} // namespace casusregie
