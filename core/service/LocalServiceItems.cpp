// LocalService: betrokkenen and gegevens, supplier approvals, consent, overrides and verstrekkingen.
#include "service/LocalService.h"

#include "rules/DataCategoryRules.h"
#include "storage/ApprovalRepository.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/GegevenRepository.h"
#include "storage/PartyRepository.h"
#include "storage/VerstrekkingRepository.h"

#include <QSet>

namespace casusregie {

namespace {

Status requireFilled(std::initializer_list<QString> fields, const QString &message)
{
    for (const QString &field : fields) {
        if (field.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, message);
    }
    return {};
}

} // namespace

Result<qint64> LocalService::addBetrokkene(const Betrokkene &betrokkene)
{
    qint64 id = 0;
    const Status status = gate(Operation::AddBetrokkene, betrokkene.casusId, [&](Call &call) -> Status {
        auto added = BetrokkeneRepository(m_database).add(betrokkene);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("betrokkene:%1").arg(id);
        return {};
    });
    return resultOf(status, id);
}

Result<QList<Betrokkene>> LocalService::betrokkenen(qint64 casusId)
{
    QList<Betrokkene> result;
    const Status status = gate(Operation::ViewBetrokkenen, casusId, [&](Call &call) -> Status {
        auto all = BetrokkeneRepository(m_database).forCasus(casusId);
        if (!all)
            return std::unexpected(all.error());
        // Others see a betrokkene only through an item they were allowed to see.
        auto items = visibleItems(call);
        if (!items)
            return std::unexpected(items.error());
        QSet<qint64> visibleBetrokkenen;
        for (const Gegeven &gegeven : *items)
            visibleBetrokkenen.insert(gegeven.betrokkeneId);
        for (const Betrokkene &betrokkene : *all) {
            if (call.isAssignedProcesregisseur() || visibleBetrokkenen.contains(betrokkene.id)) {
                result << betrokkene;
                call.objects << QStringLiteral("betrokkene:%1").arg(betrokkene.id);
            }
        }
        return {};
    });
    return resultOf(status, result);
}

Result<qint64> LocalService::addGegeven(const NewGegeven &input)
{
    qint64 id = 0;
    const Status status = gate(Operation::AddGegeven, input.casusId, [&](Call &call) -> Status {
        if (auto own = requireOwnPartyItem(call, input.supplierPartyId); !own)
            return own;
        auto betrokkene = BetrokkeneRepository(m_database).byId(input.betrokkeneId);
        if (!betrokkene || betrokkene->casusId != input.casusId)
            return fail(ErrorCode::NotFound, QStringLiteral("Deze betrokkene hoort niet bij deze casus."));
        auto supplier = PartyRepository(m_database).byId(input.supplierPartyId);
        if (!supplier)
            return std::unexpected(supplier.error());
        if (!supplier->membership.isActiveOn(call.today))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Deze partij neemt niet (meer) deel aan het convenant (P 27.3)."));
        if (auto allowed = DataCategoryRules::checkItem(betrokkene->categorie, input.category, input.necessityReason); !allowed)
            return allowed;
        if (auto basis = DataCategoryRules::checkGrondslag(supplier->type, input.category, input.grondslag); !basis)
            return basis;

        Gegeven gegeven;
        gegeven.casusId = input.casusId;
        gegeven.betrokkeneId = input.betrokkeneId;
        gegeven.category = input.category;
        gegeven.content = input.content;
        gegeven.supplierPartyId = input.supplierPartyId;
        gegeven.phase = call.casus->phase; // P 3.5a: bound to the phase it was supplied for
        gegeven.grondslag = input.grondslag;
        gegeven.beroepsgeheim = input.beroepsgeheim;
        gegeven.necessityReason = input.necessityReason;
        gegeven.enteredByUserId = call.user.id;
        gegeven.enteredAt = call.now;
        auto added = GegevenRepository(m_database).add(gegeven);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("gegeven:%1").arg(id);
        return {};
    });
    return resultOf(status, id);
}

Result<QList<Gegeven>> LocalService::visibleItems(const Call &call) const
{
    auto held = GegevenRepository(m_database).heldForCasus(call.casus->id);
    if (!held || call.isAssignedProcesregisseur())
        return held;
    // Others see an item only with its supplier's approval for their party (P 3.5c/d, 13.5, 13.6),
    // and never after consent for it was withdrawn (P 13.7); the supplier sees its own.
    auto approved = ApprovalRepository(m_database).approvedFor(call.casus->id, call.user.partyId, call.today);
    if (!approved)
        return std::unexpected(approved.error());
    QList<Gegeven> visible;
    for (const Gegeven &gegeven : *held) {
        if (gegeven.supplierPartyId == call.user.partyId) { // a party always sees what it brought in itself
            visible << gegeven;
            continue;
        }
        if (!approved->contains(gegeven.id))
            continue;
        auto disclosable = mayDisclose(gegeven, call.today);
        if (!disclosable)
            return std::unexpected(disclosable.error());
        if (*disclosable)
            visible << gegeven;
    }
    return visible;
}

Result<QList<Gegeven>> LocalService::gegevens(qint64 casusId)
{
    QList<Gegeven> result;
    const Status status = gate(Operation::ViewGegevens, casusId, [&](Call &call) -> Status {
        auto visible = visibleItems(call);
        if (!visible)
            return std::unexpected(visible.error());
        result = *visible;
        for (const Gegeven &gegeven : result)
            call.objects << QStringLiteral("gegeven:%1").arg(gegeven.id);
        return {};
    });
    return resultOf(status, result);
}

Result<QList<qint64>> LocalService::recordApproval(qint64 casusId, const NewApproval &input)
{
    QList<qint64> ids;
    const Status status = gate(Operation::RecordApproval, casusId, [&](Call &call) -> Status {
        auto gegeven = gegevenInCasus(call, input.gegevenId);
        if (!gegeven)
            return std::unexpected(gegeven.error());
        if (auto own = requireOwnPartyItem(call, gegeven->supplierPartyId); !own)
            return own;
        if (auto filled = requireFilled({input.purpose, input.approvedBy, input.how},
                                        QStringLiteral("Leg vast voor welk doel, door wie bij de leverende partij en hoe de "
                                                       "goedkeuring is gegeven."));
            !filled)
            return filled;
        if (!input.approvedOn.isValid() || input.recipientPartyIds.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een goedkeuring heeft een datum en ten minste één ontvanger."));
        if (input.approvedOn > call.today) // it would record something that has not happened, and show nothing yet
            return fail(ErrorCode::InvalidArgument, QStringLiteral("De datum van de goedkeuring ligt in de toekomst."));
        auto disclosable = mayDisclose(*gegeven, call.today);
        if (!disclosable)
            return std::unexpected(disclosable.error());
        if (!*disclosable)
            return fail(ErrorCode::AccessDenied,
                        QStringLiteral("Dit gegeven valt onder het beroepsgeheim: zonder geldige toestemming of vastgelegde "
                                       "doorbreking mag het niet worden gedeeld (P 7.2, 13.7)."));
        ApprovalRepository approvals(m_database);
        for (const qint64 recipient : input.recipientPartyIds) {
            Goedkeuring approval;
            approval.gegevenId = gegeven->id;
            approval.recipientPartyId = recipient;
            approval.purpose = input.purpose;
            approval.phase = call.casus->phase;
            approval.approvedBy = input.approvedBy;
            approval.approvedOn = input.approvedOn;
            approval.how = input.how;
            approval.recordedByUserId = call.user.id;
            auto added = approvals.add(approval);
            if (!added)
                return std::unexpected(added.error());
            ids << *added;
            call.objects << QStringLiteral("goedkeuring:%1").arg(*added);
        }
        return {};
    });
    return resultOf(status, ids);
}

Status LocalService::withdrawApproval(qint64 casusId, qint64 approvalId)
{
    return gate(Operation::WithdrawApproval, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("goedkeuring:%1").arg(approvalId);
        ApprovalRepository approvals(m_database);
        auto approval = approvals.byId(approvalId);
        if (!approval)
            return std::unexpected(approval.error());
        auto gegeven = gegevenInCasus(call, approval->gegevenId);
        if (!gegeven)
            return std::unexpected(gegeven.error());
        if (auto own = requireOwnPartyItem(call, gegeven->supplierPartyId); !own)
            return own;
        return approvals.withdraw(approvalId, call.today);
    });
}

Result<qint64> LocalService::recordConsent(qint64 casusId, const Toestemming &input)
{
    qint64 id = 0;
    const Status status = gate(Operation::RecordConsent, casusId, [&](Call &call) -> Status {
        auto betrokkene = BetrokkeneRepository(m_database).byId(input.betrokkeneId);
        if (!betrokkene || betrokkene->casusId != casusId)
            return fail(ErrorCode::NotFound, QStringLiteral("Deze betrokkene hoort niet bij deze casus."));
        if (auto own = requireOwnPartyItem(call, input.supplierPartyId); !own)
            return own;
        if (!input.givenOn.isValid() || input.givenOn > call.today)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Leg vast op welke datum de toestemming is gegeven."));
        if (auto filled = requireFilled({input.scope, input.recordedHow},
                                        QStringLiteral("Leg de reikwijdte van de toestemming vast en hoe die is vastgelegd (P 7.2)."));
            !filled)
            return filled;
        if (input.givenBy == ToestemmingGever::WettelijkVertegenwoordiger && input.representativeName.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Noem de wettelijk vertegenwoordiger die toestemming gaf."));
        if (!input.toldCanWithdraw)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("De betrokkene moet zijn verteld dat de toestemming kan worden ingetrokken (P 7.2)."));
        Toestemming consent = input;
        consent.withdrawnOn = QDate();
        consent.recordedByUserId = call.user.id;
        auto added = ConsentRepository(m_database).add(consent);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("toestemming:%1").arg(id);
        return {};
    });
    return resultOf(status, id);
}

Status LocalService::withdrawConsent(qint64 casusId, qint64 consentId)
{
    return gate(Operation::WithdrawConsent, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("toestemming:%1").arg(consentId);
        ConsentRepository consents(m_database);
        auto consent = consents.byId(consentId);
        if (!consent)
            return std::unexpected(consent.error());
        auto betrokkene = BetrokkeneRepository(m_database).byId(consent->betrokkeneId);
        if (!betrokkene || betrokkene->casusId != casusId)
            return fail(ErrorCode::NotFound, QStringLiteral("Deze toestemming hoort niet bij deze casus."));
        if (auto own = requireOwnPartyItem(call, consent->supplierPartyId); !own)
            return own;
        if (auto withdrawn = consents.withdraw(consentId, call.today); !withdrawn)
            return withdrawn;
        // P 13.7: the recipients' permission lapses with the consent.
        return ApprovalRepository(m_database).lapseForConsent(consent->betrokkeneId, consent->supplierPartyId, call.today);
    });
}

Result<QList<Toestemming>> LocalService::consents(qint64 casusId)
{
    QList<Toestemming> result;
    const Status status = gate(Operation::ViewConsents, casusId, [&](Call &call) -> Status {
        auto all = ConsentRepository(m_database).forCasus(casusId);
        if (!all)
            return std::unexpected(all.error());
        for (const Toestemming &consent : *all) {
            // That a party holds secret data about someone is itself sensitive: others see only their own.
            if (call.isAssignedProcesregisseur() || consent.supplierPartyId == call.user.partyId) {
                result << consent;
                call.objects << QStringLiteral("toestemming:%1").arg(consent.id);
            }
        }
        return {};
    });
    return resultOf(status, result);
}

Result<qint64> LocalService::recordSecrecyOverride(qint64 casusId, const NewSecrecyOverride &input)
{
    qint64 id = 0;
    const Status status = gate(Operation::RecordSecrecyOverride, casusId, [&](Call &call) -> Status {
        auto gegeven = gegevenInCasus(call, input.gegevenId);
        if (!gegeven)
            return std::unexpected(gegeven.error());
        if (auto own = requireOwnPartyItem(call, gegeven->supplierPartyId); !own)
            return own;
        if (!gegeven->beroepsgeheim)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Dit gegeven valt niet onder het beroepsgeheim."));
        if (auto filled = requireFilled({input.legalGround, input.motivation},
                                        QStringLiteral("Een doorbreking van het beroepsgeheim vraagt de wettelijke grond "
                                                       "(conflict van plichten of meldrecht, bijvoegsel 4) en een motivering."));
            !filled)
            return filled;
        auto added = ConsentRepository(m_database)
                         .addOverride({0, gegeven->id, input.legalGround, input.motivation, call.user.id, call.now});
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("doorbreking:%1").arg(id);
        return {};
    });
    return resultOf(status, id);
}

Result<qint64> LocalService::recordVerstrekking(const Verstrekking &input)
{
    qint64 id = 0;
    const Status status = gate(Operation::RecordVerstrekking, input.casusId, [&](Call &call) -> Status {
        if (input.gegevenIds.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een verstrekking noemt de gegevens die zijn verstrekt."));
        if (auto filled = requireFilled({input.purpose, input.legalBasis},
                                        QStringLiteral("Een verstrekking heeft een doel en een wettelijke grondslag (P 8.1)."));
            !filled)
            return filled;
        const bool toThirdParty = input.recipientPartyId == 0;
        if (toThirdParty && input.thirdPartyName.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Noem de ontvanger van de verstrekking."));

        const bool byHoofd = call.user.hasRole(Role::Hoofd) && !call.isAssignedProcesregisseur();
        PartyRepository parties(m_database);
        bool policeOrOmData = false;
        for (const qint64 gegevenId : input.gegevenIds) {
            auto gegeven = gegevenInCasus(call, gegevenId);
            if (!gegeven)
                return std::unexpected(gegeven.error());
            if (!byHoofd) {
                if (auto own = requireOwnPartyItem(call, gegeven->supplierPartyId); !own)
                    return own;
            }
            auto disclosable = mayDisclose(*gegeven, call.today);
            if (!disclosable)
                return std::unexpected(disclosable.error());
            if (!*disclosable)
                return fail(ErrorCode::AccessDenied,
                            QStringLiteral("Een gegeven onder beroepsgeheim zonder geldige toestemming of doorbreking mag "
                                           "niet worden verstrekt (P 7.2, 13.7)."));
            auto supplier = parties.byId(gegeven->supplierPartyId);
            if (!supplier)
                return std::unexpected(supplier.error());
            policeOrOmData = policeOrOmData || DataCategoryRules::needsNecessityJustification(supplier->type);
        }
        // Wpg 32, Wjsg 39j (P 8.1): police and OM data go out only with the necessity stated.
        if (policeOrOmData && input.necessity.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Bij verstrekking van politie- of OM-gegevens is een onderbouwing van de noodzaak verplicht (P 8.1)."));
        // P 23.1: outside the casusoverleg's participants only on a legal obligation.
        auto inside = participants(input.casusId);
        if (!inside)
            return std::unexpected(inside.error());
        const bool outsideParticipants = toThirdParty || !inside->contains(input.recipientPartyId);
        if (outsideParticipants && input.legalObligation.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Verstrekking buiten de deelnemers aan het casusoverleg kan alleen op grond van een "
                                       "wettelijke verplichting, en die moet worden vastgelegd (P 23.1)."));
        // C 10.3: to third parties only with the supplying party's prior written consent.
        if (toThirdParty && input.supplierWrittenConsent.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Informatie uit het casusoverleg gaat alleen naar derden met voorafgaande schriftelijke "
                                       "toestemming van de partij die haar inbracht (C 10.3)."));

        Verstrekking verstrekking = input;
        verstrekking.byUserId = call.user.id;
        verstrekking.at = call.now;
        auto added = VerstrekkingRepository(m_database).add(verstrekking);
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        call.objects << QStringLiteral("verstrekking:%1").arg(id);
        for (const qint64 gegevenId : input.gegevenIds)
            call.objects << QStringLiteral("gegeven:%1").arg(gegevenId);
        return {};
    });
    return resultOf(status, id);
}

} // namespace casusregie
