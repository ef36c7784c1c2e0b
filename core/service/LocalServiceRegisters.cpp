// LocalService: datalekken (P 14), the registers (P 22.3, 24.3) and the parties' membership (C 21-24).
#include "service/LocalService.h"

#include "rules/InputLimits.h"
#include "rules/LegalDeadlines.h"
#include "rules/MembershipRules.h"
#include "service/InputChecks.h"
#include "storage/Database.h"
#include "storage/DatalekRepository.h"
#include "storage/PartyRepository.h"
#include "storage/RegisterRepository.h"

namespace casusregie {

namespace {

Status requireAll(std::initializer_list<QString> fields, const QString &message)
{
    for (const QString &field : fields) {
        if (field.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, message);
    }
    return {};
}

} // namespace

Result<qint64> LocalService::reportDatalek(const Datalek &input)
{
    return gated(Operation::ReportDatalek, 0, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(input); !valid)
            return std::unexpected(valid.error());
        if (!input.discoveredAt.isValid() || input.discoveredAt > call.now)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Geef aan wanneer het datalek is ontdekt."));
        if (auto filled = requireAll({input.aardEnOmvang, input.contactpersoon, input.mogelijkeMaatregelen,
                                      input.gevolgenBetrokkenen, input.genomenMaatregelen},
                                     QStringLiteral("Een melding bevat ten minste de aard en omvang, een contactpersoon, "
                                                    "mogelijke maatregelen, de gevolgen voor betrokkenen en de al genomen "
                                                    "maatregelen (P 14.3 a-e)."));
            !filled)
            return std::unexpected(filled.error());
        Datalek datalek = input;
        datalek.reportedByUserId = call.user.id;
        datalek.reportedByPartyId = call.user.partyId;
        datalek.privacyOfficerInformedAt = call.now; // the register is the privacy officer's
        auto added = DatalekRepository(m_database).add(datalek);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("datalek:%1").arg(*added);
        return *added;
    });
}

Status LocalService::assessDatalek(const Datalek &input)
{
    return gate(Operation::AssessDatalek, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(input); !valid)
            return valid;
        call.objects << QStringLiteral("datalek:%1").arg(input.id);
        DatalekRepository register_(m_database);
        auto stored = register_.byId(input.id);
        if (!stored)
            return std::unexpected(stored.error());
        if (input.decidedOnInforming && input.informingGrounds.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Leg de gronden vast van het besluit om betrokkenen wel of niet te informeren "
                                       "(P 14.6, 14.9, 14.10)."));
        if (input.decidedOnInforming && input.informBetrokkenen && input.notificationText.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Leg de tekst van de kennisgeving aan betrokkenen vast (P 14.11)."));
        Datalek updated = *stored;
        updated.apNotificationRequired = input.apNotificationRequired;
        updated.categorieenBetrokkenen = input.categorieenBetrokkenen;
        updated.categorieenGegevens = input.categorieenGegevens;
        updated.versleuteling = input.versleuteling;
        updated.aanbevolenMaatregelen = input.aanbevolenMaatregelen;
        updated.gevolgenEnHerstel = input.gevolgenEnHerstel;
        updated.decidedOnInforming = input.decidedOnInforming;
        updated.informBetrokkenen = input.informBetrokkenen;
        updated.informingGrounds = input.informingGrounds;
        updated.notificationText = input.notificationText;
        updated.correctiveMeasures = input.correctiveMeasures;
        return register_.update(updated);
    });
}

Status LocalService::recordApNotification(qint64 datalekId, const QDateTime &at, const QString &reference)
{
    return gate(Operation::RecordApNotification, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::checkReference(reference); !valid)
            return valid;
        call.objects << QStringLiteral("datalek:%1").arg(datalekId);
        DatalekRepository register_(m_database);
        auto datalek = register_.byId(datalekId);
        if (!datalek)
            return std::unexpected(datalek.error());
        if (!missingForApNotification(*datalek).isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("De melding aan de Autoriteit Persoonsgegevens bevat ten minste "
                                                                   "P 14.8 a-f; vul de beoordeling eerst aan."));
        if (!at.isValid() || at > call.now || reference.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Geef het tijdstip van de melding en het kenmerk van de AP."));
        datalek->apNotifiedAt = at;
        datalek->apReference = reference;
        return register_.update(*datalek);
    });
}

Result<QList<DatalekStatus>> LocalService::datalekken()
{
    return gated(Operation::ViewDatalekken, 0, [&](Call &call) -> Result<QList<DatalekStatus>> {
        QList<DatalekStatus> result;
        auto all = DatalekRepository(m_database).all();
        if (!all)
            return std::unexpected(all.error());
        for (const Datalek &datalek : *all) {
            DatalekClocks clocks;
            clocks.privacyOfficerDue = LegalDeadlines::privacyOfficerDue(datalek.discoveredAt);
            clocks.autoriteitDue = LegalDeadlines::autoriteitDue(datalek.discoveredAt);
            clocks.privacyOfficerOverdue = datalek.privacyOfficerInformedAt > clocks.privacyOfficerDue;
            clocks.autoriteitOverdue = datalek.apNotificationRequired
                && (datalek.apNotifiedAt.isValid() ? datalek.apNotifiedAt > clocks.autoriteitDue : call.now > clocks.autoriteitDue);
            result << DatalekStatus{datalek, clocks};
        }
        return result;
    });
}

Result<QList<Verwerking>> LocalService::verwerkingsregister()
{
    return gated(Operation::ViewRegisters, 0, [&](Call &) -> Result<QList<Verwerking>> {
        return RegisterRepository(m_database).verwerkingen();
    });
}

Status LocalService::saveVerwerking(const Verwerking &verwerking)
{
    return gate(Operation::MaintainRegisters, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(verwerking); !valid)
            return valid;
        call.objects << QStringLiteral("verwerking:%1").arg(verwerking.id);
        if (auto filled = requireAll({verwerking.naam, verwerking.verantwoordelijken, verwerking.doeleinden,
                                      verwerking.categorieenGegevens, verwerking.categorieenBetrokkenen, verwerking.ontvangers,
                                      verwerking.doorgifteDerdeLanden},
                                     QStringLiteral("Een verwerking in het register vermeldt P 24.3 a-f.")); !filled)
            return filled;
        return RegisterRepository(m_database).saveVerwerking(verwerking);
    });
}

Result<QList<Verwerker>> LocalService::verwerkers()
{
    return gated(Operation::ViewRegisters, 0, [&](Call &) -> Result<QList<Verwerker>> {
        return RegisterRepository(m_database).verwerkers();
    });
}

Result<qint64> LocalService::addVerwerker(const Verwerker &verwerker)
{
    return gated(Operation::MaintainRegisters, 0, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(verwerker); !valid)
            return std::unexpected(valid.error());
        if (verwerker.naam.trimmed().isEmpty() || verwerker.dienst.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Een verwerker staat op de lijst met naam en dienst (P 22.3)."));
        // The hoofd's approval is the hoofd's to record (approveVerwerker), never typed in by someone else.
        Verwerker proposed = verwerker;
        proposed.approvedByHoofdOn = QDate();
        proposed.lastReviewedOn = QDate();
        auto added = RegisterRepository(m_database).addVerwerker(proposed);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("verwerker:%1").arg(*added);
        return *added;
    });
}

// P 22.3: the agreement is made "met schriftelijke toestemming van het hoofd"; the hoofd's own
// account records it, so the approval carries the hoofd's name in the audit log.
Status LocalService::approveVerwerker(qint64 verwerkerId)
{
    return gate(Operation::ApproveVerwerker, 0, [&](Call &call) -> Status {
        call.objects << QStringLiteral("verwerker:%1").arg(verwerkerId);
        RegisterRepository registers(m_database);
        auto verwerker = registers.verwerker(verwerkerId);
        if (!verwerker)
            return std::unexpected(verwerker.error());
        if (!verwerker->awaitsHoofd())
            return fail(ErrorCode::Conflict, QStringLiteral("Het hoofd heeft deze verwerker al goedgekeurd op %1.")
                                                 .arg(verwerker->approvedByHoofdOn.toString(QStringLiteral("dd-MM-yyyy"))));
        return registers.approve(verwerkerId, call.today, call.user.id);
    });
}

Status LocalService::markVerwerkerReviewed(qint64 verwerkerId, QDate on)
{
    return gate(Operation::MaintainRegisters, 0, [&](Call &call) -> Status {
        if (auto valid = InputLimits::checkDate("de datum van herbeoordeling", on); !valid)
            return valid;
        call.objects << QStringLiteral("verwerker:%1").arg(verwerkerId);
        RegisterRepository registers(m_database);
        auto verwerker = registers.verwerker(verwerkerId);
        if (!verwerker)
            return std::unexpected(verwerker.error());
        if (verwerker->awaitsHoofd())
            return fail(ErrorCode::Conflict, QStringLiteral("Deze verwerker wacht nog op de toestemming van het hoofd; "
                                                            "de jaarlijkse beoordeling begint daarna."));
        const QDate reviewedOn = on.isValid() ? on : call.today;
        if (reviewedOn > call.today || reviewedOn < verwerker->approvedByHoofdOn)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("De beoordeling valt tussen de toestemming van het hoofd en vandaag."));
        return registers.markReviewed(verwerkerId, reviewedOn);
    });
}

Result<qint64> LocalService::addParty(const Party &party)
{
    return gated(Operation::ManageMembership, 0, [&](Call &call) -> Result<qint64> {
        if (auto valid = InputChecks::check(party); !valid)
            return std::unexpected(valid.error());
        if (auto valid = MembershipRules::checkToetreding(party.membership, call.today); !valid)
            return std::unexpected(valid.error());
        Party joining = party;
        joining.membership.opgezegd = QDate();
        joining.membership.uitgesloten = QDate();
        auto added = PartyRepository(m_database).add(joining);
        if (!added)
            return std::unexpected(added.error());
        call.objects << QStringLiteral("party:%1").arg(*added);
        return *added;
    });
}

Status LocalService::recordMembershipChange(const MembershipChange &change)
{
    return gate(Operation::ManageMembership, 0, [&](Call &call) -> Status {
        if (auto valid = InputChecks::check(change); !valid)
            return valid;
        call.objects << QStringLiteral("party:%1").arg(change.partyId);
        PartyRepository parties(m_database);
        if (change.gebeurtenis == MembershipEvent::Toetreding)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een toetredende partij wordt als nieuwe partij vastgelegd (addParty), met haar "
                                       "toetredingsdatum (C 21)."));
        auto party = parties.byId(change.partyId);
        if (!party)
            return std::unexpected(party.error());
        if (auto valid = MembershipRules::checkEnd(party->membership, change, call.today); !valid)
            return valid;
        switch (change.gebeurtenis) {
        case MembershipEvent::Opzegging:
            return parties.recordOpzegging(change.partyId, change.datum, change.toelichting);
        case MembershipEvent::Uitsluiting:
            return parties.recordUitsluiting(change.partyId, change.datum, change.toelichting);
        case MembershipEvent::Toetreding:
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("Een toetredende partij wordt als nieuwe partij vastgelegd (addParty), met haar "
                                       "toetredingsdatum (C 21)."));
        }
        return {};
    });
}

Result<QList<MembershipChange>> LocalService::membershipHistory()
{
    return gated(Operation::ViewMembership, 0, [&](Call &) -> Result<QList<MembershipChange>> {
        return PartyRepository(m_database).membershipHistory();
    });
}

} // namespace casusregie
