#pragma once

#include "net/CborCodec.h"
#include "service/Commands.h"
#include "service/Service.h"

#include <tuple>

// The fields of every struct that crosses the wire, once each. Field names are the protocol's
// names (docs/protocol.md); renaming a C++ member does not change the protocol.
namespace casusregie::cbor {

#define CASUSREGIE_CBOR_FIELDS(Type, ...)                                                                              \
    template <>                                                                                                        \
    struct CborFields<Type> {                                                                                          \
        static constexpr auto fields = std::tuple{__VA_ARGS__};                                                        \
    };

CASUSREGIE_CBOR_FIELDS(User, field("id", &User::id), field("username", &User::username), field("displayName", &User::displayName),
                       field("partyId", &User::partyId), field("roles", &User::roles),
                       field("geheimhoudingsverklaring", &User::geheimhoudingsverklaring),
                       field("vogOfScreening", &User::vogOfScreening), field("active", &User::active),
                       field("mustChangePassword", &User::mustChangePassword),
                       field("secondFactorEnrolled", &User::secondFactorEnrolled), field("pendingRoles", &User::pendingRoles),
                       field("lockedOut", &User::lockedOut))
CASUSREGIE_CBOR_FIELDS(RoleGrant, field("id", &RoleGrant::id), field("userId", &RoleGrant::userId),
                       field("username", &RoleGrant::username), field("displayName", &RoleGrant::displayName),
                       field("role", &RoleGrant::role), field("requestedBy", &RoleGrant::requestedBy),
                       field("requestedAt", &RoleGrant::requestedAt), field("decidedBy", &RoleGrant::decidedBy),
                       field("decidedAt", &RoleGrant::decidedAt), field("confirmed", &RoleGrant::confirmed))
CASUSREGIE_CBOR_FIELDS(Membership, field("toegetreden", &Membership::toegetreden), field("abBesluit", &Membership::abBesluit),
                       field("ondertekenaar", &Membership::ondertekenaar), field("opgezegd", &Membership::opgezegd),
                       field("uitgesloten", &Membership::uitgesloten), field("uitsluitingsreden", &Membership::uitsluitingsreden))
CASUSREGIE_CBOR_FIELDS(Party, field("id", &Party::id), field("name", &Party::name), field("shortName", &Party::shortName),
                       field("type", &Party::type), field("membership", &Party::membership))
CASUSREGIE_CBOR_FIELDS(CasusNumber, field("year", &CasusNumber::year), field("sequence", &CasusNumber::sequence))
CASUSREGIE_CBOR_FIELDS(Casus, field("id", &Casus::id), field("number", &Casus::number),
                       field("aanmeldendePartijId", &Casus::aanmeldendePartijId), field("aanmeldingsdatum", &Casus::aanmeldingsdatum),
                       field("reden", &Casus::reden), field("doel", &Casus::doel), field("themes", &Casus::themes),
                       field("phase", &Casus::phase), field("procesregisseurIds", &Casus::procesregisseurIds),
                       field("casusregisseurUserId", &Casus::casusregisseurUserId),
                       field("afschalingscriteria", &Casus::afschalingscriteria))
CASUSREGIE_CBOR_FIELDS(CaseAttention, field("nextOverlegAt", &CaseAttention::nextOverlegAt),
                       field("nextOverlegPlaats", &CaseAttention::nextOverlegPlaats),
                       field("openAfspraken", &CaseAttention::openAfspraken), field("overdueAfspraken", &CaseAttention::overdueAfspraken),
                       field("retentionDecisionBy", &CaseAttention::retentionDecisionBy),
                       field("informatieplichtReviewsDue", &CaseAttention::informatieplichtReviewsDue),
                       field("secretItemsWithoutConsent", &CaseAttention::secretItemsWithoutConsent))
CASUSREGIE_CBOR_FIELDS(CasusOverview, field("id", &CasusOverview::id), field("number", &CasusOverview::number),
                       field("phase", &CasusOverview::phase), field("aanmeldingsdatum", &CasusOverview::aanmeldingsdatum),
                       field("aanmeldendePartijId", &CasusOverview::aanmeldendePartijId),
                       field("phaseSince", &CasusOverview::phaseSince), field("hoofdpersoon", &CasusOverview::hoofdpersoon),
                       field("attention", &CasusOverview::attention))
CASUSREGIE_CBOR_FIELDS(NewAanmelding, field("reden", &NewAanmelding::reden))
CASUSREGIE_CBOR_FIELDS(OwnAanmelding, field("overview", &OwnAanmelding::overview), field("reden", &OwnAanmelding::reden),
                       field("takenOn", &OwnAanmelding::takenOn))
CASUSREGIE_CBOR_FIELDS(PageRequest, field("afterDate", &PageRequest::afterDate), field("afterId", &PageRequest::afterId),
                       field("limit", &PageRequest::limit))
CASUSREGIE_CBOR_FIELDS(CasusPage, field("items", &CasusPage::items), field("more", &CasusPage::more))
CASUSREGIE_CBOR_FIELDS(CaseSearch, field("casusnummer", &CaseSearch::casusnummer), field("naam", &CaseSearch::naam),
                       field("geboortedatum", &CaseSearch::geboortedatum))
CASUSREGIE_CBOR_FIELDS(Bekendheidscheck, field("id", &Bekendheidscheck::id), field("casusId", &Bekendheidscheck::casusId),
                       field("datum", &Bekendheidscheck::datum), field("otherZvh", &Bekendheidscheck::otherZvh),
                       field("result", &Bekendheidscheck::result))
CASUSREGIE_CBOR_FIELDS(Informatieverzoek, field("id", &Informatieverzoek::id), field("casusId", &Informatieverzoek::casusId),
                       field("betrokkeneId", &Informatieverzoek::betrokkeneId), field("partyId", &Informatieverzoek::partyId),
                       field("vraag", &Informatieverzoek::vraag), field("byUserId", &Informatieverzoek::byUserId),
                       field("at", &Informatieverzoek::at))
CASUSREGIE_CBOR_FIELDS(Betrokkene, field("id", &Betrokkene::id), field("casusId", &Betrokkene::casusId),
                       field("categorie", &Betrokkene::categorie), field("naam", &Betrokkene::naam),
                       field("geboortedatum", &Betrokkene::geboortedatum), field("omschrijving", &Betrokkene::omschrijving))
CASUSREGIE_CBOR_FIELDS(Gegeven, field("id", &Gegeven::id), field("casusId", &Gegeven::casusId),
                       field("betrokkeneId", &Gegeven::betrokkeneId), field("category", &Gegeven::category),
                       field("content", &Gegeven::content), field("supplierPartyId", &Gegeven::supplierPartyId),
                       field("phase", &Gegeven::phase), field("grondslag", &Gegeven::grondslag),
                       field("beroepsgeheim", &Gegeven::beroepsgeheim), field("necessityReason", &Gegeven::necessityReason),
                       field("enteredByUserId", &Gegeven::enteredByUserId), field("enteredAt", &Gegeven::enteredAt))
CASUSREGIE_CBOR_FIELDS(NewGegeven, field("casusId", &NewGegeven::casusId), field("betrokkeneId", &NewGegeven::betrokkeneId),
                       field("category", &NewGegeven::category), field("content", &NewGegeven::content),
                       field("supplierPartyId", &NewGegeven::supplierPartyId), field("grondslag", &NewGegeven::grondslag),
                       field("beroepsgeheim", &NewGegeven::beroepsgeheim), field("necessityReason", &NewGegeven::necessityReason))
CASUSREGIE_CBOR_FIELDS(GegevenReview, field("gegevenId", &GegevenReview::gegevenId), field("keep", &GegevenReview::keep),
                       field("reason", &GegevenReview::reason))
CASUSREGIE_CBOR_FIELDS(PhaseChange, field("casusId", &PhaseChange::casusId), field("from", &PhaseChange::from),
                       field("to", &PhaseChange::to), field("decision", &PhaseChange::decision), field("basis", &PhaseChange::basis),
                       field("reviews", &PhaseChange::reviews), field("newMeldingCasusId", &PhaseChange::newMeldingCasusId))
CASUSREGIE_CBOR_FIELDS(NewApproval, field("gegevenId", &NewApproval::gegevenId),
                       field("recipientPartyIds", &NewApproval::recipientPartyIds), field("purpose", &NewApproval::purpose),
                       field("approvedBy", &NewApproval::approvedBy), field("approvedOn", &NewApproval::approvedOn),
                       field("how", &NewApproval::how))
CASUSREGIE_CBOR_FIELDS(Consent, field("id", &Consent::id), field("betrokkeneId", &Consent::betrokkeneId),
                       field("supplierPartyId", &Consent::supplierPartyId), field("givenBy", &Consent::givenBy),
                       field("representativeName", &Consent::representativeName), field("givenOn", &Consent::givenOn),
                       field("scope", &Consent::scope), field("recordedHow", &Consent::recordedHow),
                       field("toldCanWithdraw", &Consent::toldCanWithdraw), field("withdrawnOn", &Consent::withdrawnOn))
CASUSREGIE_CBOR_FIELDS(NewSecrecyOverride, field("gegevenId", &NewSecrecyOverride::gegevenId),
                       field("legalGround", &NewSecrecyOverride::legalGround), field("motivation", &NewSecrecyOverride::motivation),
                       field("decidedBy", &NewSecrecyOverride::decidedBy))
CASUSREGIE_CBOR_FIELDS(Verstrekking, field("id", &Verstrekking::id), field("casusId", &Verstrekking::casusId),
                       field("gegevenIds", &Verstrekking::gegevenIds), field("recipientPartyId", &Verstrekking::recipientPartyId),
                       field("thirdPartyName", &Verstrekking::thirdPartyName), field("purpose", &Verstrekking::purpose),
                       field("legalBasis", &Verstrekking::legalBasis), field("necessity", &Verstrekking::necessity),
                       field("legalObligation", &Verstrekking::legalObligation),
                       field("supplierWrittenConsent", &Verstrekking::supplierWrittenConsent))
CASUSREGIE_CBOR_FIELDS(Overleg, field("id", &Overleg::id), field("casusId", &Overleg::casusId), field("datum", &Overleg::datum),
                       field("plaats", &Overleg::plaats), field("doel", &Overleg::doel), field("themes", &Overleg::themes),
                       field("decisionTypes", &Overleg::decisionTypes), field("invitedPartyIds", &Overleg::invitedPartyIds),
                       field("attendingPartyIds", &Overleg::attendingPartyIds), field("minutes", &Overleg::minutes))
CASUSREGIE_CBOR_FIELDS(OverlegOutcome, field("overlegId", &OverlegOutcome::overlegId),
                       field("attendingPartyIds", &OverlegOutcome::attendingPartyIds), field("minutes", &OverlegOutcome::minutes))
CASUSREGIE_CBOR_FIELDS(NewBesluit, field("overlegId", &NewBesluit::overlegId), field("soort", &NewBesluit::soort),
                       field("text", &NewBesluit::text), field("escalatedTo", &NewBesluit::escalatedTo),
                       field("outcome", &NewBesluit::outcome))
CASUSREGIE_CBOR_FIELDS(DocumentRow, field("cells", &DocumentRow::cells))
CASUSREGIE_CBOR_FIELDS(DocumentBar, field("label", &DocumentBar::label), field("value", &DocumentBar::value),
                       field("valueText", &DocumentBar::valueText), field("withheld", &DocumentBar::withheld))
CASUSREGIE_CBOR_FIELDS(DocumentSeries, field("name", &DocumentSeries::name), field("bars", &DocumentSeries::bars))
CASUSREGIE_CBOR_FIELDS(DocumentColumnChart, field("categories", &DocumentColumnChart::categories),
                       field("series", &DocumentColumnChart::series),
                       field("withheldLabel", &DocumentColumnChart::withheldLabel))
CASUSREGIE_CBOR_FIELDS(DocumentSection, field("heading", &DocumentSection::heading),
                       field("paragraphs", &DocumentSection::paragraphs), field("columns", &DocumentSection::columns),
                       field("tableHeader", &DocumentSection::tableHeader),
                       field("tableRows", &DocumentSection::tableRows), field("bars", &DocumentSection::bars))
CASUSREGIE_CBOR_FIELDS(Document, field("title", &Document::title), field("subject", &Document::subject),
                       field("headerLines", &Document::headerLines), field("notice", &Document::notice),
                       field("pageFooter", &Document::pageFooter), field("sections", &Document::sections))
CASUSREGIE_CBOR_FIELDS(SummaryCopyRecord, field("id", &SummaryCopyRecord::id), field("casusId", &SummaryCopyRecord::casusId),
                       field("overlegId", &SummaryCopyRecord::overlegId), field("number", &SummaryCopyRecord::number),
                       field("recipientPartyId", &SummaryCopyRecord::recipientPartyId),
                       field("verstrekkingId", &SummaryCopyRecord::verstrekkingId),
                       field("itemCount", &SummaryCopyRecord::itemCount), field("byUserId", &SummaryCopyRecord::byUserId),
                       field("byName", &SummaryCopyRecord::byName), field("at", &SummaryCopyRecord::at))
CASUSREGIE_CBOR_FIELDS(SummaryCopy, field("record", &SummaryCopy::record), field("document", &SummaryCopy::document))
CASUSREGIE_CBOR_FIELDS(Afspraak, field("id", &Afspraak::id), field("casusId", &Afspraak::casusId),
                       field("ownerPartyId", &Afspraak::ownerPartyId), field("action", &Afspraak::action),
                       field("dueDate", &Afspraak::dueDate), field("status", &Afspraak::status), field("result", &Afspraak::result))
CASUSREGIE_CBOR_FIELDS(Calamiteitsevaluatie, field("id", &Calamiteitsevaluatie::id), field("casusId", &Calamiteitsevaluatie::casusId),
                       field("aanleiding", &Calamiteitsevaluatie::aanleiding), field("reden", &Calamiteitsevaluatie::reden),
                       field("vanaf", &Calamiteitsevaluatie::vanaf), field("tot", &Calamiteitsevaluatie::tot),
                       field("byUserId", &Calamiteitsevaluatie::byUserId), field("recordedAt", &Calamiteitsevaluatie::recordedAt))
CASUSREGIE_CBOR_FIELDS(RetentionExtension, field("id", &RetentionExtension::id), field("casusId", &RetentionExtension::casusId),
                       field("decidedOn", &RetentionExtension::decidedOn), field("months", &RetentionExtension::months),
                       field("parties", &RetentionExtension::parties), field("motivation", &RetentionExtension::motivation))
CASUSREGIE_CBOR_FIELDS(SuppressedCount, field("value", &SuppressedCount::value), field("hidden", &SuppressedCount::hidden))
CASUSREGIE_CBOR_FIELDS(AnnualFigures, field("year", &AnnualFigures::year), field("received", &AnnualFigures::received),
                       field("perTheme", &AnnualFigures::perTheme), field("perAanmeldendePartij", &AnnualFigures::perAanmeldendePartij),
                       field("perOutcome", &AnnualFigures::perOutcome), field("averageDays", &AnnualFigures::averageDays),
                       field("enteredPerMonth", &AnnualFigures::enteredPerMonth),
                       field("withoutMonths", &AnnualFigures::withoutMonths))
CASUSREGIE_CBOR_FIELDS(AuditEntry, field("at", &AuditEntry::at), field("userId", &AuditEntry::userId),
                       field("username", &AuditEntry::username), field("roles", &AuditEntry::roles),
                       field("partyId", &AuditEntry::partyId), field("action", &AuditEntry::action),
                       field("casusId", &AuditEntry::casusId), field("objects", &AuditEntry::objects),
                       field("outcome", &AuditEntry::outcome))
CASUSREGIE_CBOR_FIELDS(AuditRecord, field("id", &AuditRecord::id), field("entry", &AuditRecord::entry), field("mac", &AuditRecord::mac))
CASUSREGIE_CBOR_FIELDS(AuditQuery, field("casusId", &AuditQuery::casusId), field("username", &AuditQuery::username),
                       field("partyId", &AuditQuery::partyId), field("action", &AuditQuery::action),
                       field("outcome", &AuditQuery::outcome), field("from", &AuditQuery::from), field("to", &AuditQuery::to),
                       field("beforeId", &AuditQuery::beforeId), field("limit", &AuditQuery::limit))
CASUSREGIE_CBOR_FIELDS(AuditPage, field("records", &AuditPage::records), field("more", &AuditPage::more))
CASUSREGIE_CBOR_FIELDS(AuditChainReport, field("records", &AuditChainReport::records),
                       field("firstBrokenId", &AuditChainReport::firstBrokenId), field("problem", &AuditChainReport::problem))
CASUSREGIE_CBOR_FIELDS(Verzoek, field("id", &Verzoek::id), field("type", &Verzoek::type), field("receivedOn", &Verzoek::receivedOn),
                       field("viaPartyId", &Verzoek::viaPartyId), field("requesterName", &Verzoek::requesterName),
                       field("requesterBirthDate", &Verzoek::requesterBirthDate),
                       field("identityVerifiedOn", &Verzoek::identityVerifiedOn),
                       field("identityVerifiedHow", &Verzoek::identityVerifiedHow), field("besluit", &Verzoek::besluit),
                       field("motivation", &Verzoek::motivation), field("answeredBy", &Verzoek::answeredBy),
                       field("sentOn", &Verzoek::sentOn))
CASUSREGIE_CBOR_FIELDS(VerzoekStatus, field("verzoek", &VerzoekStatus::verzoek), field("deadline", &VerzoekStatus::deadline),
                       field("overdue", &VerzoekStatus::overdue))
CASUSREGIE_CBOR_FIELDS(VerzoekItem, field("gegevenId", &VerzoekItem::gegevenId), field("casusId", &VerzoekItem::casusId),
                       field("casusnummer", &VerzoekItem::casusnummer), field("category", &VerzoekItem::category),
                       field("supplierPartyId", &VerzoekItem::supplierPartyId), field("phase", &VerzoekItem::phase),
                       field("routedToOm", &VerzoekItem::routedToOm), field("routedToPolitie", &VerzoekItem::routedToPolitie),
                       field("content", &VerzoekItem::content))
CASUSREGIE_CBOR_FIELDS(VerzoekDossier, field("status", &VerzoekDossier::status), field("deadlineBasis", &VerzoekDossier::deadlineBasis),
                       field("casusnummers", &VerzoekDossier::casusnummers), field("items", &VerzoekDossier::items),
                       field("keptOmVerstrekkingen", &VerzoekDossier::keptOmVerstrekkingen))
CASUSREGIE_CBOR_FIELDS(InzageRegel, field("categorie", &InzageRegel::categorie), field("inhoud", &InzageRegel::inhoud),
                       field("bron", &InzageRegel::bron), field("fase", &InzageRegel::fase))
CASUSREGIE_CBOR_FIELDS(BewaardeOmVerstrekking, field("id", &BewaardeOmVerstrekking::id),
                       field("verstrektOp", &BewaardeOmVerstrekking::verstrektOp), field("omPartyId", &BewaardeOmVerstrekking::omPartyId),
                       field("recipientPartyId", &BewaardeOmVerstrekking::recipientPartyId),
                       field("thirdPartyName", &BewaardeOmVerstrekking::thirdPartyName),
                       field("legalBasis", &BewaardeOmVerstrekking::legalBasis), field("categories", &BewaardeOmVerstrekking::categories),
                       field("betrokkeneNaam", &BewaardeOmVerstrekking::betrokkeneNaam),
                       field("betrokkeneGeboortedatum", &BewaardeOmVerstrekking::betrokkeneGeboortedatum),
                       field("destroyOn", &BewaardeOmVerstrekking::destroyOn))
CASUSREGIE_CBOR_FIELDS(InzageOverzicht, field("requesterName", &InzageOverzicht::requesterName),
                       field("requesterBirthDate", &InzageOverzicht::requesterBirthDate),
                       field("compiledOn", &InzageOverzicht::compiledOn), field("doeleinden", &InzageOverzicht::doeleinden),
                       field("categorieen", &InzageOverzicht::categorieen), field("ontvangers", &InzageOverzicht::ontvangers),
                       field("bewaartermijnen", &InzageOverzicht::bewaartermijnen), field("rechten", &InzageOverzicht::rechten),
                       field("klachtrecht", &InzageOverzicht::klachtrecht), field("bronnen", &InzageOverzicht::bronnen),
                       field("geautomatiseerdeBesluitvorming", &InzageOverzicht::geautomatiseerdeBesluitvorming),
                       field("kopie", &InzageOverzicht::kopie), field("doorverwezen", &InzageOverzicht::doorverwezen),
                       field("bewaardeOmVerstrekkingen", &InzageOverzicht::bewaardeOmVerstrekkingen))
CASUSREGIE_CBOR_FIELDS(Informatieplicht, field("id", &Informatieplicht::id), field("betrokkeneId", &Informatieplicht::betrokkeneId),
                       field("informed", &Informatieplicht::informed), field("informedOn", &Informatieplicht::informedOn),
                       field("how", &Informatieplicht::how), field("byPartyId", &Informatieplicht::byPartyId),
                       field("ground", &Informatieplicht::ground), field("motivation", &Informatieplicht::motivation),
                       field("expectedOn", &Informatieplicht::expectedOn), field("conditions", &Informatieplicht::conditions),
                       field("reviewOn", &Informatieplicht::reviewOn))
CASUSREGIE_CBOR_FIELDS(InformatieplichtReview, field("casusId", &InformatieplichtReview::casusId),
                       field("record", &InformatieplichtReview::record))
CASUSREGIE_CBOR_FIELDS(Datalek, field("id", &Datalek::id), field("discoveredAt", &Datalek::discoveredAt),
                       field("reportedByUserId", &Datalek::reportedByUserId), field("reportedByPartyId", &Datalek::reportedByPartyId),
                       field("aardEnOmvang", &Datalek::aardEnOmvang), field("contactpersoon", &Datalek::contactpersoon),
                       field("mogelijkeMaatregelen", &Datalek::mogelijkeMaatregelen),
                       field("gevolgenBetrokkenen", &Datalek::gevolgenBetrokkenen),
                       field("genomenMaatregelen", &Datalek::genomenMaatregelen),
                       field("privacyOfficerInformedAt", &Datalek::privacyOfficerInformedAt),
                       field("apNotificationRequired", &Datalek::apNotificationRequired),
                       field("categorieenBetrokkenen", &Datalek::categorieenBetrokkenen),
                       field("categorieenGegevens", &Datalek::categorieenGegevens), field("versleuteling", &Datalek::versleuteling),
                       field("aanbevolenMaatregelen", &Datalek::aanbevolenMaatregelen),
                       field("gevolgenEnHerstel", &Datalek::gevolgenEnHerstel), field("apNotifiedAt", &Datalek::apNotifiedAt),
                       field("apReference", &Datalek::apReference), field("decidedOnInforming", &Datalek::decidedOnInforming),
                       field("informBetrokkenen", &Datalek::informBetrokkenen), field("informingGrounds", &Datalek::informingGrounds),
                       field("notificationText", &Datalek::notificationText),
                       field("correctiveMeasures", &Datalek::correctiveMeasures))
CASUSREGIE_CBOR_FIELDS(DatalekClocks, field("privacyOfficerDue", &DatalekClocks::privacyOfficerDue),
                       field("autoriteitDue", &DatalekClocks::autoriteitDue),
                       field("privacyOfficerOverdue", &DatalekClocks::privacyOfficerOverdue),
                       field("autoriteitOverdue", &DatalekClocks::autoriteitOverdue))
CASUSREGIE_CBOR_FIELDS(DatalekStatus, field("datalek", &DatalekStatus::datalek), field("clocks", &DatalekStatus::clocks))
CASUSREGIE_CBOR_FIELDS(Verwerking, field("id", &Verwerking::id), field("naam", &Verwerking::naam),
                       field("verantwoordelijken", &Verwerking::verantwoordelijken), field("doeleinden", &Verwerking::doeleinden),
                       field("categorieenGegevens", &Verwerking::categorieenGegevens),
                       field("categorieenBetrokkenen", &Verwerking::categorieenBetrokkenen), field("ontvangers", &Verwerking::ontvangers),
                       field("doorgifteDerdeLanden", &Verwerking::doorgifteDerdeLanden))
CASUSREGIE_CBOR_FIELDS(Verwerker, field("id", &Verwerker::id), field("naam", &Verwerker::naam), field("dienst", &Verwerker::dienst),
                       field("approvedByHoofdOn", &Verwerker::approvedByHoofdOn), field("lastReviewedOn", &Verwerker::lastReviewedOn))
CASUSREGIE_CBOR_FIELDS(MembershipChange, field("partyId", &MembershipChange::partyId),
                       field("gebeurtenis", &MembershipChange::gebeurtenis), field("datum", &MembershipChange::datum),
                       field("toelichting", &MembershipChange::toelichting))
CASUSREGIE_CBOR_FIELDS(NewUser, field("user", &NewUser::user), field("password", &NewUser::password))
CASUSREGIE_CBOR_FIELDS(PhaseTransition, field("casusId", &PhaseTransition::casusId), field("from", &PhaseTransition::from),
                       field("to", &PhaseTransition::to), field("at", &PhaseTransition::at),
                       field("byUserId", &PhaseTransition::byUserId), field("decision", &PhaseTransition::decision),
                       field("basis", &PhaseTransition::basis))
CASUSREGIE_CBOR_FIELDS(InvolvedParty, field("partyId", &InvolvedParty::partyId), field("role", &InvolvedParty::role))
CASUSREGIE_CBOR_FIELDS(OverlegBesluit, field("id", &OverlegBesluit::id), field("overlegId", &OverlegBesluit::overlegId),
                       field("soort", &OverlegBesluit::soort), field("text", &OverlegBesluit::text),
                       field("escalatedTo", &OverlegBesluit::escalatedTo), field("outcome", &OverlegBesluit::outcome),
                       field("byUserId", &OverlegBesluit::byUserId), field("at", &OverlegBesluit::at))
CASUSREGIE_CBOR_FIELDS(Approval, field("id", &Approval::id), field("gegevenId", &Approval::gegevenId),
                       field("recipientPartyId", &Approval::recipientPartyId), field("purpose", &Approval::purpose),
                       field("phase", &Approval::phase), field("approvedBy", &Approval::approvedBy),
                       field("approvedOn", &Approval::approvedOn), field("how", &Approval::how),
                       field("withdrawnOn", &Approval::withdrawnOn), field("recordedByUserId", &Approval::recordedByUserId))
CASUSREGIE_CBOR_FIELDS(Colleague, field("userId", &Colleague::userId), field("displayName", &Colleague::displayName),
                       field("partyId", &Colleague::partyId))
CASUSREGIE_CBOR_FIELDS(CaseAction, field("operation", &CaseAction::operation), field("refusal", &CaseAction::refusal))
CASUSREGIE_CBOR_FIELDS(CasusStatus, field("casusId", &CasusStatus::casusId), field("number", &CasusStatus::number),
                       field("phase", &CasusStatus::phase), field("phaseSince", &CasusStatus::phaseSince),
                       field("procesregisseurs", &CasusStatus::procesregisseurs),
                       field("casusregisseur", &CasusStatus::casusregisseur), field("attention", &CasusStatus::attention),
                       field("actions", &CasusStatus::actions), field("partiesWithARole", &CasusStatus::partiesWithARole),
                       field("casusregisseurCandidates", &CasusStatus::casusregisseurCandidates),
                       field("procesregisseurCandidates", &CasusStatus::procesregisseurCandidates),
                       field("updatableAfspraakIds", &CasusStatus::updatableAfspraakIds))
CASUSREGIE_CBOR_FIELDS(SecrecyOverride, field("id", &SecrecyOverride::id), field("gegevenId", &SecrecyOverride::gegevenId),
                       field("legalGround", &SecrecyOverride::legalGround), field("motivation", &SecrecyOverride::motivation),
                       field("decidedBy", &SecrecyOverride::decidedBy), field("recordedByUserId", &SecrecyOverride::recordedByUserId),
                       field("recordedAt", &SecrecyOverride::recordedAt))
CASUSREGIE_CBOR_FIELDS(MonitoringNote, field("id", &MonitoringNote::id), field("casusId", &MonitoringNote::casusId),
                       field("note", &MonitoringNote::note), field("byUserId", &MonitoringNote::byUserId),
                       field("at", &MonitoringNote::at))
CASUSREGIE_CBOR_FIELDS(CasusCourse, field("phaseHistory", &CasusCourse::phaseHistory),
                       field("involvedParties", &CasusCourse::involvedParties),
                       field("bekendheidschecks", &CasusCourse::bekendheidschecks),
                       field("informatieverzoeken", &CasusCourse::informatieverzoeken), field("besluiten", &CasusCourse::besluiten),
                       field("approvals", &CasusCourse::approvals), field("verstrekkingen", &CasusCourse::verstrekkingen),
                       field("informatieplicht", &CasusCourse::informatieplicht), field("userNames", &CasusCourse::userNames),
                       field("secrecyOverrides", &CasusCourse::secrecyOverrides),
                       field("monitoringNotes", &CasusCourse::monitoringNotes),
                       field("retentionExtensions", &CasusCourse::retentionExtensions))

#undef CASUSREGIE_CBOR_FIELDS

} // namespace casusregie::cbor
