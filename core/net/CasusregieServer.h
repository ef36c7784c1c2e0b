#pragma once

#include "common/Clock.h"
#include "net/Protocol.h"
#include "net/SessionRegistry.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>

#include <unordered_map>

class QSslSocket;

namespace casusregie {

class Database;

struct ServerSettings {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port (tests)
    QSslConfiguration tls;
    int maxRequestsPerSecond = 50;
};

// The application server: accepts TLS 1.3 connections, reads frames, and runs each request on the
// service of the caller's session. Requests are handled one at a time on this thread, so the
// database has exactly one writer and no client ever sees SQLITE_BUSY. A malformed frame closes
// only the connection that sent it.
class CasusregieServer final : public QObject {
    Q_OBJECT
public:
    CasusregieServer(Database &database, const Clock &clock, AuditKey auditKey, ServerSettings settings,
                     QObject *parent = nullptr);
    ~CasusregieServer() override;

    Status listen();
    quint16 port() const { return m_server.serverPort(); }
    void stopListening() { m_server.close(); }
    int openConnections() const { return int(m_connections.size()); }

Q_SIGNALS:
    void logMessage(const QString &line); // journald-friendly, never personal data

private:
    struct Connection {
        protocol::FrameReader reader;
        qint64 windowStartMs = 0;
        int requestsInWindow = 0;
    };

    void acceptConnections();
    void readFrom(QSslSocket *socket);
    QCborMap handle(const protocol::Request &request);
    void closeConnection(QSslSocket *socket, const QString &reason);

    Database &m_database;
    const Clock &m_clock;
    ServerSettings m_settings;
    SessionRegistry m_sessions;
    QSslServer m_server;
    std::unordered_map<QSslSocket *, Connection> m_connections;
};

} // namespace casusregie
