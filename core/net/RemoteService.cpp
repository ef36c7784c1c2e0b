#include "net/RemoteService.h"

#include "net/CborSchema.h"
#include "net/TlsConfiguration.h"

#include <QEventLoop>
#include <QSettings>
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

Result<ServerProfile> ServerProfile::load(const QString &path)
{
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError || !settings.contains(QStringLiteral("server/host")))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het verbindingsprofiel %1 is onvolledig of onleesbaar.").arg(path));
    ServerProfile profile;
    profile.host = settings.value(QStringLiteral("server/host")).toString();
    profile.port = quint16(settings.value(QStringLiteral("server/port")).toUInt());
    profile.caCertificatePath = settings.value(QStringLiteral("server/ca_certificate")).toString();
    profile.pinnedFingerprint = settings.value(QStringLiteral("server/fingerprint")).toString();
    profile.organisation = settings.value(QStringLiteral("server/organisation")).toString();
    return profile;
}

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
    if (!m_token.isEmpty() && isConnected())
        request(QStringLiteral("logout"));
    m_token.clear();
}

Result<QList<Party>> RemoteService::parties()
{
    return valueOf<QList<Party>>(request(QStringLiteral("parties"), {}));
}

Result<CasusOverview> RemoteService::submitAanmelding(const NewAanmelding &aanmelding)
{
    return valueOf<CasusOverview>(request(QStringLiteral("submitAanmelding"), {{QStringLiteral("aanmelding"), cbor::encode(aanmelding)}}));
}

Result<QList<CasusOverview>> RemoteService::ownPartyAanmeldingen()
{
    return valueOf<QList<CasusOverview>>(request(QStringLiteral("ownPartyAanmeldingen"), {}));
}

Result<QList<CasusOverview>> RemoteService::searchCases(const CaseSearch &search)
{
    return valueOf<QList<CasusOverview>>(request(QStringLiteral("searchCases"), {{QStringLiteral("search"), cbor::encode(search)}}));
}

Result<QList<CasusOverview>> RemoteService::worklist()
{
    return valueOf<QList<CasusOverview>>(request(QStringLiteral("worklist"), {}));
}

Result<Casus> RemoteService::casus(qint64 casusId)
{
    return valueOf<Casus>(request(QStringLiteral("casus"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Status RemoteService::takeOnCase(qint64 casusId)
{
    return statusOf(request(QStringLiteral("takeOnCase"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Status RemoteService::assignProcesregisseur(qint64 casusId, qint64 userId)
{
    return statusOf(request(QStringLiteral("assignProcesregisseur"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("userId"), cbor::encode(userId)}}));
}

Status RemoteService::unassignProcesregisseur(qint64 casusId, qint64 userId)
{
    return statusOf(request(QStringLiteral("unassignProcesregisseur"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("userId"), cbor::encode(userId)}}));
}

Status RemoteService::setGoalAndThemes(qint64 casusId, const QString &doel, const QList<Theme> &themes)
{
    return statusOf(request(QStringLiteral("setGoalAndThemes"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("doel"), cbor::encode(doel)}, {QStringLiteral("themes"), cbor::encode(themes)}}));
}

Status RemoteService::addInvolvedParty(qint64 casusId, qint64 partyId, const QString &role)
{
    return statusOf(request(QStringLiteral("addInvolvedParty"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("partyId"), cbor::encode(partyId)}, {QStringLiteral("role"), cbor::encode(role)}}));
}

Result<qint64> RemoteService::recordBekendheidscheck(const Bekendheidscheck &check)
{
    return valueOf<qint64>(request(QStringLiteral("recordBekendheidscheck"), {{QStringLiteral("check"), cbor::encode(check)}}));
}

Result<qint64> RemoteService::requestInformation(const Informatieverzoek &verzoek)
{
    return valueOf<qint64>(request(QStringLiteral("requestInformation"), {{QStringLiteral("verzoek"), cbor::encode(verzoek)}}));
}

Status RemoteService::changePhase(const PhaseChange &change)
{
    return statusOf(request(QStringLiteral("changePhase"), {{QStringLiteral("change"), cbor::encode(change)}}));
}

Result<qint64> RemoteService::addBetrokkene(const Betrokkene &betrokkene)
{
    return valueOf<qint64>(request(QStringLiteral("addBetrokkene"), {{QStringLiteral("betrokkene"), cbor::encode(betrokkene)}}));
}

Result<QList<Betrokkene>> RemoteService::betrokkenen(qint64 casusId)
{
    return valueOf<QList<Betrokkene>>(request(QStringLiteral("betrokkenen"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Result<qint64> RemoteService::addGegeven(const NewGegeven &gegeven)
{
    return valueOf<qint64>(request(QStringLiteral("addGegeven"), {{QStringLiteral("gegeven"), cbor::encode(gegeven)}}));
}

Result<QList<Gegeven>> RemoteService::gegevens(qint64 casusId)
{
    return valueOf<QList<Gegeven>>(request(QStringLiteral("gegevens"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Result<QList<qint64>> RemoteService::recordApproval(qint64 casusId, const NewApproval &approval)
{
    return valueOf<QList<qint64>>(request(QStringLiteral("recordApproval"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("approval"), cbor::encode(approval)}}));
}

Status RemoteService::withdrawApproval(qint64 casusId, qint64 approvalId)
{
    return statusOf(request(QStringLiteral("withdrawApproval"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("approvalId"), cbor::encode(approvalId)}}));
}

Result<qint64> RemoteService::recordConsent(qint64 casusId, const Toestemming &consent)
{
    return valueOf<qint64>(request(QStringLiteral("recordConsent"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("consent"), cbor::encode(consent)}}));
}

Result<QList<Toestemming>> RemoteService::consents(qint64 casusId)
{
    return valueOf<QList<Toestemming>>(request(QStringLiteral("consents"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Status RemoteService::withdrawConsent(qint64 casusId, qint64 consentId)
{
    return statusOf(request(QStringLiteral("withdrawConsent"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("consentId"), cbor::encode(consentId)}}));
}

Result<qint64> RemoteService::recordSecrecyOverride(qint64 casusId, const NewSecrecyOverride &override)
{
    return valueOf<qint64>(request(QStringLiteral("recordSecrecyOverride"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("override"), cbor::encode(override)}}));
}

Result<qint64> RemoteService::recordVerstrekking(const Verstrekking &verstrekking)
{
    return valueOf<qint64>(request(QStringLiteral("recordVerstrekking"), {{QStringLiteral("verstrekking"), cbor::encode(verstrekking)}}));
}

Result<qint64> RemoteService::planOverleg(const Overleg &overleg)
{
    return valueOf<qint64>(request(QStringLiteral("planOverleg"), {{QStringLiteral("overleg"), cbor::encode(overleg)}}));
}

Status RemoteService::scheduleOverleg(qint64 casusId, qint64 overlegId, const QDateTime &datum, const QString &plaats)
{
    return statusOf(request(QStringLiteral("scheduleOverleg"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("overlegId"), cbor::encode(overlegId)}, {QStringLiteral("datum"), cbor::encode(datum)}, {QStringLiteral("plaats"), cbor::encode(plaats)}}));
}

Status RemoteService::recordOverlegOutcome(qint64 casusId, const OverlegOutcome &outcome)
{
    return statusOf(request(QStringLiteral("recordOverlegOutcome"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("outcome"), cbor::encode(outcome)}}));
}

Result<qint64> RemoteService::recordBesluit(qint64 casusId, const NewBesluit &besluit)
{
    return valueOf<qint64>(request(QStringLiteral("recordBesluit"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("besluit"), cbor::encode(besluit)}}));
}

Status RemoteService::appointCasusregisseur(qint64 casusId, qint64 userId)
{
    return statusOf(request(QStringLiteral("appointCasusregisseur"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("userId"), cbor::encode(userId)}}));
}

Status RemoteService::setAfschalingscriteria(qint64 casusId, const QString &criteria)
{
    return statusOf(request(QStringLiteral("setAfschalingscriteria"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("criteria"), cbor::encode(criteria)}}));
}

Result<qint64> RemoteService::addAfspraak(const Afspraak &afspraak)
{
    return valueOf<qint64>(request(QStringLiteral("addAfspraak"), {{QStringLiteral("afspraak"), cbor::encode(afspraak)}}));
}

Status RemoteService::updateAfspraakStatus(qint64 casusId, qint64 afspraakId, AfspraakStatus status, const QString &result)
{
    return statusOf(request(QStringLiteral("updateAfspraakStatus"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("afspraakId"), cbor::encode(afspraakId)}, {QStringLiteral("status"), cbor::encode(status)}, {QStringLiteral("result"), cbor::encode(result)}}));
}

Result<qint64> RemoteService::addMonitoringNote(qint64 casusId, const QString &note)
{
    return valueOf<qint64>(request(QStringLiteral("addMonitoringNote"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("note"), cbor::encode(note)}}));
}

Result<QList<Overleg>> RemoteService::overleggen(qint64 casusId)
{
    return valueOf<QList<Overleg>>(request(QStringLiteral("overleggen"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Result<QList<Afspraak>> RemoteService::afspraken(qint64 casusId)
{
    return valueOf<QList<Afspraak>>(request(QStringLiteral("afspraken"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Result<qint64> RemoteService::recordCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation)
{
    return valueOf<qint64>(request(QStringLiteral("recordCalamiteitsevaluatie"), {{QStringLiteral("evaluation"), cbor::encode(evaluation)}}));
}

Result<QList<Calamiteitsevaluatie>> RemoteService::calamiteitsevaluaties(qint64 casusId)
{
    return valueOf<QList<Calamiteitsevaluatie>>(
        request(QStringLiteral("calamiteitsevaluaties"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Result<qint64> RemoteService::recordRetentionExtension(const RetentionExtension &extension)
{
    return valueOf<qint64>(request(QStringLiteral("recordRetentionExtension"), {{QStringLiteral("extension"), cbor::encode(extension)}}));
}

Result<AnnualFigures> RemoteService::annualFigures(int year)
{
    return valueOf<AnnualFigures>(request(QStringLiteral("annualFigures"), {{QStringLiteral("year"), cbor::encode(year)}}));
}

Result<qint64> RemoteService::registerVerzoek(const Verzoek &verzoek)
{
    return valueOf<qint64>(request(QStringLiteral("registerVerzoek"), {{QStringLiteral("verzoek"), cbor::encode(verzoek)}}));
}

Result<QList<VerzoekStatus>> RemoteService::verzoeken()
{
    return valueOf<QList<VerzoekStatus>>(request(QStringLiteral("verzoeken"), {}));
}

Status RemoteService::verifyIdentity(qint64 verzoekId, QDate on, const QString &how)
{
    return statusOf(request(QStringLiteral("verifyIdentity"), {{QStringLiteral("verzoekId"), cbor::encode(verzoekId)}, {QStringLiteral("on"), cbor::encode(on)}, {QStringLiteral("how"), cbor::encode(how)}}));
}

Status RemoteService::decideVerzoek(qint64 verzoekId, VerzoekBesluit besluit, const QString &motivation)
{
    return statusOf(request(QStringLiteral("decideVerzoek"), {{QStringLiteral("verzoekId"), cbor::encode(verzoekId)}, {QStringLiteral("besluit"), cbor::encode(besluit)}, {QStringLiteral("motivation"), cbor::encode(motivation)}}));
}

Status RemoteService::markVerzoekSent(qint64 verzoekId, QDate sentOn)
{
    return statusOf(request(QStringLiteral("markVerzoekSent"), {{QStringLiteral("verzoekId"), cbor::encode(verzoekId)}, {QStringLiteral("sentOn"), cbor::encode(sentOn)}}));
}

Result<InzageOverzicht> RemoteService::inzageOverzicht(qint64 verzoekId)
{
    return valueOf<InzageOverzicht>(request(QStringLiteral("inzageOverzicht"), {{QStringLiteral("verzoekId"), cbor::encode(verzoekId)}}));
}

Status RemoteService::correctGegeven(qint64 verzoekId, qint64 gegevenId, const QString &content)
{
    return statusOf(request(QStringLiteral("correctGegeven"), {{QStringLiteral("verzoekId"), cbor::encode(verzoekId)}, {QStringLiteral("gegevenId"), cbor::encode(gegevenId)}, {QStringLiteral("content"), cbor::encode(content)}}));
}

Status RemoteService::deleteGegeven(qint64 verzoekId, qint64 gegevenId)
{
    return statusOf(request(QStringLiteral("deleteGegeven"), {{QStringLiteral("verzoekId"), cbor::encode(verzoekId)}, {QStringLiteral("gegevenId"), cbor::encode(gegevenId)}}));
}

Result<qint64> RemoteService::recordInformatieplicht(qint64 casusId, const Informatieplicht &record)
{
    return valueOf<qint64>(request(QStringLiteral("recordInformatieplicht"), {{QStringLiteral("casusId"), cbor::encode(casusId)}, {QStringLiteral("record"), cbor::encode(record)}}));
}

Result<QList<InformatieplichtReview>> RemoteService::informatieplichtReviewsDue()
{
    return valueOf<QList<InformatieplichtReview>>(request(QStringLiteral("informatieplichtReviewsDue"), {}));
}

Result<qint64> RemoteService::reportDatalek(const Datalek &datalek)
{
    return valueOf<qint64>(request(QStringLiteral("reportDatalek"), {{QStringLiteral("datalek"), cbor::encode(datalek)}}));
}

Status RemoteService::assessDatalek(const Datalek &datalek)
{
    return statusOf(request(QStringLiteral("assessDatalek"), {{QStringLiteral("datalek"), cbor::encode(datalek)}}));
}

Status RemoteService::recordApNotification(qint64 datalekId, const QDateTime &at, const QString &reference)
{
    return statusOf(request(QStringLiteral("recordApNotification"), {{QStringLiteral("datalekId"), cbor::encode(datalekId)}, {QStringLiteral("at"), cbor::encode(at)}, {QStringLiteral("reference"), cbor::encode(reference)}}));
}

Result<QList<DatalekStatus>> RemoteService::datalekken()
{
    return valueOf<QList<DatalekStatus>>(request(QStringLiteral("datalekken"), {}));
}

Result<QList<Verwerking>> RemoteService::verwerkingsregister()
{
    return valueOf<QList<Verwerking>>(request(QStringLiteral("verwerkingsregister"), {}));
}

Status RemoteService::saveVerwerking(const Verwerking &verwerking)
{
    return statusOf(request(QStringLiteral("saveVerwerking"), {{QStringLiteral("verwerking"), cbor::encode(verwerking)}}));
}

Result<QList<Verwerker>> RemoteService::verwerkers()
{
    return valueOf<QList<Verwerker>>(request(QStringLiteral("verwerkers"), {}));
}

Result<qint64> RemoteService::addVerwerker(const Verwerker &verwerker)
{
    return valueOf<qint64>(request(QStringLiteral("addVerwerker"), {{QStringLiteral("verwerker"), cbor::encode(verwerker)}}));
}

Status RemoteService::markVerwerkerReviewed(qint64 verwerkerId, QDate on)
{
    return statusOf(request(QStringLiteral("markVerwerkerReviewed"), {{QStringLiteral("verwerkerId"), cbor::encode(verwerkerId)}, {QStringLiteral("on"), cbor::encode(on)}}));
}

Result<qint64> RemoteService::addParty(const Party &party)
{
    return valueOf<qint64>(request(QStringLiteral("addParty"), {{QStringLiteral("party"), cbor::encode(party)}}));
}

Status RemoteService::recordMembershipChange(const LidmaatschapWijziging &change)
{
    return statusOf(request(QStringLiteral("recordMembershipChange"), {{QStringLiteral("change"), cbor::encode(change)}}));
}

Result<QList<LidmaatschapWijziging>> RemoteService::membershipHistory()
{
    return valueOf<QList<LidmaatschapWijziging>>(request(QStringLiteral("membershipHistory"), {}));
}

Result<QList<AuditRecord>> RemoteService::auditTrail(qint64 casusId)
{
    return valueOf<QList<AuditRecord>>(request(QStringLiteral("auditTrail"), {{QStringLiteral("casusId"), cbor::encode(casusId)}}));
}

Result<AuditChainReport> RemoteService::verifyAuditChain()
{
    return valueOf<AuditChainReport>(request(QStringLiteral("verifyAuditChain"), {}));
}

Result<QList<BewaardeOmVerstrekking>> RemoteService::bewaardeOmVerstrekkingen()
{
    return valueOf<QList<BewaardeOmVerstrekking>>(request(QStringLiteral("bewaardeOmVerstrekkingen"), {}));
}

Result<qint64> RemoteService::addUser(const NewUser &user)
{
    return valueOf<qint64>(request(QStringLiteral("addUser"), {{QStringLiteral("user"), cbor::encode(user)}}));
}

Status RemoteService::setUserRoles(qint64 userId, const QList<Role> &roles)
{
    return statusOf(request(QStringLiteral("setUserRoles"), {{QStringLiteral("userId"), cbor::encode(userId)}, {QStringLiteral("roles"), cbor::encode(roles)}}));
}

Status RemoteService::setUserActive(qint64 userId, bool active)
{
    return statusOf(request(QStringLiteral("setUserActive"), {{QStringLiteral("userId"), cbor::encode(userId)}, {QStringLiteral("active"), cbor::encode(active)}}));
}

Status RemoteService::unlockUser(qint64 userId)
{
    return statusOf(request(QStringLiteral("unlockUser"), {{QStringLiteral("userId"), cbor::encode(userId)}}));
}

Status RemoteService::resetPassword(qint64 userId, const QString &oneTimePassword)
{
    return statusOf(request(QStringLiteral("resetPassword"), {{QStringLiteral("userId"), cbor::encode(userId)},
                                                              {QStringLiteral("oneTimePassword"), cbor::encode(oneTimePassword)}}));
}

Status RemoteService::resetSecondFactor(qint64 userId)
{
    return statusOf(request(QStringLiteral("resetSecondFactor"), {{QStringLiteral("userId"), cbor::encode(userId)}}));
}

Result<QList<RoleGrant>> RemoteService::roleGrants()
{
    return valueOf<QList<RoleGrant>>(request(QStringLiteral("roleGrants"), {}));
}

Status RemoteService::decideRoleGrant(qint64 grantId, bool confirm)
{
    return statusOf(request(QStringLiteral("decideRoleGrant"),
                            {{QStringLiteral("grantId"), cbor::encode(grantId)}, {QStringLiteral("confirm"), cbor::encode(confirm)}}));
}

Status RemoteService::changeOwnPassword(const QString &current, const QString &proposed)
{
    return statusOf(request(QStringLiteral("changeOwnPassword"),
                            {{QStringLiteral("current"), cbor::encode(current)}, {QStringLiteral("proposed"), cbor::encode(proposed)}}));
}

Result<QString> RemoteService::beginSecondFactorEnrolment()
{
    return valueOf<QString>(request(QStringLiteral("beginSecondFactorEnrolment"), {}));
}

Status RemoteService::confirmSecondFactorEnrolment(const QString &code)
{
    return statusOf(request(QStringLiteral("confirmSecondFactorEnrolment"), {{QStringLiteral("code"), cbor::encode(code)}}));
}

Result<QList<User>> RemoteService::users()
{
    return valueOf<QList<User>>(request(QStringLiteral("users"), {}));
}
} // namespace casusregie
