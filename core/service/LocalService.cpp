#include "service/LocalService.h"

#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

namespace casusregie {

namespace {

Error loginRefused()
{
    return Error{ErrorCode::AuthenticationFailed, QStringLiteral("Gebruikersnaam of wachtwoord onjuist.")};
}

// Verifying against this hash when the username is unknown makes that answer take as long
// as a wrong password, so timing does not tell which usernames exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("geen-echt-account-wachtwoord")).value_or(QString());
    return hash;
}

} // namespace

LocalService::LocalService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<User> LocalService::login(const QString &username, const QString &password)
{
    m_user.reset();
    UserRepository users(m_database);
    auto user = users.byUsername(username);
    if (!user) {
        PasswordHasher::verify(password, decoyHash());
        if (user.error().code == ErrorCode::NotFound)
            return std::unexpected(loginRefused());
        return std::unexpected(user.error());
    }
    auto hash = users.passwordHash(user->id);
    if (!hash)
        return std::unexpected(hash.error());
    if (!PasswordHasher::verify(password, *hash) || !user->active)
        return std::unexpected(loginRefused());

    // P 27.3: users of a party that has opgezegd or been uitgesloten no longer get in.
    auto party = PartyRepository(m_database).byId(user->partyId);
    if (!party)
        return std::unexpected(party.error());
    if (!party->membership.isActiveOn(m_clock.today()))
        return std::unexpected(loginRefused());

    m_user = *user;
    return *user;
}

void LocalService::logout()
{
    m_user.reset();
}

Status LocalService::requireLogin() const
{
    if (!m_user)
        return fail(ErrorCode::AuthenticationFailed, QStringLiteral("Log eerst in."));
    return {};
}

Result<QList<Party>> LocalService::parties()
{
    if (auto loggedIn = requireLogin(); !loggedIn)
        return std::unexpected(loggedIn.error());
    return PartyRepository(m_database).all();
}

} // namespace casusregie
