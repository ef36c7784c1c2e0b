#include "net/CasusregieServer.h"

#include "net/CborSchema.h"
#include "net/Dispatcher.h"

#include <QDateTime>
#include <QSslSocket>

namespace casusregie {

CasusregieServer::CasusregieServer(Database &database, const Clock &clock, AuditKey auditKey, ServerSettings settings,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_sessions(database, clock, std::move(auditKey))
{
    m_server.setSslConfiguration(m_settings.tls);
    m_server.setHandshakeTimeout(10000);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &CasusregieServer::acceptConnections);
    connect(&m_server, &QSslServer::errorOccurred, this, [this](QSslSocket *socket, QAbstractSocket::SocketError) {
        Q_EMIT logMessage(QStringLiteral("verbinding geweigerd: %1 (%2)").arg(socket->peerAddress().toString(), socket->errorString()));
    });
    connect(&m_server, &QSslServer::peerVerifyError, this, [this](QSslSocket *socket, const QSslError &error) {
        Q_EMIT logMessage(QStringLiteral("client niet vertrouwd: %1 (%2)").arg(socket->peerAddress().toString(), error.errorString()));
    });
}

CasusregieServer::~CasusregieServer() = default;

Status CasusregieServer::listen()
{
    if (!m_server.listen(m_settings.address, m_settings.port))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Kan niet luisteren op %1:%2: %3")
                                                    .arg(m_settings.address.toString())
                                                    .arg(m_settings.port)
                                                    .arg(m_server.errorString()));
    return {};
}

void CasusregieServer::acceptConnections()
{
    while (QTcpSocket *next = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(next);
        if (!socket) {
            next->deleteLater();
            continue;
        }
        m_connections.emplace(socket, Connection{});
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
        readFrom(socket); // data may already be waiting
    }
}

void CasusregieServer::closeConnection(QSslSocket *socket, const QString &reason)
{
    // The content of what was sent is never logged: it may hold personal data.
    Q_EMIT logMessage(QStringLiteral("verbinding met %1 gesloten: %2").arg(socket->peerAddress().toString(), reason));
    m_connections.erase(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void CasusregieServer::readFrom(QSslSocket *socket)
{
    auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    if (auto appended = connection.reader.append(socket->readAll()); !appended) {
        closeConnection(socket, appended.error().message);
        return;
    }
    while (auto payload = connection.reader.next()) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        if (nowMs - connection.windowStartMs >= 1000) {
            connection.windowStartMs = nowMs;
            connection.requestsInWindow = 0;
        }
        if (++connection.requestsInWindow > m_settings.maxRequestsPerSecond) {
            closeConnection(socket, QStringLiteral("te veel verzoeken per seconde"));
            return;
        }
        auto request = protocol::decodeRequest(*payload);
        if (!request) {
            closeConnection(socket, request.error().message);
            return;
        }
        socket->write(protocol::frame(handle(*request)));
    }
}

QCborMap CasusregieServer::handle(const protocol::Request &request)
{
    if (request.op == QLatin1String("login")) {
        auto opened = m_sessions.open(request.args.value(QStringLiteral("username")).toString(),
                                      request.args.value(QStringLiteral("password")).toString(),
                                      request.args.value(QStringLiteral("totp")).toString());
        if (!opened)
            return protocol::encodeError(request.id, opened.error());
        return protocol::encodeResult(request.id, QCborMap{{QStringLiteral("token"), opened->first},
                                                           {QStringLiteral("user"), cbor::encode(opened->second)}});
    }
    if (request.op == QLatin1String("logout")) {
        m_sessions.close(request.token);
        return protocol::encodeResult(request.id, QCborValue(QCborValue::Null));
    }
    if (request.op == QLatin1String("secondFactorRequired"))
        return protocol::encodeResult(request.id, true); // always, on a server

    auto service = m_sessions.resume(request.token);
    if (!service)
        return protocol::encodeError(request.id, service.error());
    auto result = Dispatcher::dispatch(**service, request.op, request.args);
    if (!result)
        return protocol::encodeError(request.id, result.error());
    return protocol::encodeResult(request.id, *result);
}

} // namespace casusregie
