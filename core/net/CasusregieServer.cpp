#include "net/CasusregieServer.h"

#include "net/CborSchema.h"
#include "net/Dispatcher.h"
#include "security/PasswordHasher.h"
#include "storage/Database.h"

#include <QSslSocket>

namespace casusregie {

CasusregieServer::CasusregieServer(Database &database, const DatabaseKey &databaseKey, const Clock &clock, AuditKey auditKey,
                                   ServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_sessions(database, clock, auditKey)
    , m_listener([this](qintptr descriptor) { accept(descriptor); })
    , m_failures([this](const QString &line) { Q_EMIT logMessage(line); })
    , m_loginBudget(m_settings.limits.loginBurstPerAddress, m_settings.limits.loginsPerMinutePerAddress)
    , m_groupCommit(database.path(), databaseKey, auditKey)
    , m_reports(database.path(), databaseKey, std::move(auditKey), clock)
{
    m_sessions.handReadAuditsTo([this](const AuditEntry &entry) { m_stagedAudits << entry; });
    m_verifier.setMaxThreadCount(m_settings.limits.verifierThreads);
    m_uptime.start();
    // The listener's own backlog is drained at once by accept(); no connection waits in it.
    m_listener.setMaxPendingConnections(m_settings.limits.maxConnections);
    m_sweepTimer.setInterval(500);
    connect(&m_sweepTimer, &QTimer::timeout, this, &CasusregieServer::sweep);
    m_sweepTimer.start();
}

// Password checks still running refer to this server: they finish before it goes.
CasusregieServer::~CasusregieServer()
{
    m_verifier.waitForDone();
}

Status CasusregieServer::listen()
{
    if (!m_listener.listen(m_settings.address, m_settings.port))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Kan niet luisteren op %1:%2: %3")
                                                    .arg(m_settings.address.toString())
                                                    .arg(m_settings.port)
                                                    .arg(m_listener.errorString()));
    return {};
}

void CasusregieServer::accept(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (!makeRoomFor(peer)) {
        m_failures.failed(peer.toString(), QStringLiteral("geweigerd: te veel verbindingen"), m_uptime.elapsed());
        socket->abort();
        socket->deleteLater();
        return;
    }
    Connection connection;
    connection.serial = m_nextSerial++;
    connection.peer = peer;
    connection.acceptedMs = m_uptime.elapsed();
    connection.reader.setLimit(m_settings.limits.preLoginFrameBytes);
    m_connections.emplace(socket, std::move(connection));

    socket->setReadBufferSize(m_settings.limits.socketReadBufferBytes);
    socket->setSslConfiguration(m_settings.tls);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        if (auto found = m_connections.find(socket); found != m_connections.end())
            found->second.encrypted = true;
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        const auto found = m_connections.find(socket);
        if (found != m_connections.end() && !found->second.encrypted)
            m_failures.failed(found->second.peer.toString(), QStringLiteral("verbroken vóór de TLS-handdruk"), m_uptime.elapsed());
        forget(socket);
    });
    connect(socket, &QSslSocket::peerVerifyError, this, [this, socket](const QSslError &error) {
        if (auto found = m_connections.find(socket); found != m_connections.end())
            m_failures.failed(found->second.peer.toString(), QStringLiteral("client niet vertrouwd (%1)").arg(error.errorString()),
                              m_uptime.elapsed());
    });
    socket->startServerEncryption();
}

// Room for one more connection from `peer`, made by closing the oldest connections that have not
// logged in (first from that address); false when every other connection is a logged-in user.
bool CasusregieServer::makeRoomFor(const QHostAddress &peer)
{
    const ConnectionLimits &limits = m_settings.limits;
    const auto fromPeer = [&] {
        return std::count_if(m_connections.begin(), m_connections.end(), [&](const auto &entry) { return entry.second.peer == peer; });
    };
    while (fromPeer() >= limits.maxPerAddress) {
        if (!evictOldestStranger(&peer))
            return false;
    }
    while (int(m_connections.size()) >= limits.maxConnections) {
        if (!evictOldestStranger(nullptr))
            return false;
    }
    return true;
}

bool CasusregieServer::evictOldestStranger(const QHostAddress *fromPeer)
{
    QSslSocket *oldest = nullptr;
    qint64 oldestMs = 0;
    for (const auto &[socket, connection] : m_connections) {
        if (connection.authenticated || (fromPeer && connection.peer != *fromPeer))
            continue;
        if (!oldest || connection.acceptedMs < oldestMs) {
            oldest = socket;
            oldestMs = connection.acceptedMs;
        }
    }
    if (!oldest)
        return false;
    closeConnection(oldest, QStringLiteral("plaats gemaakt voor een nieuwe verbinding"));
    return true;
}

// Deadlines: a handshake, a login and a started frame each have a few seconds; who misses them goes.
void CasusregieServer::sweep()
{
    const qint64 now = m_uptime.elapsed();
    const ConnectionLimits &limits = m_settings.limits;
    QList<QPair<QSslSocket *, QString>> overdue;
    for (const auto &[socket, connection] : m_connections) {
        const qint64 age = now - connection.acceptedMs;
        if (!connection.encrypted && age > limits.handshakeTimeoutMs)
            overdue << qMakePair(socket, QStringLiteral("TLS-handdruk niet op tijd"));
        else if (!connection.authenticated && age > limits.loginTimeoutMs)
            overdue << qMakePair(socket, QStringLiteral("niet op tijd ingelogd"));
        else if (connection.partialSinceMs != 0 && now - connection.partialSinceMs > limits.partialFrameTimeoutMs)
            overdue << qMakePair(socket, QStringLiteral("onvolledig bericht"));
    }
    for (const auto &[socket, reason] : overdue)
        closeConnection(socket, reason);
    m_failures.flush(now);
    m_loginBudget.prune(now);
}

void CasusregieServer::forget(QSslSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    m_sessions.closeAllOf(found->second.serial); // a session lives only as long as its connection
    m_connections.erase(found);
    socket->disconnect(this);
    socket->deleteLater();
}

void CasusregieServer::closeConnection(QSslSocket *socket, const QString &reason)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    // The content of what was sent is never logged: it may hold personal data.
    if (found->second.authenticated)
        Q_EMIT logMessage(QStringLiteral("verbinding met %1 gesloten: %2").arg(found->second.peer.toString(), reason));
    else
        m_failures.failed(found->second.peer.toString(), reason, m_uptime.elapsed());
    forget(socket);
    socket->abort();
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
        const qint64 nowMs = m_uptime.elapsed();
        if (nowMs - connection.windowStartMs >= 1000) {
            connection.windowStartMs = nowMs;
            connection.requestsInWindow = 0;
        }
        if (++connection.requestsInWindow > m_settings.limits.maxRequestsPerSecond) {
            closeConnection(socket, QStringLiteral("te veel verzoeken per seconde"));
            return;
        }
        auto request = protocol::decodeRequest(*payload);
        if (!request) {
            closeConnection(socket, request.error().message);
            return;
        }
        m_stagedAudits.clear();
        if (auto reply = handle(connection, *request))
            answer(socket, connection.serial, request->id, *reply);
    }
    connection.partialSinceMs = connection.reader.pendingBytes() == 0 ? 0
                                : connection.partialSinceMs != 0     ? connection.partialSinceMs
                                                                     : m_uptime.elapsed();
}

// A read is answered once its audit record is written: no data leaves without its record. If the
// group's commit fails, the reader gets an error instead of the data.
void CasusregieServer::answer(QSslSocket *socket, quint64 serial, qint64 requestId, const QCborMap &answer)
{
    if (m_stagedAudits.isEmpty()) {
        socket->write(protocol::frame(answer));
        return;
    }
    // The connection may be gone by the time the records are written: found again by its serial.
    m_groupCommit.write(std::exchange(m_stagedAudits, {}), [this, serial, requestId, answer](const Status &written) {
        QSslSocket *stillOpen = socketOf(serial);
        if (!stillOpen)
            return;
        stillOpen->write(protocol::frame(
            written ? answer
                    : protocol::encodeError(requestId, Error{ErrorCode::StorageFailure,
                                                             QStringLiteral("De auditlog kon niet worden bijgewerkt; "
                                                                            "daarom is er geen antwoord gegeven.")})));
    });
}

std::optional<QCborMap> CasusregieServer::handle(Connection &connection, const protocol::Request &request)
{
    if (request.op == QLatin1String("login"))
        return startLogin(connection, request);
    if (request.op == QLatin1String("logout")) {
        m_sessions.close(request.token, connection.serial);
        return protocol::encodeResult(request.id, QCborValue(QCborValue::Null));
    }
    if (request.op == QLatin1String("secondFactorRequired"))
        return protocol::encodeResult(request.id, true); // always, on a server

    auto service = m_sessions.resume(request.token, connection.serial);
    if (!service)
        return protocol::encodeError(request.id, service.error());
    if (const auto session = (*service)->sessionState(); session && ReportWorker::takes(request.op)) {
        startReport(connection, request, *session);
        return std::nullopt;
    }
    auto result = Dispatcher::dispatch(**service, request.op, request.args);
    if (!result)
        return protocol::encodeError(request.id, result.error());
    return protocol::encodeResult(request.id, *result);
}

void CasusregieServer::startReport(const Connection &connection, const protocol::Request &request,
                                   const LocalService::SessionState &session)
{
    const quint64 serial = connection.serial;
    const qint64 requestId = request.id;
    const auto deliver = [this, serial, requestId](const Result<QCborValue> &result) {
        if (QSslSocket *socket = socketOf(serial))
            socket->write(protocol::frame(result ? protocol::encodeResult(requestId, *result)
                                                 : protocol::encodeError(requestId, result.error())));
    };
    if (!m_reports.run(session, request.op, request.args, deliver))
        deliver(std::unexpected(Error{ErrorCode::Conflict, QStringLiteral("De server werkt al aan andere overzichten; "
                                                                          "probeer het over een minuut opnieuw.")}));
}

// The password check runs on the verifier pool, so logged-in users' requests are served meanwhile.
// Attempts beyond an address's budget, a second one on the same connection, or more than the pool
// can queue are refused at once without a check.
std::optional<QCborMap> CasusregieServer::startLogin(Connection &connection, const protocol::Request &request)
{
    const ConnectionLimits &limits = m_settings.limits;
    if (connection.loginPending || m_queuedLogins >= limits.maxQueuedLogins
        || !m_loginBudget.take(connection.peer.toString(), m_uptime.elapsed()))
        return protocol::encodeError(request.id, Error{ErrorCode::AuthenticationFailed,
                                                       QStringLiteral("Te veel inlogpogingen; probeer het over een minuut opnieuw.")});
    auto pending = m_sessions.beginOpen(request.args.value(QStringLiteral("username")).toString());
    if (!pending)
        return protocol::encodeError(request.id, pending.error());
    connection.loginPending = true;
    ++m_queuedLogins;
    auto shared = std::make_shared<SessionRegistry::PendingLogin>(std::move(*pending));
    const QString password = request.args.value(QStringLiteral("password")).toString();
    const QString totpCode = request.args.value(QStringLiteral("totp")).toString();
    const quint64 serial = connection.serial;
    const qint64 requestId = request.id;
    m_verifier.start([this, shared, password, totpCode, serial, requestId] {
        const bool matches = PasswordHasher::verify(password, shared->check.hashToVerify);
        QMetaObject::invokeMethod(
            this, [this, shared, matches, totpCode, serial, requestId] { finishLogin(serial, requestId, shared, matches, totpCode); },
            Qt::QueuedConnection);
    });
    return std::nullopt;
}

// Always finished, also when the connection has gone meanwhile: a failed attempt still counts
// towards the account's lockout and is audited; a session for a gone connection ends at once.
void CasusregieServer::finishLogin(quint64 serial, qint64 requestId, const std::shared_ptr<SessionRegistry::PendingLogin> &pending,
                                   bool passwordMatches, const QString &totpCode)
{
    --m_queuedLogins;
    auto opened = m_sessions.finishOpen(*pending, passwordMatches, totpCode, serial);
    QSslSocket *socket = socketOf(serial);
    if (!socket) {
        m_sessions.closeAllOf(serial);
        return;
    }
    Connection &connection = m_connections.at(socket);
    connection.loginPending = false;
    if (!opened) {
        socket->write(protocol::frame(protocol::encodeError(requestId, opened.error())));
        return;
    }
    connection.authenticated = true;
    connection.reader.setLimit(m_settings.limits.frameBytes);
    socket->write(protocol::frame(protocol::encodeResult(
        requestId, QCborMap{{QStringLiteral("token"), opened->first}, {QStringLiteral("user"), cbor::encode(opened->second)}})));
}

QSslSocket *CasusregieServer::socketOf(quint64 serial) const
{
    for (const auto &[socket, connection] : m_connections) {
        if (connection.serial == serial)
            return socket;
    }
    return nullptr;
}

} // namespace casusregie
