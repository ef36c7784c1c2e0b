#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "service/LocalService.h"

#include <QDateTime>
#include <unordered_map>
#include <QString>

#include <functional>
#include <memory>

namespace casusregie {

// The server's logged-in sessions: a token of 256 random bits per login, each with the service
// that runs as that user, bound to the connection that logged in (a token is worth nothing on any
// other connection, and ends with its own). Idle after 15 minutes, at most 12 hours, revoked at
// logout and as soon as the account is disabled, reset by beheer or its roles or party change.
class SessionRegistry {
public:
    static constexpr int idleSeconds = 15 * 60;
    static constexpr int absoluteSeconds = 12 * 3600;

    SessionRegistry(Database &database, const Clock &clock, AuditKey auditKey);

    // Logs in and opens a session; the token is only ever sent to that client.
    Result<QPair<QString, User>> open(const QString &username, const QString &password, const QString &totpCode,
                                      quint64 connection);

    // open() in two halves around the password check, which the server runs on its verifier pool.
    struct PendingLogin {
        std::unique_ptr<LocalService> service;
        LoginCheck check;
    };
    Result<PendingLogin> beginOpen(const QString &username);
    Result<QPair<QString, User>> finishOpen(PendingLogin &pending, bool passwordMatches, const QString &totpCode,
                                            quint64 connection);
    // The session's service, after checking its connection, timeouts and the account; touches it.
    Result<LocalService *> resume(const QString &token, quint64 connection);
    void close(const QString &token, quint64 connection);
    // The connection closed: its sessions end with it.
    void closeAllOf(quint64 connection);
    int count() const { return int(m_sessions.size()); }
    // Where every session's audit records of reads go (the server's group commit).
    void handReadAuditsTo(std::function<void(const AuditEntry &)> sink) { m_readAudits = std::move(sink); }

private:
    struct Session {
        std::unique_ptr<LocalService> service;
        qint64 userId = 0;
        quint64 connection = 0;
        QString fingerprint; // active, roles, party and session epoch at login
        QDateTime createdAt;
        QDateTime lastSeen;
    };
    Result<QString> fingerprintOf(qint64 userId) const;

    Database &m_database;
    const Clock &m_clock;
    AuditKey m_auditKey;
    std::unordered_map<QString, Session> m_sessions;
    std::function<void(const AuditEntry &)> m_readAudits;
};

} // namespace casusregie
