#include "net/RemoteService.h"

#include "net/CborSchema.h"
#include "net/TlsConfiguration.h"

#include <QEventLoop>
#include <QTimer>

namespace casusregie {

namespace {

Error connectionLost(const QString &detail)
{
    return Error{ErrorCode::ConnectionLost, QStringLiteral("Geen verbinding met de server: %1").arg(detail)};
}

template <typename T>
Result<T> valueOf(const Result<QCborValue> &answer)
{
    if (!answer)
        return std::unexpected(answer.error());
    cbor::DecodeGuard guard;
    T value = cbor::decode<T>(*answer);
    if (guard.failed())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het antwoord van de server is niet te lezen."));
    return value;
}

Status statusOf(const Result<QCborValue> &answer)
{
    if (!answer)
        return std::unexpected(answer.error());
    return {};
}

} // namespace

RemoteService::RemoteService(ServerProfile profile, QSslConfiguration tls, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_timeoutMs(timeoutMs)
{
    m_socket.setSslConfiguration(tls);
    m_socket.setPeerVerifyName(m_profile.host);
    connect(&m_socket, &QSslSocket::readyRead, this, &RemoteService::collectAnswers);
}

// Answers are filed by request id as they arrive, whoever is waiting, so a call made while another
// waits (the window's events keep running) never takes or loses someone else's answer.
void RemoteService::collectAnswers()
{
    if (auto appended = m_reader.append(m_socket.readAll()); !appended)
        m_brokenStream = appended.error();
    while (auto payload = m_reader.next()) {
        auto response = protocol::decodeResponse(*payload);
        if (!response) {
            m_brokenStream = response.error();
            break;
        }
        m_answered.insert(response->id, *response);
    }
    Q_EMIT answered();
}

bool RemoteService::verifyPinnedCertificate()
{
    // A pinned fingerprint narrows trust further than the CA: only that exact certificate.
    return m_profile.pinnedFingerprint.isEmpty()
        || tls::fingerprint(m_socket.peerCertificate()).compare(m_profile.pinnedFingerprint, Qt::CaseInsensitive) == 0;
}

Status RemoteService::connectToServer()
{
    if (isConnected())
        return {};
    m_socket.abort();
    m_reader = protocol::FrameReader();
    m_answered.clear();
    m_brokenStream.reset();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    connect(&m_socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    connect(&m_socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    m_socket.connectToHostEncrypted(m_profile.host, m_profile.port);
    timeout.start(m_timeoutMs);
    loop.exec();
    disconnect(&m_socket, nullptr, &loop, nullptr);
    if (!m_socket.isEncrypted()) {
        const QString reason = m_socket.sslHandshakeErrors().isEmpty() ? m_socket.errorString()
                                                                       : m_socket.sslHandshakeErrors().first().errorString();
        m_socket.abort();
        return std::unexpected(connectionLost(reason));
    }
    if (!verifyPinnedCertificate()) {
        m_socket.abort();
        return std::unexpected(connectionLost(QStringLiteral("het certificaat van de server is niet het verwachte")));
    }
    return {};
}

Result<QCborValue> RemoteService::request(const QString &op, const QCborMap &args)
{
    if (auto connected = connectToServer(); !connected)
        return std::unexpected(connected.error());
    const qint64 id = m_nextId++;
    m_socket.write(protocol::frame(protocol::encodeRequest({id, op, m_token, args})));

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &RemoteService::answered, &loop, &QEventLoop::quit);
    connect(&m_socket, &QSslSocket::readyRead, &loop, &QEventLoop::quit);
    connect(&m_socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    timeout.start(m_timeoutMs);
    while (true) {
        if (m_socket.bytesAvailable() > 0)
            collectAnswers(); // readyRead is not re-emitted while a nested wait is in progress
        if (m_brokenStream) {
            const Error error = connectionLost(QStringLiteral("het antwoord van de server is niet te lezen"));
            m_brokenStream.reset();
            m_token.clear();
            m_socket.abort();
            return std::unexpected(error);
        }
        if (m_answered.contains(id)) {
            const protocol::Response response = m_answered.take(id);
            if (!response.ok)
                return std::unexpected(response.error);
            return response.result;
        }
        if (!timeout.isActive() || m_socket.state() != QAbstractSocket::ConnectedState)
            break;
        loop.exec();
    }
    m_socket.abort();
    m_token.clear();
    m_answered.clear();
    return std::unexpected(connectionLost(QStringLiteral("geen antwoord; maak opnieuw verbinding en log opnieuw in")));
}

Result<User> RemoteService::login(const QString &username, const QString &password, const QString &totpCode)
{
    m_token.clear();
    auto answer = request(QStringLiteral("login"), {{QStringLiteral("username"), username},
                                                    {QStringLiteral("password"), password},
                                                    {QStringLiteral("totp"), totpCode}});
    if (!answer)
        return std::unexpected(answer.error());
    m_token = answer->toMap().value(QStringLiteral("token")).toString();
    return valueOf<User>(answer->toMap().value(QStringLiteral("user")));
}

void RemoteService::logout()
{
    // Best effort: the token is forgotten here either way, and the server ends an idle session itself.
    if (!m_token.isEmpty() && isConnected())
        static_cast<void>(request(QStringLiteral("logout")));
    m_token.clear();
}

template <typename R, typename... A>
R RemoteService::forward(const QString &op, const char *names, const std::tuple<A...> &arguments)
{
    const QStringList keys = OperationTable::parameterNames(names);
    QCborMap args;
    qsizetype index = 0; // a fold over the comma operator runs left to right
    std::apply([&](const auto &...value) { ((args[keys.at(index++)] = cbor::encode(value)), ...); }, arguments);
    if constexpr (std::is_void_v<typename R::value_type>)
        return statusOf(request(op, args));
    else
        return valueOf<typename R::value_type>(request(op, args));
}

#define CASUSREGIE_REMOTE_DEFINITION(name, operation, R, parameters, arguments) \
    R RemoteService::name parameters { return forward<R>(QStringLiteral(#name), #arguments, std::forward_as_tuple arguments); }
CASUSREGIE_SERVICE_OPERATIONS(CASUSREGIE_REMOTE_DEFINITION)
#undef CASUSREGIE_REMOTE_DEFINITION

} // namespace casusregie
