#pragma once

#include "common/Clock.h"
#include "net/AuditGroupCommit.h"
#include "net/ReportWorker.h"
#include "net/ConnectionLimits.h"
#include "net/FailureLog.h"
#include "net/LoginBudget.h"
#include "net/Protocol.h"
#include "net/SessionRegistry.h"
#include "net/TlsListener.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <unordered_map>

class QSslSocket;

namespace casusregie {

class Database;

struct ServerSettings {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port (tests)
    QSslConfiguration tls;
    ConnectionLimits limits;
};

// The application server: accepts TLS 1.3 connections, reads frames, and runs each request on the
// service of the caller's session. Requests are handled one at a time on this thread, so the
// database has one writer for the casussen; a read's audit record goes to the group commit, which
// writes the records of many reads in one transaction and only then lets their answers go. A malformed frame closes
// only the connection that sent it. It keeps accepting whatever other connections do: handshakes
// and logins have deadlines, connections are capped in total and per address (the oldest that
// has not logged in makes room first), and a stranger's frames are small.
class CasusregieServer final : public QObject {
    Q_OBJECT
public:
    // `databaseKey` opens the group commit's own connection to `database`.
    CasusregieServer(Database &database, const DatabaseKey &databaseKey, const Clock &clock, AuditKey auditKey,
                     ServerSettings settings, QObject *parent = nullptr);
    ~CasusregieServer() override;

    Status listen();
    quint16 port() const { return m_listener.serverPort(); }
    void stopListening() { m_listener.close(); }
    int openConnections() const { return int(m_connections.size()); }

Q_SIGNALS:
    void logMessage(const QString &line); // journald-friendly, never personal data

private:
    struct Connection {
        quint64 serial = 0;
        QHostAddress peer;
        qint64 acceptedMs = 0;
        bool encrypted = false;
        bool authenticated = false;
        qint64 partialSinceMs = 0; // when an incomplete frame started waiting
        protocol::FrameReader reader;
        qint64 windowStartMs = 0;
        int requestsInWindow = 0;
        bool loginPending = false; // one password check at a time per connection
    };

    void accept(qintptr descriptor);
    bool makeRoomFor(const QHostAddress &peer);
    bool evictOldestStranger(const QHostAddress *fromPeer);
    void sweep();
    void readFrom(QSslSocket *socket);
    // Sends the answer now, or once the audit records the request staged are written.
    void answer(QSslSocket *socket, quint64 serial, qint64 requestId, const QCborMap &answer);
    // The answer now, or nothing when it comes later (a login waits for its password check).
    std::optional<QCborMap> handle(Connection &connection, const protocol::Request &request);
    std::optional<QCborMap> startLogin(Connection &connection, const protocol::Request &request);
    // A long read goes to the report worker; its answer comes later.
    void startReport(const Connection &connection, const protocol::Request &request,
                     const LocalService::SessionState &session);
    void finishLogin(quint64 serial, qint64 requestId, const std::shared_ptr<SessionRegistry::PendingLogin> &pending,
                     bool passwordMatches, const QString &totpCode);
    QSslSocket *socketOf(quint64 serial) const;
    void closeConnection(QSslSocket *socket, const QString &reason);
    void forget(QSslSocket *socket);

    Database &m_database;
    const Clock &m_clock;
    ServerSettings m_settings;
    SessionRegistry m_sessions;
    TlsListener m_listener;
    QTimer m_sweepTimer;
    QElapsedTimer m_uptime;
    FailureLog m_failures;
    LoginBudget m_loginBudget;
    QThreadPool m_verifier;
    AuditGroupCommit m_groupCommit;
    ReportWorker m_reports;
    QList<AuditEntry> m_stagedAudits; // the records of the request being handled, for m_groupCommit
    int m_queuedLogins = 0;
    quint64 m_nextSerial = 1;
    std::unordered_map<QSslSocket *, Connection> m_connections;
};

} // namespace casusregie
