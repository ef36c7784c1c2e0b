// LocalService: the printed case summary for a casusoverleg, one numbered copy per recipient party.
#include "service/LocalService.h"

#include "documents/CaseSummary.h"
#include "common/Clock.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/OverlegRepository.h"
#include "storage/PartyRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SummaryCopyRepository.h"
#include "storage/VerstrekkingRepository.h"

#include <QSet>

#include <algorithm>

namespace casusregie {

namespace {

// Held once its attendance or minutes are recorded: a summary prepares an overleg still to come.
bool held(const Overleg &overleg)
{
    return !overleg.attendingPartyIds.isEmpty() || !overleg.minutes.trimmed().isEmpty();
}

// The overleg's place among the casus's overleggen in the order they were planned ("O2"), so a
// copy's number stays the same when the overleg is moved to another date.
int ordinalOf(const Overleg &overleg, const QList<Overleg> &all)
{
    return int(std::count_if(all.begin(), all.end(), [&](const Overleg &other) { return other.id <= overleg.id; }));
}

} // namespace

struct LocalService::SummaryBasis {
    Overleg overleg;
    QList<Overleg> overleggen; // all of the casus
    QList<Party> parties;
    QList<Betrokkene> betrokkenen;
    QList<OverlegBesluit> besluiten;
    QList<Afspraak> afspraken;
};

Result<LocalService::SummaryBasis> LocalService::summaryBasis(const Call &call, const Overleg &overleg) const
{
    const qint64 casusId = call.casus->id;
    OverlegRepository overleggen(m_database);
    SummaryBasis basis;
    basis.overleg = overleg;
    auto all = overleggen.forCasus(casusId);
    auto parties = all ? PartyRepository(m_database).all() : Result<QList<Party>>(std::unexpected(all.error()));
    auto betrokkenen = parties ? BetrokkeneRepository(m_database).forCasus(casusId)
                               : Result<QList<Betrokkene>>(std::unexpected(parties.error()));
    auto besluiten = betrokkenen ? overleggen.besluitenForCasus(casusId)
                                 : Result<QList<OverlegBesluit>>(std::unexpected(betrokkenen.error()));
    auto afspraken = besluiten ? PlanRepository(m_database).afspraken(casusId)
                               : Result<QList<Afspraak>>(std::unexpected(besluiten.error()));
    if (!afspraken)
        return std::unexpected(afspraken.error());
    basis.overleggen = *all;
    basis.parties = *parties;
    basis.betrokkenen = *betrokkenen;
    basis.besluiten = *besluiten;
    basis.afspraken = *afspraken;
    return basis;
}

Result<QList<SummaryCopy>> LocalService::makeSummaryCopies(qint64 casusId, qint64 overlegId, const QList<qint64> &recipientPartyIds)
{
    return gated(Operation::MakeSummaryCopies, casusId, [&](Call &call) -> Result<QList<SummaryCopy>> {
        OverlegRepository overleggen(m_database);
        auto overleg = overleggen.byId(overlegId);
        // C 10.2: an overleg the caller's party is not invited to answers like a missing one.
        if (!overleg || overleg->casusId != casusId
            || (!call.isAssignedProcesregisseur() && !overleg->invitedPartyIds.contains(call.user.partyId)))
            return fail(ErrorCode::NotFound, QStringLiteral("Dit overleg bestaat niet in deze casus."));
        call.objects << QStringLiteral("overleg:%1").arg(overlegId);
        if (held(*overleg))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Dit overleg is al gehouden; een samenvatting is er voor een overleg dat nog komt."));
        if (recipientPartyIds.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Kies ten minste één partij die een exemplaar krijgt."));
        if (QSet<qint64>(recipientPartyIds.begin(), recipientPartyIds.end()).size() != recipientPartyIds.size())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Elke partij krijgt per keer één exemplaar; een partij staat dubbel in de lijst."));
        for (const qint64 recipient : recipientPartyIds) {
            if (!overleg->invitedPartyIds.contains(recipient))
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("Alleen partijen die voor dit overleg zijn uitgenodigd krijgen een samenvatting (C 10.2)."));
            // The decision on printed summaries: a partner or casusregisseur makes its own party's copy only.
            if (!call.isAssignedProcesregisseur() && recipient != call.user.partyId)
                return fail(ErrorCode::AccessDenied,
                            QStringLiteral("U maakt alleen het exemplaar voor uw eigen partij; de procesregisseur maakt die voor "
                                           "de andere partijen."));
            if (auto member = requireMember(recipient, call.today); !member)
                return std::unexpected(member.error());
        }
        auto basis = summaryBasis(call, *overleg);
        auto made = basis ? SummaryCopyRepository(m_database).countForOverleg(overlegId) : Result<int>(std::unexpected(basis.error()));
        if (!made)
            return std::unexpected(made.error());
        const QString prefix = QStringLiteral("%1/O%2/").arg(call.casus->number.toString()).arg(ordinalOf(*overleg, basis->overleggen));
        QList<SummaryCopy> copies;
        for (const qint64 recipient : recipientPartyIds) {
            auto copy = makeSummaryCopy(call, *basis, recipient, prefix + QString::number(*made + copies.size() + 1));
            if (!copy)
                return std::unexpected(copy.error());
            copies << *copy;
        }
        return copies;
    });
}

Result<SummaryCopy> LocalService::makeSummaryCopy(Call &call, const SummaryBasis &basis, qint64 recipientPartyId, const QString &number)
{
    const Overleg &overleg = basis.overleg;
    CaseSummaryContent content;
    content.copyNumber = number;
    content.casus = *call.casus;
    content.overleg = overleg;
    content.madeBy = call.user.displayName;
    content.madeAt = call.now;
    for (const Party &party : basis.parties) {
        content.partyNames.insert(party.id, party.name);
        if (party.id == recipientPartyId)
            content.recipient = party;
    }
    // What this recipient may see, as a partner of that party would see it today (C 13.2f, P 3.5c, 7.2, 13.7).
    auto items = gegevensForParty(*call.casus, recipientPartyId, call.today);
    auto persons = items ? betrokkeneIdsForParty(call.casus->id, recipientPartyId, *items)
                         : Result<QSet<qint64>>(std::unexpected(items.error()));
    if (!persons)
        return std::unexpected(persons.error());
    content.gegevens = *items;
    for (const Betrokkene &betrokkene : basis.betrokkenen) {
        if (persons->contains(betrokkene.id))
            content.betrokkenen << betrokkene;
    }
    // C 10.2: decisions only of the overleggen this recipient was invited to.
    QSet<qint64> invitedTo;
    for (const Overleg &other : basis.overleggen) {
        if (other.invitedPartyIds.contains(recipientPartyId))
            invitedTo.insert(other.id);
    }
    for (const OverlegBesluit &besluit : basis.besluiten) {
        if (invitedTo.contains(besluit.overlegId))
            content.earlierBesluiten << besluit;
    }
    content.afspraken = basis.afspraken;

    // P 8.1: the copy is a verstrekking of exactly the items it holds.
    Verstrekking verstrekking;
    verstrekking.casusId = call.casus->id;
    verstrekking.recipientPartyId = recipientPartyId;
    for (const Gegeven &gegeven : content.gegevens)
        verstrekking.gegevenIds << gegeven.id;
    verstrekking.purpose = QStringLiteral("Casussamenvatting %1 voor het casusoverleg van %2")
                               .arg(number, DocumentText::longDate(dateInAmsterdam(overleg.datum)));
    verstrekking.legalBasis = QStringLiteral("C 13.2f: inzage vooraf voor de deelnemers aan het casusoverleg");
    verstrekking.necessity = QStringLiteral("Per gegeven goedgekeurd door de leverende partij voor deze ontvanger en het doel van "
                                            "deze fase (P 3.5c, P 8.1)");
    verstrekking.byUserId = call.user.id;
    verstrekking.at = call.now;
    auto verstrekkingId = VerstrekkingRepository(m_database).add(verstrekking);
    if (!verstrekkingId)
        return std::unexpected(verstrekkingId.error());

    SummaryCopy copy;
    copy.record.casusId = call.casus->id;
    copy.record.overlegId = overleg.id;
    copy.record.number = number;
    copy.record.recipientPartyId = recipientPartyId;
    copy.record.verstrekkingId = *verstrekkingId;
    copy.record.itemCount = int(verstrekking.gegevenIds.size());
    copy.record.byUserId = call.user.id;
    copy.record.byName = call.user.displayName;
    copy.record.at = call.now;
    auto id = SummaryCopyRepository(m_database).add(copy.record);
    if (!id)
        return std::unexpected(id.error());
    copy.record.id = *id;
    copy.document = caseSummaryDocument(content);
    call.objects << QStringLiteral("verstrekking:%1").arg(*verstrekkingId) << QStringLiteral("summary_copy:%1").arg(*id);
    for (const qint64 gegevenId : verstrekking.gegevenIds)
        call.objects << QStringLiteral("gegeven:%1").arg(gegevenId);
    return copy;
}

Result<QList<SummaryCopyRecord>> LocalService::summaryCopies(qint64 casusId)
{
    return gated(Operation::ViewSummaryCopies, casusId, [&](Call &call) -> Result<QList<SummaryCopyRecord>> {
        auto all = SummaryCopyRepository(m_database).forCasus(casusId);
        if (!all)
            return std::unexpected(all.error());
        QList<SummaryCopyRecord> visible;
        for (const SummaryCopyRecord &copy : *all) {
            if (call.isAssignedProcesregisseur() || copy.recipientPartyId == call.user.partyId) {
                visible << copy;
                call.objects << QStringLiteral("summary_copy:%1").arg(copy.id);
            }
        }
        return visible;
    });
}

} // namespace casusregie
