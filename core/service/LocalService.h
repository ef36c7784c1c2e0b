#pragma once

#include "common/Clock.h"
#include "domain/Party.h"
#include "rules/AccessPolicy.h"
#include "rules/DisclosureRules.h"
#include "rules/RetentionSchedule.h"
#include "service/LoginThrottle.h"
#include "service/Service.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace casusregie {

class Database;

// The service running in-process on an open database (embedded mode, and inside the server).
// One instance serves one logged-in user at a time.
// What beginLogin found: the account (if any), its login state, and the hash to check the typed
// password against (a decoy for an unknown or throttled account, so every attempt costs the same).
struct LoginCheck {
    std::optional<User> user;
    std::optional<LoginState> state;
    QString typedName; // counted as a keyed hash only (LoginAttemptRepository)
    QString hashToVerify;
    bool throttled = false;
};

class LocalService final : public Service {
public:
    // Where the second factor comes from: the database's setting (embedded mode, where a demo
    // database may waive it), or always required (the server).
    // HeldKeyFile: the admin tool on the server, whose holding of the database key file stands in
    // for the second factor.
    enum class SecondFactor { AsDatabaseSays, AlwaysRequired, HeldKeyFile };

    LocalService(Database &database, const Clock &clock, AuditKey auditKey,
                 SecondFactor secondFactor = SecondFactor::AsDatabaseSays);

    // Throttling and lockout (access to the account itself, not the casus).
    static constexpr int throttleAfterFailures = LoginThrottle::throttleAfterFailures;
    static constexpr int lockAfterFailures = LoginThrottle::lockAfterFailures;

    Result<User> login(const QString &username, const QString &password, const QString &totpCode = QString()) override;
    // login() in two halves around the password check, so a server can run that check (Argon2id,
    // slow on purpose) off its request thread: verify `password` against `hashToVerify`, then finish.
    Result<LoginCheck> beginLogin(const QString &username);
    Result<User> finishLogin(const LoginCheck &check, bool passwordMatches, const QString &totpCode);
    bool secondFactorRequired() override;
    // Who is logged in, to continue the session on another connection: the server runs long reads
    // (ReportWorker) on a thread of its own. Empty when nobody is logged in.
    struct SessionState {
        User user;
        Party party;
        qint64 sessionEpoch = 0;
    };
    std::optional<SessionState> sessionState() const;
    // Continues a session opened by another LocalService. Nothing is skipped: every call re-reads
    // the account, its roles and party (gate) and ends the session if any of them changed.
    void continueSession(const SessionState &state);

    // The server's group commit (AuditGroupCommit): the audit record of an allowed read goes to
    // `sink` instead of being written at once, and whoever answers must see it written first.
    void handReadAuditsTo(std::function<void(const AuditEntry &)> sink);
    void logout() override;
    Result<QList<Party>> parties() override;

    Result<CasusOverview> submitAanmelding(const NewAanmelding &aanmelding) override;
    Result<QList<CasusOverview>> ownPartyAanmeldingen() override;
    Result<OwnAanmelding> ownAanmelding(qint64 casusId) override;
    Result<QList<CasusOverview>> searchCases(const CaseSearch &search) override;
    Result<QList<CasusOverview>> worklist() override;
    Result<CasusPage> worklistPage(const PageRequest &page) override;
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
    Result<qint64> recordConsent(qint64 casusId, const Consent &consent) override;
    Status withdrawConsent(qint64 casusId, qint64 consentId) override;
    Result<QList<Consent>> consents(qint64 casusId) override;
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
    Result<QList<SummaryCopy>> makeSummaryCopies(qint64 casusId, qint64 overlegId, const QList<qint64> &recipientPartyIds) override;
    Result<QList<SummaryCopyRecord>> summaryCopies(qint64 casusId) override;
    Result<CasusCourse> casusCourse(qint64 casusId) override;
    Result<CasusStatus> caseStatus(qint64 casusId) override;

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
    Result<VerzoekDossier> verzoekDossier(qint64 verzoekId) override;
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
    Status approveVerwerker(qint64 verwerkerId) override;
    Status markVerwerkerReviewed(qint64 verwerkerId, QDate on) override;
    Result<qint64> addParty(const Party &party) override;
    Status recordMembershipChange(const MembershipChange &change) override;
    Result<QList<MembershipChange>> membershipHistory() override;

    Result<QList<AuditRecord>> auditTrail(qint64 casusId) override;
    Result<AuditPage> auditLog(const AuditQuery &query) override;
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
    Status unlockSession(const QString &password) override;

private:
    // What a casus the user may not know of answers: exactly what a missing casus answers (C 10.2).
    static Error caseNotVisible();

    // What a call knows while it runs behind the gate.
    struct Call {
        const User &user;
        const Party &party;
        QDate today;
        QDateTime now;
        std::optional<Casus> casus;  // loaded for case-scoped operations
        CaseRelation relation;
        QStringList objects;         // ids for the audit record, never content

        bool isAssignedProcesregisseur() const { return relation.assignedProcesregisseur; }
    };
    using Work = std::function<Status(Call &)>;

    // Authenticates, applies the access policy, runs `work` in one transaction with its audit
    // record, and audits refusals on their own.
    Status gate(Operation operation, qint64 casusId, const Work &work);
    // The gate for a call that answers with a value: `work` returns it (a Result), or the error that
    // refuses the call.
    template <typename Work, typename R = std::invoke_result_t<Work, Call &>>
    R gated(Operation operation, qint64 casusId, Work &&work)
    {
        std::optional<typename R::value_type> answer;
        const Status status = gate(operation, casusId, [&](Call &call) -> Status {
            auto value = work(call);
            if (!value)
                return std::unexpected(value.error());
            answer = std::move(*value);
            return {};
        });
        if (!status)
            return std::unexpected(status.error());
        return std::move(*answer);
    }

    Status readThenAudit(const std::function<Status()> &read, const std::function<AuditEntry()> &entry);
    // For a case-scoped operation: the casus and the caller's relation to it, or the refusal (a
    // missing casus answers like a hidden one).
    Status enterCase(Operation operation, qint64 casusId, Call &call);
    // The error for a verdict other than Allowed.
    std::optional<Error> refusal(Verdict verdict, const Subject &subject) const;
    // What decides a caller's relation to a casus besides the casus itself.
    struct RelationFacts {
        bool invitedParty = false;
        bool informationRequested = false;
        RetentionFacts retention;
    };
    Result<CaseRelation> relationTo(const Casus &casus) const;
    // Whether the user may read this casus's audit trail (its Historie), asked inside another call.
    Status mayReadTrailOf(qint64 casusId);
    Result<QList<CaseRelation>> relationsTo(const QList<Casus> &cases) const;
    // The casussen of the user's worklist after `after`'s cursor that the user may open now: at
    // most `limit` (and whether more follow), or all of them.
    Result<CasusPage> worklistAfter(Call &call, const PageRequest &after, std::optional<int> limit) const;
    Result<CaseRelation> relationFrom(const Casus &casus, const RelationFacts &facts) const;
    bool personalDataCleared() const;
    void auditRefusal(Operation operation, qint64 casusId, const QStringList &objects, const Error &error);
    AuditEntry auditEntry(Operation operation, qint64 casusId, const QStringList &objects, const QString &outcome) const;

    // The status of a casus (LocalServiceStatus.cpp): what the user may do, and its signals.
    Result<QList<CaseAction>> actionsIn(const Call &call);
    Status fillAttention(const Call &call, CaseAttention &attention) const;
    Status fillCourseSignals(const Call &call, CaseAttention &attention) const;
    Status fillProcesregisseurSignals(const Call &call, CaseAttention &attention) const;
    // A worklist row: since when in its phase, the hoofdpersoon where the user may see them, and
    // the same attention as the casus's header.
    Status describeForWorklist(Call &call, const Casus &casus, const CaseRelation &relation, CasusOverview &overview) const;
    QDate phaseSince(const Casus &casus) const;

    // C 13.2e: only parties with a role in the casus may be invited, own an agreement or give its casusregisseur.
    Result<QSet<qint64>> partiesWithARole(const Casus &casus) const;
    // Whom the user may choose from, for the choices the status offers.
    Status fillCandidates(const Call &call, CasusStatus &status) const;
    // The agreements a user answers for, counts and updates: all of them for the procesregisseur
    // and the appointed casusregisseur, a partner its own party's (C 9.4c, C 14).
    static bool answersFor(const Call &call, const Afspraak &afspraak);
    // Item rules shared by several commands.
    Status requireOwnPartyGegeven(const Call &call, qint64 supplierPartyId) const;
    Result<Gegeven> gegevenInCasus(const Call &call, qint64 gegevenId) const;
    Result<QList<Gegeven>> visibleGegevens(const Call &call) const;
    // What a party may see of a casus's items on `day`: what it brought in itself, and others'
    // with the supplier's approval for it in the current phase while they may be shared.
    Result<QList<Gegeven>> gegevensForParty(const Casus &casus, qint64 partyId, QDate day) const;
    // The betrokkenen the caller may see: all for the assigned procesregisseur; for others those
    // of an item they may see or supplied, or asked about in an information request to their party.
    Result<QSet<qint64>> visibleBetrokkeneIds(const Call &call) const;
    Result<QSet<qint64>> betrokkeneIdsForParty(qint64 casusId, qint64 partyId, const QList<Gegeven> &visibleItems) const;
    // What every copy of one overleg's summary shares, read once for all its recipients.
    struct SummaryBasis;
    Result<SummaryBasis> summaryBasis(const Call &call, const Overleg &overleg) const;
    // One copy of the case summary for one recipient: its content, verstrekking and record.
    Result<SummaryCopy> makeSummaryCopy(Call &call, const SummaryBasis &basis, qint64 recipientPartyId, const QString &number);
    // An item of this casus the caller may see; a hidden one answers exactly like a missing one.
    Result<Gegeven> visibleGegeven(const Call &call, qint64 gegevenId) const;
    // What decides whether an item may be shared on this day (rules/DisclosureRules).
    Result<ShareFacts> shareFacts(const Gegeven &gegeven, QDate day) const;
    Result<VerstrekkingFacts> verstrekkingFacts(const Call &call, const Verstrekking &input) const;
    // P 27.3: a recipient party that still takes part in the covenant.
    Status requireMember(qint64 partyId, QDate day) const;
    Result<QSet<qint64>> participants(qint64 casusId) const;
    // The verzoek, refused when it is not of the expected kind or its requester's identity was not verified.
    Result<Verzoek> verifiedVerzoek(qint64 verzoekId, std::initializer_list<VerzoekType> types) const;
    // The item, when it is about the requester of this verzoek.
    Result<Gegeven> itemOfRequester(const Verzoek &verzoek, qint64 gegevenId) const;

    // P 11.6: the date of a new melding about a person of this casus, registered as that other casus.
    Result<QDate> newMeldingAbout(const Call &call, qint64 meldingCasusId) const;

    Result<User> refuseLogin(const LoginCheck &check, bool countFailure);
    // B6: a one-time password to change or a second factor to enrol before anything else.
    bool accountSetupPending(const User &user);
    Status grantRoles(const Call &call, qint64 userId, const QList<Role> &current, const QList<Role> &wanted);

    Database &m_database;
    const Clock &m_clock;
    AuditLog m_audit;
    SecondFactor m_secondFactor;
    std::optional<User> m_user;
    std::optional<Party> m_party;
    std::function<void(const AuditEntry &)> m_readAudits; // see handReadAuditsTo
    qint64 m_sessionEpoch = 0; // the account's epoch at login: a reset or disabling by beheer ends the session
};

} // namespace casusregie
