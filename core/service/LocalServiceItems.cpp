// LocalService: betrokkenen and gegevens, supplier approvals, consent, overrides and verstrekkingen.
#include "service/LocalService.h"

#include "rules/ConsentRules.h"
#include "rules/DataCategoryRules.h"
#include "rules/DisclosureRules.h"
#include "service/InputChecks.h"
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
    return gated(Operation::AddBetrokkene, betrokkene.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(betrokkene, call.today); !valid)
            return std::unexpected(valid.error());
        auto added = BetrokkeneRepository(m_database).add(betrokkene);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("betrokkene:%1").arg(*added);
        return *added;
    });
}

Result<QList<Betrokkene>> LocalService::betrokkenen(qint64 casusId)
{
    return gated(Operation::ViewBetrokkenen, casusId, [&](Call &call) -> Result<QList<Betrokkene>> {
        QList<Betrokkene> result;
        auto all = BetrokkeneRepository(m_database).forCasus(casusId);
        auto visible = all ? visibleBetrokkeneIds(call) : Result<QSet<qint64>>(std::unexpected(all.error()));
        if (!visible)
            return std::unexpected(visible.error());
        for (const Betrokkene &betrokkene : *all) {
            if (visible->contains(betrokkene.id)) {
                result << betrokkene;
                call.objects << QStringLiteral("betrokkene:%1").arg(betrokkene.id);
            }
        }
        return result;
    });
}

Result<qint64> LocalService::addGegeven(const NewGegeven &input)
{
    return gated(Operation::AddGegeven, input.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        if (auto own = requireOwnPartyGegeven(call, input.supplierPartyId); !own)
            return std::unexpected(own.error());
        // A partner attaches items only to a person it can see; any other answers like a missing one.
        auto visible = visibleBetrokkeneIds(call);
        if (!visible)
            return std::unexpected(visible.error());
        auto betrokkene = BetrokkeneRepository(m_database).byId(input.betrokkeneId);
        if (!betrokkene || betrokkene->casusId != input.casusId || !visible->contains(betrokkene->id))
            return fail(ErrorCode::NotFound, QStringLiteral("Deze betrokkene hoort niet bij deze casus."));
        auto supplier = PartyRepository(m_database).byId(input.supplierPartyId);
        if (!supplier)
            return std::unexpected(supplier.error());
        if (!supplier->membership.isActiveOn(call.today))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Deze partij neemt niet (meer) deel aan het convenant (P 27.3)."));
        if (auto allowed = DataCategoryRules::checkGegeven(betrokkene->categorie, input.category, input.necessityReason); !allowed)
            return std::unexpected(allowed.error());
        if (auto basis = DataCategoryRules::checkGrondslag(supplier->type, input.category, input.grondslag); !basis)
            return std::unexpected(basis.error());
        // P 6.4 l, 7.2: an item brought in on the betrokkene's consent needs that consent on record first.
        if (input.grondslag == Grondslag::Consent) {
            auto consent = ConsentRepository(m_database).isActive(input.betrokkeneId, input.supplierPartyId, call.today);
            if (!consent)
                return std::unexpected(consent.error());
            if (!*consent)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("Dit gegeven rust op toestemming van de betrokkene: leg eerst die toestemming vast "
                                           "(P 6.4, 7.2)."));
        }

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
        call.objects << QStringLiteral("gegeven:%1").arg(*added);
        return *added;
    });
}

Result<QList<Gegeven>> LocalService::visibleGegevens(const Call &call) const
{
    if (call.isAssignedProcesregisseur())
        return GegevenRepository(m_database).heldForCasus(call.casus->id);
    return gegevensForParty(*call.casus, call.user.partyId, call.today);
}

Result<QList<Gegeven>> LocalService::gegevensForParty(const Casus &casus, qint64 partyId, QDate day) const
{
    auto held = GegevenRepository(m_database).heldForCasus(casus.id);
    if (!held)
        return held;
    // A party sees an item only with its supplier's approval for it (P 3.5c/d, 13.5, 13.6), and
    // never after consent for it was withdrawn (P 13.7); the supplier sees its own.
    auto approved = ApprovalRepository(m_database).approvedFor(casus.id, partyId, casus.phase, day);
    if (!approved)
        return std::unexpected(approved.error());
    QList<Gegeven> visible;
    for (const Gegeven &gegeven : *held) {
        if (gegeven.supplierPartyId == partyId) { // a party always sees what it brought in itself
            visible << gegeven;
            continue;
        }
        if (!approved->contains(gegeven.id))
            continue;
        auto share = shareFacts(gegeven, day);
        if (!share)
            return std::unexpected(share.error());
        if (DisclosureRules::mayShare(*share))
            visible << gegeven;
    }
    return visible;
}

Result<QList<Gegeven>> LocalService::gegevens(qint64 casusId)
{
    return gated(Operation::ViewGegevens, casusId, [&](Call &call) -> Result<QList<Gegeven>> {
        auto visible = visibleGegevens(call);
        if (!visible)
            return std::unexpected(visible.error());
        for (const Gegeven &gegeven : *visible)
            call.objects << QStringLiteral("gegeven:%1").arg(gegeven.id);
        return visible;
    });
}

Result<QList<qint64>> LocalService::recordApproval(qint64 casusId, const NewApproval &input)
{
    return gated(Operation::RecordApproval, casusId, [&](Call &call) -> Result<QList<qint64>> {
        QList<qint64> ids;
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        auto gegeven = visibleGegeven(call, input.gegevenId);
        if (!gegeven)
            return std::unexpected(gegeven.error());
        if (auto own = requireOwnPartyGegeven(call, gegeven->supplierPartyId); !own)
            return std::unexpected(own.error());
        if (auto filled = requireFilled({input.approvedBy, input.how},
                                        QStringLiteral("Leg vast door wie bij de leverende partij en hoe de goedkeuring is gegeven."));
            !filled)
            return std::unexpected(filled.error());
        // P 3.5a/c: an approval is for a purpose of the phase the casus is in now (B2), and lapses with it.
        if (phaseOf(input.purpose) != call.casus->phase)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Kies een doel van de fase %1 (bijvoegsel 2); een goedkeuring geldt alleen voor de fase "
                                       "waarin zij is gegeven.")
                            .arg(enumLabel(call.casus->phase)));
        if (!input.approvedOn.isValid() || input.recipientPartyIds.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een goedkeuring heeft een datum en ten minste één ontvanger."));
        if (input.approvedOn > call.today) // it would record something that has not happened, and show nothing yet
            return fail(ErrorCode::InvalidArgument, QStringLiteral("De datum van de goedkeuring ligt in de toekomst."));
        if (input.approvedOn < call.casus->aanmeldingsdatum)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("De datum van de goedkeuring ligt vóór de aanmelding van de casus."));
        auto share = shareFacts(*gegeven, call.today);
        if (!share)
            return std::unexpected(share.error());
        if (auto shareable = DisclosureRules::checkShareable(*share); !shareable)
            return std::unexpected(shareable.error());
        ApprovalRepository approvals(m_database);
        for (const qint64 recipient : input.recipientPartyIds) {
            // P 27.3: nothing is approved for a party that no longer takes part.
            if (auto member = requireMember(recipient, call.today); !member)
                return std::unexpected(member.error());
            Approval approval;
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
        return ids;
    });
}

Status LocalService::withdrawApproval(qint64 casusId, qint64 approvalId)
{
    return gate(Operation::WithdrawApproval, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("goedkeuring:%1").arg(approvalId);
        ApprovalRepository approvals(m_database);
        auto approval = approvals.byId(approvalId);
        auto gegeven = approval ? visibleGegeven(call, approval->gegevenId) : Result<Gegeven>(std::unexpected(approval.error()));
        if (!gegeven) // an approval of a hidden item answers exactly like one that does not exist
            return fail(ErrorCode::NotFound, QStringLiteral("Deze goedkeuring bestaat niet."));
        if (auto own = requireOwnPartyGegeven(call, gegeven->supplierPartyId); !own)
            return own;
        return approvals.withdraw(approvalId, call.today);
    });
}

Result<qint64> LocalService::recordConsent(qint64 casusId, const Consent &input)
{
    return gated(Operation::RecordConsent, casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        auto visible = visibleBetrokkeneIds(call);
        if (!visible)
            return std::unexpected(visible.error());
        auto betrokkene = BetrokkeneRepository(m_database).byId(input.betrokkeneId);
        if (!betrokkene || betrokkene->casusId != casusId || !visible->contains(betrokkene->id))
            return fail(ErrorCode::NotFound, QStringLiteral("Deze betrokkene hoort niet bij deze casus."));
        if (auto own = requireOwnPartyGegeven(call, input.supplierPartyId); !own)
            return std::unexpected(own.error());
        if (auto complete = ConsentRules::checkRecord(input, call.casus->aanmeldingsdatum, call.today); !complete)
            return std::unexpected(complete.error());
        Consent consent = input;
        consent.withdrawnOn = QDate();
        consent.recordedByUserId = call.user.id;
        auto added = ConsentRepository(m_database).add(consent);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("toestemming:%1").arg(*added);
        return *added;
    });
}

Status LocalService::withdrawConsent(qint64 casusId, qint64 consentId)
{
    return gate(Operation::WithdrawConsent, casusId, [&](Call &call) -> Status {
        call.objects << QStringLiteral("toestemming:%1").arg(consentId);
        ConsentRepository consents(m_database);
        auto consent = consents.byId(consentId);
        auto betrokkene = consent ? BetrokkeneRepository(m_database).byId(consent->betrokkeneId)
                                  : Result<Betrokkene>(std::unexpected(consent.error()));
        // Another party's consent is hidden (that it holds secret data is itself sensitive): it
        // answers exactly like one that does not exist.
        if (!betrokkene || betrokkene->casusId != casusId || !requireOwnPartyGegeven(call, consent->supplierPartyId))
            return fail(ErrorCode::NotFound, QStringLiteral("Deze toestemming hoort niet bij deze casus."));
        if (auto withdrawn = consents.withdraw(consentId, call.today); !withdrawn)
            return withdrawn;
        // P 13.7: the recipients' permission lapses with the consent.
        return ApprovalRepository(m_database).lapseForConsent(consent->betrokkeneId, consent->supplierPartyId, call.today);
    });
}

Result<QList<Consent>> LocalService::consents(qint64 casusId)
{
    return gated(Operation::ViewConsents, casusId, [&](Call &call) -> Result<QList<Consent>> {
        QList<Consent> result;
        auto all = ConsentRepository(m_database).forCasus(casusId);
        if (!all)
            return std::unexpected(all.error());
        for (const Consent &consent : *all) {
            // That a party holds secret data about someone is itself sensitive: others see only their own.
            if (call.isAssignedProcesregisseur() || consent.supplierPartyId == call.user.partyId) {
                result << consent;
                call.objects << QStringLiteral("toestemming:%1").arg(consent.id);
            }
        }
        return result;
    });
}

Result<qint64> LocalService::recordSecrecyOverride(qint64 casusId, const NewSecrecyOverride &input)
{
    return gated(Operation::RecordSecrecyOverride, casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        auto gegeven = visibleGegeven(call, input.gegevenId);
        if (!gegeven)
            return std::unexpected(gegeven.error());
        // B4: the professional of the supplying party decides, never the procesregisseur for them.
        if (gegeven->supplierPartyId != call.user.partyId)
            return fail(ErrorCode::AccessDenied,
                        QStringLiteral("Alleen de partij die het gegeven inbracht kan besluiten haar beroepsgeheim te doorbreken "
                                       "(P 7.2, bijvoegsel 4)."));
        if (!gegeven->beroepsgeheim)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Dit gegeven valt niet onder het beroepsgeheim."));
        if (input.legalGround == SecrecyOverrideGround::VrijOmschreven)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Kies de wettelijke grond uit bijvoegsel 4."));
        const SecrecyOverride override{0, gegeven->id, input.legalGround, input.motivation, input.decidedBy, call.user.id, call.now};
        if (auto complete = ConsentRules::checkSecrecyOverride(override); !complete)
            return std::unexpected(complete.error());
        auto added = ConsentRepository(m_database).addSecrecyOverride(override);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("doorbreking:%1").arg(*added);
        return *added;
    });
}

// What decides whether this verstrekking is lawful (rules/DisclosureRules), item by item.
Result<VerstrekkingFacts> LocalService::verstrekkingFacts(const Call &call, const Verstrekking &input) const
{
    const bool toThirdParty = input.recipientPartyId == 0;
    // The assigned procesregisseur and the hoofd (P 23.1) disclose any item of the casus; a
    // partner only its own party's, and an item it cannot see answers like a missing one.
    const bool byHoofd = call.user.hasRole(Role::Hoofd) && !call.isAssignedProcesregisseur();
    PartyRepository parties(m_database);
    auto approvedForRecipient = toThirdParty ? Result<QSet<qint64>>(QSet<qint64>())
                                             : ApprovalRepository(m_database).approvedFor(input.casusId, input.recipientPartyId,
                                                                                           call.casus->phase, call.today);
    if (!approvedForRecipient)
        return std::unexpected(approvedForRecipient.error());
    VerstrekkingFacts facts;
    facts.toThirdParty = toThirdParty;
    facts.everyGegevenApprovedForRecipient = true;
    facts.everyGegevenShareable = true;
    facts.necessity = input.necessity;
    facts.legalObligation = input.legalObligation;
    facts.supplierWrittenConsent = input.supplierWrittenConsent;
    for (const qint64 gegevenId : input.gegevenIds) {
        auto gegeven = byHoofd ? gegevenInCasus(call, gegevenId) : visibleGegeven(call, gegevenId);
        if (!gegeven)
            return std::unexpected(gegeven.error());
        if (!byHoofd) {
            if (auto own = requireOwnPartyGegeven(call, gegeven->supplierPartyId); !own)
                return std::unexpected(own.error());
        }
        auto share = shareFacts(*gegeven, call.today);
        auto supplier = share ? parties.byId(gegeven->supplierPartyId) : Result<Party>(std::unexpected(share.error()));
        if (!supplier)
            return std::unexpected(supplier.error());
        facts.everyGegevenShareable = facts.everyGegevenShareable && DisclosureRules::mayShare(*share);
        // C 17.2: the supplier's approval for this recipient; a supplier disclosing its own item decides itself.
        const bool supplierDecides = gegeven->supplierPartyId == call.user.partyId && !call.isAssignedProcesregisseur() && !byHoofd;
        facts.everyGegevenApprovedForRecipient = facts.everyGegevenApprovedForRecipient
            && (supplierDecides || gegeven->supplierPartyId == input.recipientPartyId || approvedForRecipient->contains(gegeven->id));
        facts.policeOrOmData = facts.policeOrOmData || DataCategoryRules::needsNecessityJustification(supplier->type);
    }
    if (!toThirdParty) {
        auto recipient = parties.byId(input.recipientPartyId);
        if (!recipient)
            return fail(ErrorCode::NotFound, QStringLiteral("Deze partij bestaat niet."));
        facts.recipientIsMember = recipient->membership.isActiveOn(call.today);
    }
    auto inside = participants(input.casusId);
    if (!inside)
        return std::unexpected(inside.error());
    facts.recipientInsideOverleg = !toThirdParty && inside->contains(input.recipientPartyId);
    return facts;
}

Result<qint64> LocalService::recordVerstrekking(const Verstrekking &input)
{
    return gated(Operation::RecordVerstrekking, input.casusId, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        if (input.gegevenIds.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een verstrekking noemt de gegevens die zijn verstrekt."));
        if (auto filled = requireFilled({input.purpose, input.legalBasis},
                                        QStringLiteral("Een verstrekking heeft een doel en een wettelijke grondslag (P 8.1)."));
            !filled)
            return std::unexpected(filled.error());
        const bool toThirdParty = input.recipientPartyId == 0;
        if (toThirdParty && input.thirdPartyName.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Noem de ontvanger van de verstrekking."));

        auto facts = verstrekkingFacts(call, input);
        if (!facts)
            return std::unexpected(facts.error());
        if (auto lawful = DisclosureRules::checkVerstrekking(*facts); !lawful)
            return std::unexpected(lawful.error());

        Verstrekking verstrekking = input;
        verstrekking.byUserId = call.user.id;
        verstrekking.at = call.now;
        auto added = VerstrekkingRepository(m_database).add(verstrekking);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("verstrekking:%1").arg(*added);
        for (const qint64 gegevenId : input.gegevenIds)
            call.objects << QStringLiteral("gegeven:%1").arg(gegevenId);
        return *added;
    });
}

} // namespace casusregie
