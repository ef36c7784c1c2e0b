// LocalService: the rights of betrokkenen (P 16-21): verzoeken, inzage, correction and deletion,
// and the informatieplicht.
#include "service/LocalService.h"

#include "rules/InputLimits.h"
#include "rules/LegalDeadlines.h"
#include "rules/RetentionSchedule.h"
#include "service/InputChecks.h"
#include "storage/ApprovalRepository.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/CasusRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/OmVerstrekkingRepository.h"
#include "storage/PartyRepository.h"
#include "storage/RetentionRepository.h"
#include "storage/VerstrekkingRepository.h"
#include "storage/VerzoekRepository.h"

namespace casusregie {

namespace {

// A request with its legal deadline, overdue while no answer was sent after it.
VerzoekStatus statusOf(const Verzoek &verzoek, QDate today)
{
    const QDate deadline = LegalDeadlines::verzoekDeadline(verzoek.type, verzoek.receivedOn);
    return VerzoekStatus{verzoek, deadline, !verzoek.sentOn.isValid() && today > deadline};
}

} // namespace

Result<qint64> LocalService::registerVerzoek(const Verzoek &input)
{
    return gated(Operation::RegisterVerzoek, 0, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input, call.today); !valid)
            return std::unexpected(valid.error());
        if (!input.receivedOn.isValid() || input.receivedOn > call.today || input.requesterName.trimmed().isEmpty()
            || input.viaPartyId == 0)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een verzoek heeft een ontvangstdatum, de naam van de verzoeker en de partij waar het "
                                       "binnenkwam (P 17.3)."));
        Verzoek verzoek = input;
        verzoek.besluit = VerzoekBesluit::Open;
        verzoek.motivation.clear();
        if (verzoek.type == VerzoekType::Overdraagbaarheid) {
            // P 21.1: the right to data portability does not apply to the ZVH's processing.
            verzoek.besluit = VerzoekBesluit::Afgewezen;
            verzoek.motivation = QStringLiteral("Het recht op overdraagbaarheid is niet van toepassing op de verwerking in het "
                                                "Zorg- en Veiligheidshuis (privacyprotocol artikel 21.1).");
        }
        auto added = VerzoekRepository(m_database).add(verzoek);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("verzoek:%1").arg(*added);
        return *added;
    });
}

Result<QList<VerzoekStatus>> LocalService::verzoeken()
{
    return gated(Operation::ViewVerzoeken, 0, [&](Call &call) -> Result<QList<VerzoekStatus>> {
        QList<VerzoekStatus> result;
        auto all = VerzoekRepository(m_database).all();
        if (!all)
            return std::unexpected(all.error());
        for (const Verzoek &verzoek : *all)
            result << statusOf(verzoek, call.today);
        return result;
    });
}

Status LocalService::verifyIdentity(qint64 verzoekId, QDate on, const QString &how)
{
    return gate(Operation::VerifyVerzoekIdentity, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::checkHow(how); !valid)
            return valid;
        call.objects << QStringLiteral("verzoek:%1").arg(verzoekId);
        VerzoekRepository verzoeken(m_database);
        auto verzoek = verzoeken.byId(verzoekId);
        if (!verzoek)
            return std::unexpected(verzoek.error());
        if (!on.isValid() || on > call.today || how.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Leg vast wanneer en hoe de identiteit is vastgesteld (P 18.4)."));
        verzoek->identityVerifiedOn = on;
        verzoek->identityVerifiedHow = how;
        verzoek->identityVerifiedBy = call.user.id;
        return verzoeken.update(*verzoek);
    });
}

Result<Verzoek> LocalService::verifiedVerzoek(qint64 verzoekId, std::initializer_list<VerzoekType> types) const
{
    auto verzoek = VerzoekRepository(m_database).byId(verzoekId);
    if (!verzoek)
        return verzoek;
    if (types.size() > 0 && std::find(types.begin(), types.end(), verzoek->type) == types.end())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Dit kan niet bij een verzoek van deze soort."));
    if (!verzoek->identityVerified())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("De identiteit van de verzoeker is nog niet vastgesteld; eerst dan kan het verzoek worden "
                                   "beantwoord (P 18.4)."));
    return verzoek;
}

Status LocalService::decideVerzoek(qint64 verzoekId, VerzoekBesluit besluit, const QString &motivation)
{
    return gate(Operation::DecideVerzoek, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::checkMotivation(motivation); !valid)
            return valid;
        call.objects << QStringLiteral("verzoek:%1").arg(verzoekId);
        auto verzoek = verifiedVerzoek(verzoekId, {});
        if (!verzoek)
            return std::unexpected(verzoek.error());
        if (besluit == VerzoekBesluit::Open)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Kies toewijzen, gedeeltelijk toewijzen of afwijzen."));
        if (besluit != VerzoekBesluit::Toegewezen && motivation.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een (gedeeltelijke) weigering wordt schriftelijk gemotiveerd (P 18.3, 19.4, 20.4)."));
        verzoek->besluit = besluit;
        verzoek->motivation = motivation;
        verzoek->answeredBy = call.user.id;
        return VerzoekRepository(m_database).update(*verzoek);
    });
}

Status LocalService::markVerzoekSent(qint64 verzoekId, QDate sentOn)
{
    return gate(Operation::SendVerzoekAnswer, 0, [&](Call &call) -> Status {
        if (auto valid = InputLimits::checkDate("de verzenddatum", sentOn); !valid)
            return valid;
        call.objects << QStringLiteral("verzoek:%1").arg(verzoekId);
        auto verzoek = verifiedVerzoek(verzoekId, {});
        if (!verzoek)
            return std::unexpected(verzoek.error());
        if (verzoek->besluit == VerzoekBesluit::Open)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Er is nog geen besluit op dit verzoek."));
        if (!sentOn.isValid() || sentOn > call.today)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Geef de datum waarop het antwoord is verzonden."));
        verzoek->sentOn = sentOn;
        return VerzoekRepository(m_database).update(*verzoek);
    });
}

Result<InzageOverzicht> LocalService::inzageOverzicht(qint64 verzoekId)
{
    return gated(Operation::ViewInzageOverzicht, 0, [&](Call &call) -> Result<InzageOverzicht> {
        call.objects << QStringLiteral("verzoek:%1").arg(verzoekId);
        auto verzoek = verifiedVerzoek(verzoekId, {VerzoekType::Inzage});
        if (!verzoek)
            return std::unexpected(verzoek.error());
        auto matches = BetrokkeneRepository(m_database).matching(verzoek->requesterName, verzoek->requesterBirthDate);
        auto parties = PartyRepository(m_database).all();
        if (!matches || !parties)
            return fail(ErrorCode::StorageFailure, QStringLiteral("Het inzageoverzicht kon niet worden opgesteld."));
        QMap<qint64, Party> partyById;
        for (const Party &party : *parties)
            partyById.insert(party.id, party);

        QList<InzageBron> bronnen;
        for (const Betrokkene &betrokkene : *matches) {
            InzageBron bron{betrokkene, {}, {}, {}};
            auto items = GegevenRepository(m_database).heldAbout(betrokkene.id);
            auto facts = RetentionRepository(m_database).factsFor(betrokkene.casusId);
            auto verstrekkingen = VerstrekkingRepository(m_database).forCasus(betrokkene.casusId);
            if (!items || !facts || !verstrekkingen)
                return fail(ErrorCode::StorageFailure, QStringLiteral("Het inzageoverzicht kon niet worden opgesteld."));
            bron.gegevens = *items;
            bron.vernietigingUiterlijk = RetentionSchedule::datesFor(*facts).destructionDue;
            QSet<qint64> itemIds;
            for (const Gegeven &gegeven : *items) {
                itemIds.insert(gegeven.id);
                call.objects << QStringLiteral("gegeven:%1").arg(gegeven.id);
                auto approvals = ApprovalRepository(m_database).forGegeven(gegeven.id);
                if (!approvals)
                    return std::unexpected(approvals.error());
                for (const Approval &approval : *approvals)
                    bron.ontvangerNamen << partyById.value(approval.recipientPartyId).name;
            }
            for (const Verstrekking &v : *verstrekkingen) {
                const bool aboutThisPerson = std::any_of(v.gegevenIds.begin(), v.gegevenIds.end(),
                                                         [&](qint64 id) { return itemIds.contains(id); });
                if (aboutThisPerson)
                    bron.ontvangerNamen << (v.recipientPartyId ? partyById.value(v.recipientPartyId).name : v.thirdPartyName);
            }
            bronnen << bron;
        }
        // P 17.5: what stays of OM verstrekkingen after their casus was destroyed, only while the
        // request is being handled.
        QList<BewaardeOmVerstrekking> kept;
        if (!verzoek->sentOn.isValid()) {
            auto found = OmVerstrekkingRepository(m_database).matching(verzoek->requesterName, verzoek->requesterBirthDate);
            if (!found)
                return std::unexpected(found.error());
            kept = *found;
            for (const BewaardeOmVerstrekking &record : kept)
                call.objects << QStringLiteral("om_verstrekking:%1").arg(record.id);
        }
        return buildInzageOverzicht(verzoek->requesterName, verzoek->requesterBirthDate, call.today, bronnen, partyById, kept);
    });
}

Result<VerzoekDossier> LocalService::verzoekDossier(qint64 verzoekId)
{
    return gated(Operation::ViewVerzoekDossier, 0, [&](Call &call) -> Result<VerzoekDossier> {
        call.objects << QStringLiteral("verzoek:%1").arg(verzoekId);
        auto verzoek = VerzoekRepository(m_database).byId(verzoekId);
        if (!verzoek)
            return std::unexpected(verzoek.error());
        VerzoekDossier dossier;
        dossier.status = statusOf(*verzoek, call.today);
        dossier.deadlineBasis = LegalDeadlines::verzoekDeadlineBasis(verzoek->type);
        // P 18.4: nothing about the person before the requester is known to be that person; and
        // only while the request is being handled.
        if (!verzoek->identityVerified() || verzoek->sentOn.isValid())
            return dossier;
        auto matches = BetrokkeneRepository(m_database).matching(verzoek->requesterName, verzoek->requesterBirthDate);
        auto parties = PartyRepository(m_database).all();
        auto kept = OmVerstrekkingRepository(m_database).matching(verzoek->requesterName, verzoek->requesterBirthDate);
        if (!matches || !parties || !kept)
            return fail(ErrorCode::StorageFailure, QStringLiteral("Het dossier van het verzoek kon niet worden samengesteld."));
        QHash<qint64, PartyType> typeOf;
        for (const Party &party : *parties)
            typeOf.insert(party.id, party.type);
        for (const Betrokkene &betrokkene : *matches) {
            auto casus = CasusRepository(m_database).byId(betrokkene.casusId);
            auto items = GegevenRepository(m_database).heldAbout(betrokkene.id);
            if (!casus || !items)
                return fail(ErrorCode::StorageFailure, QStringLiteral("Het dossier van het verzoek kon niet worden samengesteld."));
            const QString nummer = casus->number.toString();
            if (!dossier.casusnummers.contains(nummer))
                dossier.casusnummers << nummer;
            call.objects << QStringLiteral("casus:%1").arg(casus->id);
            for (const Gegeven &gegeven : *items) {
                call.objects << QStringLiteral("gegeven:%1").arg(gegeven.id);
                const PartyType supplier = typeOf.value(gegeven.supplierPartyId, PartyType::Overig);
                dossier.items << VerzoekItem{gegeven.id, casus->id, nummer, gegeven.category, gegeven.supplierPartyId, gegeven.phase,
                                             supplier == PartyType::OpenbaarMinisterie, supplier == PartyType::Politie, gegeven.content};
            }
        }
        dossier.keptOmVerstrekkingen = int(kept->size());
        return dossier;
    });
}

Result<Gegeven> LocalService::itemOfRequester(const Verzoek &verzoek, qint64 gegevenId) const
{
    auto gegeven = GegevenRepository(m_database).byId(gegevenId);
    if (!gegeven)
        return gegeven;
    auto betrokkene = BetrokkeneRepository(m_database).byId(gegeven->betrokkeneId);
    auto matches = BetrokkeneRepository(m_database).matching(verzoek.requesterName, verzoek.requesterBirthDate);
    if (!betrokkene || !matches)
        return fail(ErrorCode::StorageFailure, QStringLiteral("Het gegeven kon niet worden gecontroleerd."));
    const bool ofRequester = std::any_of(matches->begin(), matches->end(),
                                         [&](const Betrokkene &match) { return match.id == betrokkene->id; });
    if (!ofRequester)
        return fail(ErrorCode::AccessDenied, QStringLiteral("Dit gegeven gaat niet over de verzoeker."));
    // P 17.5, 17.6: correction and deletion of OM and police data are for that party itself; the
    // hoofd routes the request there and never changes such an item in Casusregie.
    auto supplier = PartyRepository(m_database).byId(gegeven->supplierPartyId);
    if (!supplier)
        return std::unexpected(supplier.error());
    if (supplier->type == PartyType::OpenbaarMinisterie)
        return fail(ErrorCode::AccessDenied,
                    QStringLiteral("Dit gegeven komt van het OM: het verzoek gaat naar de privacyfunctionaris van het OM, "
                                   "dat erover beslist en het uitvoert (P 17.5)."));
    if (supplier->type == PartyType::Politie)
        return fail(ErrorCode::AccessDenied,
                    QStringLiteral("Dit gegeven komt van de politie: het verzoek gaat naar het Wpg-loket van de politie-eenheid "
                                   "die het leverde, dat erover beslist en het uitvoert (P 17.6)."));
    return gegeven;
}

Status LocalService::correctGegeven(qint64 verzoekId, qint64 gegevenId, const QString &content)
{
    return gate(Operation::ExecuteVerzoek, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::checkContent(content); !valid)
            return valid;
        call.objects << QStringLiteral("verzoek:%1").arg(verzoekId) << QStringLiteral("gegeven:%1").arg(gegevenId);
        auto verzoek = verifiedVerzoek(verzoekId, {VerzoekType::Correctie});
        if (!verzoek)
            return std::unexpected(verzoek.error());
        if (!verzoek->granted())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Corrigeren kan pas na het besluit tot (gedeeltelijke) toewijzing."));
        if (auto item = itemOfRequester(*verzoek, gegevenId); !item)
            return std::unexpected(item.error());
        return GegevenRepository(m_database).correct(gegevenId, content);
    });
}

Status LocalService::deleteGegeven(qint64 verzoekId, qint64 gegevenId)
{
    return gate(Operation::ExecuteVerzoek, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("verzoek:%1").arg(verzoekId) << QStringLiteral("gegeven:%1").arg(gegevenId);
        auto verzoek = verifiedVerzoek(verzoekId, {VerzoekType::Verwijdering});
        if (!verzoek)
            return std::unexpected(verzoek.error());
        if (!verzoek->granted())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Verwijderen kan pas na het besluit tot (gedeeltelijke) toewijzing."));
        if (auto item = itemOfRequester(*verzoek, gegevenId); !item)
            return std::unexpected(item.error());
        return GegevenRepository(m_database).remove(gegevenId);
    });
}

Result<qint64> LocalService::recordInformatieplicht(qint64 casusId, const Informatieplicht &input)
{
    return gated(Operation::RecordInformatieplicht, casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        auto betrokkene = BetrokkeneRepository(m_database).byId(input.betrokkeneId);
        if (!betrokkene || betrokkene->casusId != casusId)
            return fail(ErrorCode::NotFound, QStringLiteral("Deze betrokkene hoort niet bij deze casus."));
        if (input.informed) {
            if (!input.informedOn.isValid() || input.how.trimmed().isEmpty() || input.byPartyId == 0)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("Leg vast wanneer, hoe en door welke partij de betrokkene is geïnformeerd (P 16.1)."));
        } else if (input.motivation.trimmed().isEmpty() || !input.expectedOn.isValid() || input.conditions.trimmed().isEmpty()
                   || !input.reviewOn.isValid()) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Niet informeren vraagt een grond (P 16.6), een motivering, het verwachte moment van "
                                       "informeren, de omstandigheden waarvan dat afhangt en een datum van herbeoordeling (P 16.7)."));
        }
        auto added = VerzoekRepository(m_database).addInformatieplicht(input);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("informatieplicht:%1").arg(*added);
        return *added;
    });
}

Result<QList<InformatieplichtReview>> LocalService::informatieplichtReviewsDue()
{
    return gated(Operation::ViewInformatieplichtReviews, 0, [&](Call &call) -> Result<QList<InformatieplichtReview>> {
        QList<InformatieplichtReview> result;
        auto due = VerzoekRepository(m_database).reviewsDue(call.today);
        if (!due)
            return std::unexpected(due.error());
        const bool allCases = call.user.hasRole(Role::Privacyfunctionaris);
        for (const auto &[casusId, record] : *due) {
            if (!allCases) { // a procesregisseur sees the reviews of the casussen assigned to them
                auto casus = CasusRepository(m_database).byId(casusId);
                if (!casus || !casus->procesregisseurIds.contains(call.user.id))
                    continue;
            }
            result << InformatieplichtReview{casusId, record};
        }
        return result;
    });
}

} // namespace casusregie
