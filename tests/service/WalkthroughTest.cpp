#include "ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

// The "done when" of the privacy engine: a case walked from aanmelding to afschaling through the
// service API alone, with every forbidden step in between refused and audited.
TEST_CASE("Walkthrough: aanmelding to afschaling through the service API, forbidden steps refused and audited")
{
    ServiceWorld world;
    const auto p = [&](const char *shortName) { return world.party(QLatin1String(shortName)); };
    int refusals = 0;
    const auto refused = [&](const auto &result) {
        REQUIRE_FALSE(result.has_value());
        ++refusals;
    };

    // Aanmelding by the police, taken on by a procesregisseur.
    auto aanmelding = world.as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Overlast en verward gedrag")});
    REQUIRE(aanmelding.has_value());
    const qint64 casusId = aanmelding->id;
    refused(world.as(QStringLiteral("politie")).takeOnCase(casusId));
    REQUIRE(world.as(QStringLiteral("pr1")).takeOnCase(casusId).has_value());
    LocalService &pr = world.as(QStringLiteral("pr1"));

    // Betrokkenen and items from several suppliers.
    const qint64 persoon = *pr.addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), QDate(1990, 5, 17), {}});
    const qint64 moeder = *pr.addBetrokkene({0, casusId, BetrokkeneCategorie::II, QStringLiteral("Zoë Çelik"), {}, QStringLiteral("moeder")});
    const qint64 adres = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e);
    refused(world.addGegeven(QStringLiteral("pr1"), casusId, moeder, DataCategory::Financieel, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e));

    // Triage.
    REQUIRE(pr.changePhase({casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complexe casus"),
                            QStringLiteral("besluit procesregisseur 12-03-2026"),
                            {{adres, true, QStringLiteral("Nodig voor triage")}}, {}})
                .has_value());
    REQUIRE(pr.recordBekendheidscheck({0, casusId, world.clock.today(), QStringLiteral("ZVH Zeeland"), QStringLiteral("niet bekend")}).has_value());
    for (const char *shortName : {"Politie", "Antes", "OM"})
        REQUIRE(pr.addInvolvedParty(casusId, p(shortName), QStringLiteral("betrokken bij de persoon")).has_value());
    REQUIRE(pr.setGoalAndThemes(casusId, QStringLiteral("Zorg en veiligheid stabiliseren"), {Theme::HighImpactCrime}).has_value());
    const qint64 politie = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Politiegegevens,
                                          QStringLiteral("Politie"), Grondslag::Wpg20);
    const qint64 om = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Strafvorderlijk, QStringLiteral("OM"),
                                     Grondslag::Wjsg39f);
    const qint64 zorg = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                       Grondslag::Avg6_1e, true, QStringLiteral("Psychische problematiek"));

    // Overleg with invited parties, consent, approvals.
    Overleg overleg;
    overleg.casusId = casusId;
    overleg.datum = world.clock.now().addDays(7);
    overleg.doel = QStringLiteral("Gezamenlijk beeld");
    overleg.decisionTypes = QStringLiteral("plan van aanpak; casusregisseur");
    overleg.invitedPartyIds = {p("Veilig Thuis")};
    refused(pr.planOverleg(overleg)); // no role in this casus
    overleg.invitedPartyIds = {p("Politie"), p("Antes"), p("OM")};
    const qint64 overlegId = *pr.planOverleg(overleg);
    refused(world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(politie, {p("Antes")})));
    REQUIRE(world.as(QStringLiteral("politie")).recordApproval(casusId, world.approval(politie, {p("Antes"), p("OM")})).has_value());
    REQUIRE(world.as(QStringLiteral("om")).recordApproval(casusId, world.approval(om, {p("Politie")})).has_value());
    refused(world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(zorg, {p("Politie")}))); // no consent yet
    const qint64 consent = *world.as(QStringLiteral("antes")).recordConsent(
        casusId, {0, persoon, p("Antes"), ConsentGiver::Betrokkene, {}, world.clock.today(), QStringLiteral("behandelinformatie"),
                  QStringLiteral("schriftelijk"), true, {}, 0});
    REQUIRE(world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(zorg, {p("Politie")})).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId).size() == 3); // its own, the OM's, Antes's
    refused(world.as(QStringLiteral("politie")).changePhase({casusId, Phase::Triage, Phase::Casusoverleg, QStringLiteral("b"), QStringLiteral("g"), {}, {}}));

    // To casusoverleg, with the review of every item.
    const QList<GegevenReview> keepAll{{adres, true, QStringLiteral("nodig")}, {politie, true, QStringLiteral("nodig")},
                                    {om, true, QStringLiteral("nodig")}, {zorg, true, QStringLiteral("nodig")}};
    REQUIRE(pr.changePhase({casusId, Phase::Triage, Phase::Casusoverleg, QStringLiteral("Naar casusoverleg"),
                            QStringLiteral("besluit procesregisseur"), keepAll, {}})
                .has_value());
    // P 3.5a/c: the approvals were for triage's purposes; in the casusoverleg the suppliers decide anew.
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId).size() == 1);
    REQUIRE(world.as(QStringLiteral("om")).recordApproval(casusId, world.approval(om, {p("Politie")})).has_value());
    REQUIRE(world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(zorg, {p("Politie")})).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId).size() == 3);
    REQUIRE(pr.recordOverlegOutcome(casusId, {overlegId, {p("Politie"), p("Antes")}, QStringLiteral("Verslag")}).has_value());
    REQUIRE(pr.appointCasusregisseur(casusId, world.userId(QStringLiteral("cr"))).has_value());
    const qint64 afspraak = *pr.addAfspraak({0, casusId, p("Antes"), QStringLiteral("Behandeling hervatten"),
                                             world.clock.today().addDays(30), AfspraakStatus::Open, {}});
    REQUIRE(world.as(QStringLiteral("antes")).updateAfspraakStatus(casusId, afspraak, AfspraakStatus::Lopend, {}).has_value());

    // Disclosures, then consent withdrawn.
    Verstrekking verstrekking{0, casusId, {politie}, p("Antes"), {}, QStringLiteral("huisbezoek voorbereiden"),
                              QStringLiteral("art. 20 Wpg"), {}, {}, {}, 0, {}};
    refused(world.as(QStringLiteral("politie")).recordVerstrekking(verstrekking)); // no necessity
    verstrekking.necessity = QStringLiteral("veiligheid hulpverlener");
    REQUIRE(world.as(QStringLiteral("politie")).recordVerstrekking(verstrekking).has_value());
    REQUIRE(world.as(QStringLiteral("antes")).withdrawConsent(casusId, consent).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId).size() == 2); // Antes's item no longer
    refused(pr.recordVerstrekking({0, casusId, {zorg}, p("Politie"), {}, QStringLiteral("doel"), QStringLiteral("grond"), {}, {}, {}, 0, {}}));

    // Afschaling: refused until the overleg decided it and criteria exist.
    const QList<GegevenReview> closing{{adres, true, QStringLiteral("voor casusregisseur")}, {politie, false, QStringLiteral("niet meer nodig")},
                                    {om, false, QStringLiteral("niet meer nodig")}, {zorg, false, QStringLiteral("toestemming ingetrokken")}};
    const PhaseChange afschaling{casusId, Phase::Casusoverleg, Phase::Afschaling, QStringLiteral("Afgeschaald"),
                                 QStringLiteral("besluit casusoverleg"), closing, {}};
    refused(pr.changePhase(afschaling));
    REQUIRE(pr.recordBesluit(casusId, {overlegId, BesluitSoort::Afschaling, QStringLiteral("Afschalen naar casusregisseur"), {}, {}}).has_value());
    refused(pr.changePhase(afschaling));
    REQUIRE(pr.setAfschalingscriteria(casusId, QStringLiteral("Behandeling loopt, geen incidenten 3 maanden")).has_value());
    REQUIRE(pr.changePhase(afschaling).has_value());
    REQUIRE(pr.casus(casusId)->phase == Phase::Afschaling);
    REQUIRE(pr.gegevens(casusId)->size() == 1);

    // Every refusal is in the audit trail, and the chain is intact.
    const auto trail = world.as(QStringLiteral("fg")).auditTrail(casusId);
    REQUIRE(trail.has_value());
    const auto deniedOrFailed = std::count_if(trail->begin(), trail->end(), [](const AuditRecord &record) {
        return record.entry.outcome != QStringLiteral("allowed");
    });
    REQUIRE(deniedOrFailed >= refusals);
    REQUIRE(refusals == 10);
    REQUIRE(world.as(QStringLiteral("fg")).verifyAuditChain()->intact());
}
