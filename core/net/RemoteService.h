#pragma once

#include "net/OperationTable.h"
#include "net/Protocol.h"
#include "net/ServerProfile.h"
#include "service/Service.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>

namespace casusregie {

// The service, reached over TLS: the client uses it exactly like the local one. A call waits in a
// local event loop, so the window keeps repainting; a lost connection gives a clear error and the
// next call connects again (logging in again is the caller's step).
class RemoteService final : public QObject, public Service {
    Q_OBJECT
public:
    RemoteService(ServerProfile profile, QSslConfiguration tls, int timeoutMs = 30000, QObject *parent = nullptr);

    Status connectToServer();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted(); }

    Result<User> login(const QString &username, const QString &password, const QString &totpCode = QString()) override;
    bool secondFactorRequired() override { return true; }
    void logout() override;

#define CASUSREGIE_REMOTE_DECLARATION(name, operation, R, parameters, arguments) R name parameters override;
    CASUSREGIE_SERVICE_OPERATIONS(CASUSREGIE_REMOTE_DECLARATION)
#undef CASUSREGIE_REMOTE_DECLARATION

    // One request and its answer; public for tests of the protocol itself.
    Result<QCborValue> request(const QString &op, const QCborMap &args = {});

Q_SIGNALS:
    void answered(); // a response arrived; every waiting call checks whether it is theirs

private:
    // An operation of the table as a request: each argument under its parameter's name.
    template <typename R, typename... A>
    R forward(const QString &op, const char *names, const std::tuple<A...> &arguments);

    void collectAnswers();
    bool verifyPinnedCertificate();

    ServerProfile m_profile;
    int m_timeoutMs;
    QSslSocket m_socket;
    protocol::FrameReader m_reader;
    QHash<qint64, protocol::Response> m_answered; // by request id, until their caller takes them
    std::optional<Error> m_brokenStream;
    qint64 m_nextId = 1;
    QString m_token;
};

} // namespace casusregie
