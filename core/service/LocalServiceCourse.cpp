// LocalService: the course of a casus as recorded, for its workspace (issue 13).
#include "service/LocalService.h"

#include "storage/ApprovalRepository.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/CasusRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/OverlegRepository.h"
#include "storage/PlanRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/TriageRepository.h"
#include "storage/UserRepository.h"
#include "storage/VerstrekkingRepository.h"
#include "storage/VerzoekRepository.h"

#include <QSet>

namespace casusregie {

namespace {

// Unwraps a repository answer into `target`, or keeps the first error.
template <typename T>
bool take(Result<T> &&answer, T &target, std::optional<Error> &error)
{
    if (!answer) {
        if (!error)
            error = answer.error();
        return false;
    }
    target = std::move(*answer);
    return true;
}

// The procesregisseur's whole course of the casus: how it went through its phases, triage, every
// decision, approval, verstrekking and the informatieplicht per betrokkene, the secrecy set aside,
// the monitoring after afschaling and the retention extended.
Result<CasusCourse> wholeCourse(Database &database, qint64 casusId)
{
    CasusCourse course;
    std::optional<Error> error;
    take(CasusRepository(database).transitions(casusId), course.phaseHistory, error);
    QMap<qint64, QString> involved;
    if (take(TriageRepository(database).involvedParties(casusId), involved, error)) {
        for (auto it = involved.cbegin(); it != involved.cend(); ++it)
            course.involvedParties << InvolvedParty{it.key(), it.value()};
    }
    take(TriageRepository(database).bekendheidschecks(casusId), course.bekendheidschecks, error);
    take(TriageRepository(database).informatieverzoeken(casusId), course.informatieverzoeken, error);
    take(OverlegRepository(database).besluitenForCasus(casusId), course.besluiten, error);
    take(ApprovalRepository(database).forCasus(casusId), course.approvals, error);
    take(VerstrekkingRepository(database).forCasus(casusId), course.verstrekkingen, error);
    take(ConsentRepository(database).secrecyOverridesForCasus(casusId), course.secrecyOverrides, error);
    take(PlanRepository(database).notes(casusId), course.monitoringNotes, error);
    take(RetentionRepository(database).extensions(casusId), course.retentionExtensions, error);
    QList<Betrokkene> betrokkenen;
    if (take(BetrokkeneRepository(database).forCasus(casusId), betrokkenen, error)) {
        VerzoekRepository verzoeken(database);
        for (const Betrokkene &betrokkene : std::as_const(betrokkenen)) {
            QList<Informatieplicht> records;
            if (take(verzoeken.informatieplicht(betrokkene.id), records, error))
                course.informatieplicht << records;
        }
    }
    if (error)
        return std::unexpected(*error);
    return course;
}

// A partner's (or casusregisseur's) share: the decisions of overleggen its party was invited to,
// the approvals of its own party's items (it controls them, C 13.2f), the verstrekkingen to its
// party or of its items, listing only the items it supplied or received, and its own party's
// secrecy set aside. Nothing of triage, the phase history, the informatieplicht, the monitoring
// or the retention: those are the procesregisseur's (P 9.6).
CasusCourse partyShare(const CasusCourse &whole, qint64 partyId, const QList<Overleg> &overleggen,
                              const QList<Gegeven> &items)
{
    QSet<qint64> invitedOverleggen;
    for (const Overleg &overleg : overleggen) {
        if (overleg.invitedPartyIds.contains(partyId))
            invitedOverleggen.insert(overleg.id);
    }
    QSet<qint64> ownItems;
    for (const Gegeven &item : items) {
        if (item.supplierPartyId == partyId)
            ownItems.insert(item.id);
    }
    CasusCourse share;
    for (const OverlegBesluit &besluit : whole.besluiten) {
        if (invitedOverleggen.contains(besluit.overlegId))
            share.besluiten << besluit;
    }
    for (const Approval &approval : whole.approvals) {
        if (ownItems.contains(approval.gegevenId))
            share.approvals << approval;
    }
    for (Verstrekking verstrekking : whole.verstrekkingen) {
        if (verstrekking.recipientPartyId != partyId) {
            QList<qint64> own;
            for (const qint64 id : std::as_const(verstrekking.gegevenIds)) {
                if (ownItems.contains(id))
                    own << id;
            }
            if (own.isEmpty())
                continue;
            verstrekking.gegevenIds = own;
        }
        share.verstrekkingen << verstrekking;
    }
    for (const SecrecyOverride &override : whole.secrecyOverrides) {
        if (ownItems.contains(override.gegevenId))
            share.secrecyOverrides << override;
    }
    return share;
}

// The names of the colleagues who recorded what the course shows, so it says who did it.
void nameRecorders(Database &database, CasusCourse &course)
{
    QSet<qint64> ids;
    for (const PhaseTransition &transition : std::as_const(course.phaseHistory))
        ids.insert(transition.byUserId);
    for (const OverlegBesluit &besluit : std::as_const(course.besluiten))
        ids.insert(besluit.byUserId);
    for (const Verstrekking &verstrekking : std::as_const(course.verstrekkingen))
        ids.insert(verstrekking.byUserId);
    for (const Informatieverzoek &verzoek : std::as_const(course.informatieverzoeken))
        ids.insert(verzoek.byUserId);
    for (const SecrecyOverride &override : std::as_const(course.secrecyOverrides))
        ids.insert(override.recordedByUserId);
    for (const MonitoringNote &note : std::as_const(course.monitoringNotes))
        ids.insert(note.byUserId);
    for (const RetentionExtension &extension : std::as_const(course.retentionExtensions))
        ids.insert(extension.byUserId);
    UserRepository users(database);
    for (const qint64 id : std::as_const(ids)) {
        if (const auto user = users.byId(id))
            course.userNames.insert(id, user->displayName);
    }
}

} // namespace

Result<CasusCourse> LocalService::casusCourse(qint64 casusId)
{
    return gated(Operation::ViewCourse, casusId, [&](Call &call) -> Result<CasusCourse> {
        auto whole = wholeCourse(m_database, casusId);
        if (!whole)
            return std::unexpected(whole.error());
        if (call.isAssignedProcesregisseur()) {
            call.objects << QStringLiteral("verloop:volledig");
            nameRecorders(m_database, *whole);
            return *whole;
        }
        auto overleggen = OverlegRepository(m_database).forCasus(casusId);
        auto items = overleggen ? GegevenRepository(m_database).heldForCasus(casusId) : std::unexpected(overleggen.error());
        if (!items)
            return std::unexpected(items.error());
        call.objects << QStringLiteral("verloop:partij:%1").arg(call.user.partyId);
        CasusCourse share = partyShare(*whole, call.user.partyId, *overleggen, *items);
        nameRecorders(m_database, share);
        return share;
    });
}

} // namespace casusregie
