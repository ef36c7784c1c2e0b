#include "net/SessionRegistry.h"

#include "security/PasswordHasher.h"
#include "security/SecureRandom.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QStringList>

namespace casusregie {

namespace {

Error sessionEnded()
{
    return Error{ErrorCode::SessionEnded, QStringLiteral("De sessie is verlopen of beëindigd; log opnieuw in.")};
}

} // namespace

SessionRegistry::SessionRegistry(Database &database, const Clock &clock, AuditKey auditKey)
    : m_database(database)
    , m_clock(clock)
    , m_auditKey(std::move(auditKey))
{
}

Result<QString> SessionRegistry::fingerprintOf(qint64 userId) const
{
    auto user = UserRepository(m_database).byId(userId);
    if (!user)
        return std::unexpected(user.error());
    QStringList roles;
    for (const Role role : user->roles)
        roles << enumKey(role);
    roles.sort();
    return QStringLiteral("%1|%2|%3|%4").arg(user->active).arg(user->partyId).arg(roles.join(QLatin1Char(','))).arg(user->sessionEpoch);
}

Result<QPair<QString, User>> SessionRegistry::open(const QString &username, const QString &password, const QString &totpCode,
                                                   quint64 connection)
{
    auto pending = beginOpen(username);
    if (!pending)
        return std::unexpected(pending.error());
    const bool passwordMatches = PasswordHasher::verify(password, pending->check.hashToVerify);
    return finishOpen(*pending, passwordMatches, totpCode, connection);
}

Result<SessionRegistry::PendingLogin> SessionRegistry::beginOpen(const QString &username)
{
    auto service = std::make_unique<LocalService>(m_database, m_clock, m_auditKey, LocalService::SecondFactor::AlwaysRequired);
    if (m_readAudits)
        service->handReadAuditsTo(m_readAudits);
    auto check = service->beginLogin(username);
    if (!check)
        return std::unexpected(check.error());
    return PendingLogin{std::move(service), std::move(*check)};
}

Result<QPair<QString, User>> SessionRegistry::finishOpen(PendingLogin &pending, bool passwordMatches, const QString &totpCode,
                                                         quint64 connection)
{
    std::unique_ptr<LocalService> service = std::move(pending.service);
    auto user = service->finishLogin(pending.check, passwordMatches, totpCode);
    if (!user)
        return std::unexpected(user.error());
    auto fingerprint = fingerprintOf(user->id);
    if (!fingerprint)
        return std::unexpected(fingerprint.error());
    const QString token = QString::fromLatin1(secureRandomBytes(32).toHex());
    const QDateTime now = m_clock.now();
    m_sessions.emplace(token, Session{std::move(service), user->id, connection, *fingerprint, now, now});
    return qMakePair(token, *user);
}

Result<LocalService *> SessionRegistry::resume(const QString &token, quint64 connection)
{
    const auto found = m_sessions.find(token);
    // A token seen on another connection was copied or stolen: it answers like an unknown one.
    if (token.isEmpty() || found == m_sessions.end() || found->second.connection != connection)
        return std::unexpected(sessionEnded());
    Session &session = found->second;
    const QDateTime now = m_clock.now();
    auto fingerprint = fingerprintOf(session.userId);
    const bool expired = session.lastSeen.secsTo(now) > idleSeconds || session.createdAt.secsTo(now) > absoluteSeconds;
    if (expired || !fingerprint || *fingerprint != session.fingerprint) {
        m_sessions.erase(found);
        return std::unexpected(sessionEnded());
    }
    session.lastSeen = now;
    return session.service.get();
}

void SessionRegistry::close(const QString &token, quint64 connection)
{
    const auto found = m_sessions.find(token);
    if (found == m_sessions.end() || found->second.connection != connection)
        return;
    found->second.service->logout();
    m_sessions.erase(found);
}

void SessionRegistry::closeAllOf(quint64 connection)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->second.connection == connection) {
            it->second.service->logout();
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace casusregie
