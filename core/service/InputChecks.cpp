#include "service/InputChecks.h"

#include "rules/InputLimits.h"
#include "rules/Operation.h"

namespace casusregie::InputChecks {

using InputLimits::checkDate;
using InputLimits::checkTexts;
using Kind = InputLimits::TextKind;

namespace {

Status allOf(std::initializer_list<Status> checks)
{
    for (const Status &status : checks) {
        if (!status)
            return status;
    }
    return {};
}

} // namespace

Status check(const NewAanmelding &aanmelding)
{
    return checkTexts({{"de reden van aanmelding", aanmelding.reden, Kind::Tekst}});
}

Status check(const AuditQuery &query)
{
    if (query.limit < 1 || query.limit > AuditQuery::maxPageSize)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een pagina van het auditlog telt 1 tot %1 regels.")
                                                    .arg(AuditQuery::maxPageSize));
    if (query.casusId < 0 || query.partyId < 0 || query.beforeId < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een nummer in het filter is ongeldig."));
    if (auto name = checkTexts({{"de gebruikersnaam", query.username, Kind::Kort}}); !name)
        return name;
    if (!query.action.isEmpty() && !enumFromKey<Operation>(query.action))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Deze handeling bestaat niet."));
    static const QStringList outcomes{QStringLiteral("allowed"), QStringLiteral("denied"), QStringLiteral("failed")};
    if (!query.outcome.isEmpty() && !outcomes.contains(query.outcome))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("De uitkomst is toegestaan, geweigerd of mislukt."));
    if (query.from.isValid() && query.to.isValid() && query.from > query.to)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("De periode eindigt voordat ze begint."));
    return {};
}

Status check(const CaseSearch &search, QDate today)
{
    return allOf({checkTexts({{"het casusnummer", search.casusnummer, Kind::Kort}, {"de naam", search.naam, Kind::Naam}}),
                  InputLimits::checkBirthDate(search.geboortedatum, today)});
}

Status checkGoal(const QString &doel)
{
    return checkTexts({{"het doel", doel, Kind::Tekst}});
}

Status checkPartyRole(const QString &role)
{
    return checkTexts({{"de rol van de partij", role, Kind::Kort}});
}

Status check(const Bekendheidscheck &check)
{
    return allOf({checkTexts({{"het andere Zorg- en Veiligheidshuis", check.otherZvh, Kind::Naam},
                              {"de uitkomst", check.result, Kind::Tekst}}),
                  checkDate("de datum van de bekendheidscheck", check.datum)});
}

Status check(const Informatieverzoek &verzoek)
{
    return checkTexts({{"de vraag", verzoek.vraag, Kind::Tekst}});
}

Status check(const PhaseChange &change)
{
    if (auto texts = checkTexts({{"het besluit", change.decision, Kind::Tekst}, {"de grondslag", change.basis, Kind::Kort}}); !texts)
        return texts;
    for (const GegevenReview &review : change.reviews) {
        if (auto reason = checkTexts({{"de reden bij de herbeoordeling", review.reason, Kind::Tekst}}); !reason)
            return reason;
    }
    return {};
}

Status check(const Betrokkene &betrokkene, QDate today)
{
    return allOf({checkTexts({{"de naam", betrokkene.naam, Kind::Naam}, {"de omschrijving", betrokkene.omschrijving, Kind::Kort}}),
                  InputLimits::checkBirthDate(betrokkene.geboortedatum, today)});
}

Status check(const NewGegeven &gegeven)
{
    return checkTexts({{"de inhoud", gegeven.content, Kind::Lang}, {"de reden van noodzaak", gegeven.necessityReason, Kind::Tekst}});
}

Status check(const NewApproval &approval)
{
    return allOf({checkTexts({{"wie goedkeurde", approval.approvedBy, Kind::Kort}, {"hoe de goedkeuring is gegeven", approval.how, Kind::Kort}}),
                  checkDate("de datum van de goedkeuring", approval.approvedOn)});
}

Status check(const Consent &consent)
{
    return allOf({checkTexts({{"de naam van de vertegenwoordiger", consent.representativeName, Kind::Naam},
                              {"de reikwijdte", consent.scope, Kind::Tekst},
                              {"hoe de toestemming is vastgelegd", consent.recordedHow, Kind::Kort}}),
                  checkDate("de datum van de toestemming", consent.givenOn)});
}

Status check(const NewSecrecyOverride &override)
{
    return checkTexts({{"de motivering", override.motivation, Kind::Tekst}, {"wie besloot", override.decidedBy, Kind::Kort}});
}

Status check(const Verstrekking &verstrekking)
{
    return checkTexts({{"de naam van de derde", verstrekking.thirdPartyName, Kind::Naam},
                       {"het doel", verstrekking.purpose, Kind::Tekst},
                       {"de grondslag", verstrekking.legalBasis, Kind::Kort},
                       {"de noodzaak", verstrekking.necessity, Kind::Tekst},
                       {"de wettelijke plicht", verstrekking.legalObligation, Kind::Tekst},
                       {"de schriftelijke toestemming van de leverancier", verstrekking.supplierWrittenConsent, Kind::Tekst}});
}

Status check(const Overleg &overleg)
{
    return allOf({checkTexts({{"de plaats", overleg.plaats, Kind::Kort},
                              {"het doel", overleg.doel, Kind::Tekst},
                              {"de te nemen besluiten", overleg.decisionTypes, Kind::Tekst}}),
                  checkDate("de datum van het overleg", overleg.datum.date())});
}

Status checkSchedule(const QDateTime &datum, const QString &plaats)
{
    return allOf({checkTexts({{"de plaats", plaats, Kind::Kort}}), checkDate("de datum van het overleg", datum.date())});
}

Status check(const OverlegOutcome &outcome)
{
    return checkTexts({{"het verslag", outcome.minutes, Kind::Lang}});
}

Status check(const NewBesluit &besluit)
{
    return checkTexts({{"het besluit", besluit.text, Kind::Tekst},
                       {"waarheen is opgeschaald", besluit.escalatedTo, Kind::Kort},
                       {"de uitkomst", besluit.outcome, Kind::Tekst}});
}

Status checkCriteria(const QString &criteria)
{
    return checkTexts({{"de afschalingscriteria", criteria, Kind::Tekst}});
}

Status check(const Afspraak &afspraak)
{
    return allOf({checkTexts({{"de actie", afspraak.action, Kind::Tekst}, {"het resultaat", afspraak.result, Kind::Tekst}}),
                  checkDate("de streefdatum", afspraak.dueDate)});
}

Status checkAfspraakResult(const QString &result)
{
    return checkTexts({{"het resultaat", result, Kind::Tekst}});
}

Status checkNote(const QString &note)
{
    return checkTexts({{"de notitie", note, Kind::Lang}});
}

Status check(const RetentionExtension &extension)
{
    return allOf({checkTexts({{"de partijen die besloten", extension.parties, Kind::Tekst}, {"de motivering", extension.motivation, Kind::Tekst}}),
                  checkDate("de datum van het besluit", extension.decidedOn)});
}

Status check(const Calamiteitsevaluatie &evaluation)
{
    return allOf({checkTexts({{"de aanleiding", evaluation.aanleiding, Kind::Tekst}, {"de reden", evaluation.reden, Kind::Tekst}}),
                  checkDate("de begindatum", evaluation.vanaf), checkDate("de einddatum", evaluation.tot)});
}

Status check(const Verzoek &verzoek, QDate today)
{
    return allOf({checkTexts({{"de naam van de verzoeker", verzoek.requesterName, Kind::Naam},
                              {"hoe de identiteit is vastgesteld", verzoek.identityVerifiedHow, Kind::Kort},
                              {"de motivering", verzoek.motivation, Kind::Tekst}}),
                  checkDate("de ontvangstdatum", verzoek.receivedOn),
                  InputLimits::checkBirthDate(verzoek.requesterBirthDate, today)});
}

Status checkHow(const QString &how)
{
    return checkTexts({{"hoe de identiteit is vastgesteld", how, Kind::Kort}});
}

Status checkMotivation(const QString &motivation)
{
    return checkTexts({{"de motivering", motivation, Kind::Tekst}});
}

Status checkContent(const QString &content)
{
    return checkTexts({{"de inhoud", content, Kind::Lang}});
}

Status check(const Informatieplicht &record)
{
    return allOf({checkTexts({{"hoe is geïnformeerd", record.how, Kind::Kort},
                              {"de motivering", record.motivation, Kind::Tekst},
                              {"de voorwaarden", record.conditions, Kind::Tekst}}),
                  checkDate("de datum van informeren", record.informedOn), checkDate("de verwachte datum", record.expectedOn),
                  checkDate("de herbeoordelingsdatum", record.reviewOn)});
}

Status check(const Datalek &datalek)
{
    return checkTexts({{"de aard en omvang", datalek.aardEnOmvang, Kind::Lang},
                       {"de contactpersoon", datalek.contactpersoon, Kind::Naam},
                       {"de mogelijke maatregelen", datalek.mogelijkeMaatregelen, Kind::Tekst},
                       {"de gevolgen voor betrokkenen", datalek.gevolgenBetrokkenen, Kind::Tekst},
                       {"de genomen maatregelen", datalek.genomenMaatregelen, Kind::Tekst},
                       {"de categorieën betrokkenen", datalek.categorieenBetrokkenen, Kind::Tekst},
                       {"de categorieën gegevens", datalek.categorieenGegevens, Kind::Tekst},
                       {"de versleuteling", datalek.versleuteling, Kind::Tekst},
                       {"de aanbevolen maatregelen", datalek.aanbevolenMaatregelen, Kind::Tekst},
                       {"de gevolgen en het herstel", datalek.gevolgenEnHerstel, Kind::Tekst},
                       {"het kenmerk van de Autoriteit Persoonsgegevens", datalek.apReference, Kind::Kort},
                       {"de gronden voor het informeren", datalek.informingGrounds, Kind::Tekst},
                       {"de tekst aan de betrokkenen", datalek.notificationText, Kind::Lang},
                       {"de corrigerende maatregelen", datalek.correctiveMeasures, Kind::Tekst}});
}

Status checkReference(const QString &reference)
{
    return checkTexts({{"het kenmerk", reference, Kind::Kort}});
}

Status check(const Verwerking &verwerking)
{
    return checkTexts({{"de naam", verwerking.naam, Kind::Naam},
                       {"de verantwoordelijken", verwerking.verantwoordelijken, Kind::Tekst},
                       {"de doeleinden", verwerking.doeleinden, Kind::Tekst},
                       {"de categorieën gegevens", verwerking.categorieenGegevens, Kind::Tekst},
                       {"de categorieën betrokkenen", verwerking.categorieenBetrokkenen, Kind::Tekst},
                       {"de ontvangers", verwerking.ontvangers, Kind::Tekst},
                       {"de doorgifte naar derde landen", verwerking.doorgifteDerdeLanden, Kind::Tekst}});
}

Status check(const Verwerker &verwerker)
{
    return checkTexts({{"de naam", verwerker.naam, Kind::Naam}, {"de dienst", verwerker.dienst, Kind::Tekst}});
}

Status check(const Party &party)
{
    return allOf({checkTexts({{"de naam", party.name, Kind::Naam}, {"de korte naam", party.shortName, Kind::Naam},
                              {"de reden van uitsluiting", party.membership.uitsluitingsreden, Kind::Tekst},
                              {"de ondertekenaar", party.membership.ondertekenaar, Kind::Naam}}),
                  checkDate("de datum van toetreding", party.membership.toegetreden),
                  checkDate("de datum van het besluit van het Algemeen Bestuur", party.membership.abBesluit)});
}

Status check(const MembershipChange &change)
{
    return allOf({checkTexts({{"de toelichting", change.toelichting, Kind::Tekst}}), checkDate("de datum", change.datum)});
}

Status check(const NewUser &user)
{
    return allOf({checkTexts({{"de gebruikersnaam", user.user.username, Kind::Naam},
                              {"de naam", user.user.displayName, Kind::Naam},
                              {"het wachtwoord", user.password, Kind::Kort}}),
                  checkDate("de datum van de geheimhoudingsverklaring", user.user.geheimhoudingsverklaring),
                  checkDate("de datum van de VOG of screening", user.user.vogOfScreening)});
}

Status checkPassword(const QString &password)
{
    return checkTexts({{"het wachtwoord", password, Kind::Kort}});
}

} // namespace casusregie::InputChecks
