#pragma once

#include "net/Protocol.h"
#include "service/Service.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>

namespace casusregie {

// What a partner liaison's workstation needs to reach the server: written by
// `casusregie-admin profile export`, read by the client.
struct ServerProfile {
    QString host;
    quint16 port = 0;
    QString caCertificatePath;
    QString pinnedFingerprint; // optional SHA-256 of the server certificate
    QString organisation;

    static Result<ServerProfile> load(const QString &path);
};

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
    Result<QList<Party>> parties() override;

    Result<CasusOverview> submitAanmelding(const NewAanmelding &aanmelding) override;
    Result<QList<CasusOverview>> ownPartyAanmeldingen() override;
    Result<QList<CasusOverview>> searchCases(const CaseSearch &search) override;
    Result<QList<CasusOverview>> worklist() override;
    Result<Casus> casus(qint64 casusId) override;
    Status takeOnCase(qint64 casusId) override;
    Status assignProcesregisseur(qint64 casusId, qint64 userId) override;
    Status unassignProcesregisseur(qint64 casusId, qint64 userId) override;
    Status setGoalAndThemes(qint64 casusId, const QString &doel, const QList<Theme> &themes) override;
    Status addInvolvedParty(qint64 casusId, qint64 partyId, const QString &role) override;
    Result<qint64> recordBekendheidscheck(const Bekendheidscheck &check) override;
    Result<qint64> requestInformation(const Informatieverzoek &verzoek) override;
    Status changePhase(const PhaseChange &change) override;
    Result<qint64> addBetrokkene(const Betrokkene &betrokkene) override;
    Result<QList<Betrokkene>> betrokkenen(qint64 casusId) override;
    Result<qint64> addGegeven(const NewGegeven &gegeven) override;
    Result<QList<Gegeven>> gegevens(qint64 casusId) override;
    Result<QList<qint64>> recordApproval(qint64 casusId, const NewApproval &approval) override;
    Status withdrawApproval(qint64 casusId, qint64 approvalId) override;
    Result<qint64> recordConsent(qint64 casusId, const Toestemming &consent) override;
    Status withdrawConsent(qint64 casusId, qint64 consentId) override;
    Result<QList<Toestemming>> consents(qint64 casusId) override;
    Result<qint64> recordSecrecyOverride(qint64 casusId, const NewSecrecyOverride &override) override;
    Result<qint64> recordVerstrekking(const Verstrekking &verstrekking) override;
    Result<qint64> planOverleg(const Overleg &overleg) override;
    Status scheduleOverleg(qint64 casusId, qint64 overlegId, const QDateTime &datum, const QString &plaats) override;
    Status recordOverlegOutcome(qint64 casusId, const OverlegOutcome &outcome) override;
    Result<qint64> recordBesluit(qint64 casusId, const NewBesluit &besluit) override;
    Status appointCasusregisseur(qint64 casusId, qint64 userId) override;
    Status setAfschalingscriteria(qint64 casusId, const QString &criteria) override;
    Result<qint64> addAfspraak(const Afspraak &afspraak) override;
    Status updateAfspraakStatus(qint64 casusId, qint64 afspraakId, AfspraakStatus status, const QString &result) override;
    Result<qint64> addMonitoringNote(qint64 casusId, const QString &note) override;
    Result<QList<Afspraak>> afspraken(qint64 casusId) override;
    Result<QList<Overleg>> overleggen(qint64 casusId) override;
    Result<qint64> recordRetentionExtension(const RetentionExtension &extension) override;
    Result<qint64> recordCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation) override;
    Result<QList<Calamiteitsevaluatie>> calamiteitsevaluaties(qint64 casusId) override;
    Result<AnnualFigures> annualFigures(int year) override;
    Result<qint64> registerVerzoek(const Verzoek &verzoek) override;
    Result<QList<VerzoekStatus>> verzoeken() override;
    Status verifyIdentity(qint64 verzoekId, QDate on, const QString &how) override;
    Status decideVerzoek(qint64 verzoekId, VerzoekBesluit besluit, const QString &motivation) override;
    Status markVerzoekSent(qint64 verzoekId, QDate sentOn) override;
    Result<InzageOverzicht> inzageOverzicht(qint64 verzoekId) override;
    Status correctGegeven(qint64 verzoekId, qint64 gegevenId, const QString &content) override;
    Status deleteGegeven(qint64 verzoekId, qint64 gegevenId) override;
    Result<qint64> recordInformatieplicht(qint64 casusId, const Informatieplicht &record) override;
    Result<QList<InformatieplichtReview>> informatieplichtReviewsDue() override;
    Result<qint64> reportDatalek(const Datalek &datalek) override;
    Status assessDatalek(const Datalek &datalek) override;
    Status recordApNotification(qint64 datalekId, const QDateTime &at, const QString &reference) override;
    Result<QList<DatalekStatus>> datalekken() override;
    Result<QList<Verwerking>> verwerkingsregister() override;
    Status saveVerwerking(const Verwerking &verwerking) override;
    Result<QList<Verwerker>> verwerkers() override;
    Result<qint64> addVerwerker(const Verwerker &verwerker) override;
    Status markVerwerkerReviewed(qint64 verwerkerId, QDate on) override;
    Result<qint64> addParty(const Party &party) override;
    Status recordMembershipChange(const LidmaatschapWijziging &change) override;
    Result<QList<LidmaatschapWijziging>> membershipHistory() override;
    Result<QList<AuditRecord>> auditTrail(qint64 casusId) override;
    Result<AuditChainReport> verifyAuditChain() override;
    Result<QList<BewaardeOmVerstrekking>> bewaardeOmVerstrekkingen() override;
    Result<qint64> addUser(const NewUser &user) override;
    Status setUserRoles(qint64 userId, const QList<Role> &roles) override;
    Status setUserActive(qint64 userId, bool active) override;
    Status unlockUser(qint64 userId) override;
    Status resetPassword(qint64 userId, const QString &oneTimePassword) override;
    Status resetSecondFactor(qint64 userId) override;
    Result<QList<User>> users() override;
    Result<QList<RoleGrant>> roleGrants() override;
    Status decideRoleGrant(qint64 grantId, bool confirm) override;
    Status changeOwnPassword(const QString &current, const QString &proposed) override;
    Result<QString> beginSecondFactorEnrolment() override;
    Status confirmSecondFactorEnrolment(const QString &code) override;

    // One request and its answer; public for tests of the protocol itself.
    Result<QCborValue> request(const QString &op, const QCborMap &args = {});

Q_SIGNALS:
    void answered(); // a response arrived; every waiting call checks whether it is theirs

private:
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
