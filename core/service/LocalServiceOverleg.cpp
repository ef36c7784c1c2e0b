// LocalService: the casusoverleg, its decisions and the plan van aanpak.
#include "service/LocalService.h"

#include "common/Clock.h"
#include "service/InputChecks.h"
#include "storage/CasusRepository.h"
#include "storage/Database.h"
#include "storage/OverlegRepository.h"
#include "storage/PlanRepository.h"
#include "storage/TriageRepository.h"
#include "storage/UserRepository.h"

namespace casusregie {

namespace {

Error notInCasus()
{
    return Error{ErrorCode::NotFound, QStringLiteral("Dit hoort niet bij deze casus.")};
}

// An overleg is planned for today or later: a date in the past (and so before the aanmelding) is a
// typing error, not a plan. What was held is recorded with its outcome, not planned afterwards.
Status notInThePast(const QDateTime &datum, QDate today)
{
    if (datum.isValid() && dateInAmsterdam(datum) < today)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een casusoverleg wordt niet in het verleden gepland."));
    return {};
}

} // namespace

Result<qint64> LocalService::planOverleg(const Overleg &input)
{
    return gated(Operation::PlanOverleg, input.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        if (!input.datum.isValid() || input.doel.trimmed().isEmpty() || input.decisionTypes.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een casusoverleg heeft een datum, een doel en de soorten besluiten die genomen worden (C 13.2)."));
        if (auto when = notInThePast(input.datum, call.today); !when)
            return std::unexpected(when.error());
        if (input.invitedPartyIds.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Nodig ten minste één partij uit."));
        auto withRole = partiesWithARole(*call.casus);
        if (!withRole)
            return std::unexpected(withRole.error());
        for (const qint64 partyId : input.invitedPartyIds) {
            if (!withRole->contains(partyId))
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("Alleen partijen met een rol in de casus mogen worden uitgenodigd (C 13.2e)."));
            if (auto member = requireMember(partyId, call.today); !member) // P 27.3
                return std::unexpected(member.error());
        }
        auto added = OverlegRepository(m_database).add(input);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("overleg:%1").arg(*added);
        return *added;
    });
}

Status LocalService::scheduleOverleg(qint64 casusId, qint64 overlegId, const QDateTime &datum, const QString &plaats)
{
    return gate(Operation::ScheduleOverleg, casusId, [&](Call &call) -> Status {
        if (auto valid = InputChecks::checkSchedule(datum, plaats); !valid)
            return valid;
        call.objects << QStringLiteral("overleg:%1").arg(overlegId);
        OverlegRepository overleggen(m_database);
        auto overleg = overleggen.byId(overlegId);
        if (!overleg || overleg->casusId != casusId)
            return std::unexpected(notInCasus());
        if (!datum.isValid())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Geef een geldige datum en tijd."));
        if (auto when = notInThePast(datum, call.today); !when)
            return when;
        return overleggen.reschedule(overlegId, datum, plaats);
    });
}

Status LocalService::recordOverlegOutcome(qint64 casusId, const OverlegOutcome &outcome)
{
    return gate(Operation::RecordOverlegOutcome, casusId, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(outcome); !valid)
            return valid;
        call.objects << QStringLiteral("overleg:%1").arg(outcome.overlegId);
        OverlegRepository overleggen(m_database);
        auto overleg = overleggen.byId(outcome.overlegId);
        if (!overleg || overleg->casusId != casusId)
            return std::unexpected(notInCasus());
        return overleggen.recordOutcome(outcome.overlegId, outcome.attendingPartyIds, outcome.minutes);
    });
}

Result<qint64> LocalService::recordBesluit(qint64 casusId, const NewBesluit &input)
{
    return gated(Operation::RecordOverlegDecision, casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        OverlegRepository overleggen(m_database);
        auto overleg = overleggen.byId(input.overlegId);
        if (!overleg || overleg->casusId != casusId)
            return std::unexpected(notInCasus());
        if (input.text.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een besluit heeft een tekst."));
        if (input.soort == BesluitSoort::Opschaling && input.escalatedTo.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Bij opschaling hoort waarheen: het Breed MT of een bestuurlijke tafel (bijvoegsel 2)."));
        OverlegBesluit besluit;
        besluit.overlegId = input.overlegId;
        besluit.soort = input.soort;
        besluit.text = input.text;
        besluit.escalatedTo = input.escalatedTo;
        besluit.outcome = input.outcome;
        besluit.byUserId = call.user.id;
        besluit.at = call.now;
        auto added = overleggen.addBesluit(besluit);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("besluit:%1").arg(*added);
        return *added;
    });
}

Status LocalService::appointCasusregisseur(qint64 casusId, qint64 userId)
{
    return gate(Operation::AppointCasusregisseur, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("user:%1").arg(userId);
        auto user = UserRepository(m_database).byId(userId);
        if (!user || !user->active || !user->hasRole(Role::Casusregisseur))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Alleen een actieve casusregisseur van een partner kan worden aangewezen."));
        auto withRole = partiesWithARole(*call.casus);
        if (!withRole)
            return std::unexpected(withRole.error());
        if (!withRole->contains(user->partyId))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("De casusregisseur komt van een partij met een rol in de casus (C 9.4a, 14)."));
        return CasusRepository(m_database).setCasusregisseur(casusId, userId);
    });
}

Status LocalService::setAfschalingscriteria(qint64 casusId, const QString &criteria)
{
    return gate(Operation::SetAfschalingscriteria, casusId, [&](Call &) -> Status {
        if (auto valid = InputChecks::checkCriteria(criteria); !valid)
            return valid;
        if (criteria.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Beschrijf de criteria voor afschaling (C 9.4d)."));
        return CasusRepository(m_database).setAfschalingscriteria(casusId, criteria);
    });
}

Result<qint64> LocalService::addAfspraak(const Afspraak &input)
{
    return gated(Operation::AddAfspraak, input.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        auto withRole = partiesWithARole(*call.casus);
        if (!withRole)
            return std::unexpected(withRole.error());
        if (!withRole->contains(input.ownerPartyId))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een afspraak is van een partij met een rol in de casus (C 9.4c)."));
        auto added = PlanRepository(m_database).addAfspraak(input);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("afspraak:%1").arg(*added);
        return *added;
    });
}

Status LocalService::updateAfspraakStatus(qint64 casusId, qint64 afspraakId, AfspraakStatus status, const QString &result)
{
    return gate(Operation::UpdateAfspraakStatus, casusId, [&](Call &call) -> Status {
        if (auto valid = InputChecks::checkAfspraakResult(result); !valid)
            return valid;
        call.objects << QStringLiteral("afspraak:%1").arg(afspraakId);
        PlanRepository plan(m_database);
        auto afspraak = plan.afspraak(afspraakId);
        if (!afspraak || afspraak->casusId != casusId)
            return std::unexpected(notInCasus());
        if (!answersFor(call, *afspraak))
            return fail(ErrorCode::AccessDenied, QStringLiteral("U kunt alleen afspraken van uw eigen partij bijwerken."));
        return plan.updateAfspraak(afspraakId, status, result);
    });
}

bool LocalService::answersFor(const Call &call, const Afspraak &afspraak)
{
    return call.isAssignedProcesregisseur() || call.relation.appointedCasusregisseur || afspraak.ownerPartyId == call.user.partyId;
}

Result<qint64> LocalService::addMonitoringNote(qint64 casusId, const QString &note)
{
    return gated(Operation::AddMonitoringNote, casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::checkNote(note); !valid)
            return std::unexpected(valid.error());
        auto added = PlanRepository(m_database).addNote({0, casusId, note, call.user.id, call.now});
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("notitie:%1").arg(*added);
        return *added;
    });
}

Result<QList<Afspraak>> LocalService::afspraken(qint64 casusId)
{
    return gated(Operation::ViewPlan, casusId, [&](Call &) -> Result<QList<Afspraak>> {
        return PlanRepository(m_database).afspraken(casusId);
    });
}

Result<QList<Overleg>> LocalService::overleggen(qint64 casusId)
{
    return gated(Operation::ViewOverleggen, casusId, [&](Call &call) -> Result<QList<Overleg>> {
        QList<Overleg> result;
        auto list = OverlegRepository(m_database).forCasus(casusId);
        if (!list)
            return std::unexpected(list.error());
        // C 10.2: an overleg is not public; its minutes and decisions only for the parties invited to it.
        for (const Overleg &overleg : *list) {
            if (call.isAssignedProcesregisseur() || overleg.invitedPartyIds.contains(call.user.partyId)) {
                result << overleg;
                call.objects << QStringLiteral("overleg:%1").arg(overleg.id);
            }
        }
        return result;
    });
}

} // namespace casusregie
