// Issue 13: where a casus stands, as the header of its workspace shows it, and what the user may
// do in it now, decided by the service from the access policy and the phase.
#include "ServiceWorld.h"

#include "rules/CaseSignals.h"
#include "storage/SqlStatement.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

const CaseAction &actionOf(const CasusStatus &status, Operation operation)
{
    const CaseAction *action = status.action(operation);
    INFO(enumKey(operation).toStdString());
    REQUIRE(action != nullptr);
    return *action;
}

} // namespace

TEST_CASE("Issue 13: the header shows the phase since when, the procesregisseur, the next overleg and the agreements due")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    LocalService &pr = world.as(QStringLiteral("pr1"));
    Overleg overleg = world.overleg(casusId, {world.party(QStringLiteral("Politie"))});
    overleg.datum = world.clock.now().addDays(5);
    overleg.plaats = QStringLiteral("Veiligheidshuis, zaal 2");
    REQUIRE(pr.planOverleg(overleg).has_value());
    world.planOverleg(casusId, {world.party(QStringLiteral("Antes"))}); // a week ahead, later
    REQUIRE(pr.addAfspraak({0, casusId, world.party(QStringLiteral("Politie")), QStringLiteral("Huisbezoek"),
                            world.clock.today().addDays(2), AfspraakStatus::Open, {}})
                .has_value());
    REQUIRE(pr.addAfspraak({0, casusId, world.party(QStringLiteral("Antes")), QStringLiteral("Intake"),
                            world.clock.today().addDays(20), AfspraakStatus::Open, {}})
                .has_value());
    world.clock.advanceDays(3);

    const auto status = pr.caseStatus(casusId);
    REQUIRE(status.has_value());
    CHECK(status->phase == Phase::Aanmelding);
    CHECK(status->phaseSince == world.clock.today().addDays(-3));
    CHECK(status->procesregisseurs.size() == 1);
    CHECK(status->attention.nextOverlegAt == overleg.datum);
    CHECK(status->attention.nextOverlegPlaats == overleg.plaats);
    CHECK(status->attention.openAfspraken == 2);
    CHECK(status->attention.overdueAfspraken == 1);

    // The police sees its own overleg and its own agreement; Antes its own.
    const auto police = world.as(QStringLiteral("politie")).caseStatus(casusId);
    REQUIRE(police.has_value());
    CHECK(police->attention.nextOverlegPlaats == overleg.plaats);
    CHECK(police->attention.openAfspraken == 1);
    CHECK(police->attention.overdueAfspraken == 1);
    const auto antes = world.as(QStringLiteral("antes")).caseStatus(casusId);
    REQUIRE(antes.has_value());
    CHECK(antes->attention.nextOverlegAt == world.clock.now().addDays(4)); // its own overleg, not the police's
    CHECK(antes->attention.nextOverlegPlaats.isEmpty());
    CHECK(antes->attention.openAfspraken == 1);
    CHECK(antes->attention.overdueAfspraken == 0);

    // Once the day has passed, an overleg is no longer the next one.
    world.clock.advanceDays(5);
    CHECK_FALSE(pr.caseStatus(casusId)->attention.nextOverlegAt.isValid());
}

TEST_CASE("Issue 13: the header warns of a secret item without consent until consent is recorded")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                             Grondslag::Avg6_1e, true,
                             QStringLiteral("Behandeling bepaalt het plan"))
                .has_value());
    REQUIRE(pr.caseStatus(casusId)->attention.secretItemsWithoutConsent == 1);
    REQUIRE(world.as(QStringLiteral("antes")).recordConsent(casusId, world.consent(persoon, QStringLiteral("Antes"))).has_value());
    REQUIRE(pr.caseStatus(casusId)->attention.secretItemsWithoutConsent == 0);
    // The count is the procesregisseur's: a partner's header does not show it.
    REQUIRE(world.as(QStringLiteral("antes")).caseStatus(casusId)->attention.secretItemsWithoutConsent == 0);
}

TEST_CASE("Issue 13: the header warns when an information-duty review is due")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.recordInformatieplicht(casusId, world.withheldInforming(persoon, world.clock.today().addDays(10))).has_value());
    REQUIRE(pr.caseStatus(casusId)->attention.informatieplichtReviewsDue == 0);
    world.clock.advanceDays(10);
    REQUIRE(pr.caseStatus(casusId)->attention.informatieplichtReviewsDue == 1);
}

TEST_CASE("P 11.3: the header warns 30 days before the destruction date that a retention decision is due")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const QDate destruction = world.clock.today().addYears(5);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    world.clock.advanceDays(int(world.clock.today().daysTo(destruction)) - CaseSignals::retentionNoticeDays - 1);
    REQUIRE_FALSE(pr.caseStatus(casusId)->attention.retentionDecisionBy.isValid());
    world.clock.advanceDays(1);
    REQUIRE(pr.caseStatus(casusId)->attention.retentionDecisionBy == destruction);
    REQUIRE(actionOf(*pr.caseStatus(casusId), Operation::RecordRetentionExtension).allowed());
}

TEST_CASE("Issue 13: the actions offered are what the service would allow, with the reason when it would not")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    LocalService &pr = world.as(QStringLiteral("pr1"));

    const auto status = pr.caseStatus(casusId);
    REQUIRE(status.has_value());
    CHECK(actionOf(*status, Operation::AddBetrokkene).allowed());
    CHECK(actionOf(*status, Operation::PlanOverleg).allowed());
    // Not in this phase: the reason names the phase, and the service refuses the same.
    const CaseAction &monitoring = actionOf(*status, Operation::AddMonitoringNote);
    CHECK(monitoring.refusal.contains(QStringLiteral("fase afschaling")));
    const auto note = pr.addMonitoringNote(casusId, QStringLiteral("Rustig"));
    REQUIRE_FALSE(note.has_value());
    CHECK(note.error().message == monitoring.refusal);
    // Already taken on.
    CHECK_FALSE(actionOf(*status, Operation::TakeOnCase).allowed());
    // The casus's audit trail is the assigned procesregisseur's to read ("own cases").
    CHECK(actionOf(*status, Operation::ViewAuditTrail).allowed());
    CHECK(pr.auditTrail(casusId).has_value());

    // The invited police: its own work is offered, the procesregisseur's is not offered at all.
    const auto police = world.as(QStringLiteral("politie")).caseStatus(casusId);
    REQUIRE(police.has_value());
    CHECK(actionOf(*police, Operation::AddGegeven).allowed());
    CHECK(actionOf(*police, Operation::RecordConsent).allowed());
    for (const Operation procesregisseurs : {Operation::TransitionPhase, Operation::AddBetrokkene, Operation::PlanOverleg,
                                             Operation::ViewAuditTrail})
        CHECK(police->action(procesregisseurs) == nullptr);

    // Another procesregisseur's offer: nothing, since the casus is not visible to them at all.
    CHECK(world.as(QStringLiteral("pr2")).caseStatus(casusId).error().code == ErrorCode::NotFound);
}

TEST_CASE("Issue 13: every action offered as allowed is one the service then allows, and every refused one it refuses")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.afschalen(casusId);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    const auto status = pr.caseStatus(casusId);
    REQUIRE(status.has_value());
    CHECK(actionOf(*status, Operation::AddMonitoringNote).allowed());
    CHECK(pr.addMonitoringNote(casusId, QStringLiteral("Rustig verlopen")).has_value());
    const CaseAction &plan = actionOf(*status, Operation::PlanOverleg);
    CHECK(plan.refusal.contains(QStringLiteral("afschaling")));
    const auto planned = pr.planOverleg(world.overleg(casusId, {world.party(QStringLiteral("Politie"))}));
    REQUIRE_FALSE(planned.has_value());
    CHECK(planned.error().message == plan.refusal);
    CHECK(pr.overleggen(casusId)->size() == 1); // only the one afschalen() held
}

TEST_CASE("C 13.2e, C 9.4a: the choices offered are exactly those the service accepts")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    // A casusregisseur of a party without a role in the casus is no candidate.
    world.addUser(QStringLiteral("cr-vt"), Role::Casusregisseur, QStringLiteral("Veilig Thuis"));
    LocalService &pr = world.as(QStringLiteral("pr1"));
    const auto status = pr.caseStatus(casusId);
    REQUIRE(status.has_value());
    const QList<qint64> withRole{world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes")),
                                 world.party(QStringLiteral("OM"))};
    CHECK(QSet<qint64>(status->partiesWithARole.cbegin(), status->partiesWithARole.cend())
          == QSet<qint64>(withRole.cbegin(), withRole.cend()));
    REQUIRE(status->casusregisseurCandidates.size() == 1);
    CHECK(status->casusregisseurCandidates.first().userId == world.userId(QStringLiteral("cr")));
    REQUIRE(status->procesregisseurCandidates.size() == 1);
    CHECK(status->procesregisseurCandidates.first().userId == world.userId(QStringLiteral("pr2")));

    // What is not offered is refused, what is offered is accepted.
    CHECK(pr.appointCasusregisseur(casusId, world.userId(QStringLiteral("cr-vt"))).error().code == ErrorCode::InvalidArgument);
    CHECK(pr.appointCasusregisseur(casusId, status->casusregisseurCandidates.first().userId).has_value());
    CHECK(pr.caseStatus(casusId)->casusregisseurCandidates.isEmpty()); // the one there was is appointed now
    CHECK(pr.assignProcesregisseur(casusId, status->procesregisseurCandidates.first().userId).has_value());

    // A partner chooses none of these.
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    const auto police = world.as(QStringLiteral("politie")).caseStatus(casusId);
    CHECK(police->partiesWithARole.isEmpty());
    CHECK(police->casusregisseurCandidates.isEmpty());
    CHECK(police->procesregisseurCandidates.isEmpty());
}

TEST_CASE("P 11.6: the hoofd is offered a calamity evaluation only once the casus is more than 24 months afgeschaald")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.afschalen(casusId);
    LocalService &hoofd = world.as(QStringLiteral("hoofd"));
    world.clock.advanceDays(365);
    const CaseAction early = actionOf(*hoofd.caseStatus(casusId), Operation::RecordCalamiteitsevaluatie);
    CHECK(early.refusal.contains(QStringLiteral("24 maanden")));
    world.clock.advanceDays(400);
    CHECK(actionOf(*hoofd.caseStatus(casusId), Operation::RecordCalamiteitsevaluatie).allowed());
    CHECK(hoofd.recordCalamiteitsevaluatie({0, casusId, QStringLiteral("Incident"), QStringLiteral("Evaluatie"), world.clock.today(),
                                            world.clock.today().addMonths(1), 0, {}})
              .has_value());
}

TEST_CASE("Issue 13: a worklist page shows where each casus stands, and the hoofdpersoon only to its procesregisseur")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId);
    world.addBetrokkene(casusId, BetrokkeneCategorie::II, QStringLiteral("Partner van"));
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.addAfspraak({0, casusId, world.party(QStringLiteral("Politie")), QStringLiteral("Huisbezoek"),
                            world.clock.today().addDays(1), AfspraakStatus::Open, {}})
                .has_value());
    world.clock.advanceDays(2);

    const auto page = pr.worklistPage({});
    REQUIRE(page.has_value());
    REQUIRE(page->items.size() == 1);
    const CasusOverview &row = page->items.first();
    CHECK(row.phaseSince == world.clock.today().addDays(-2));
    CHECK(row.hoofdpersoon == QStringLiteral("Ümit Çelik"));
    CHECK(row.attention.nextOverlegAt.isValid());
    CHECK(row.attention.overdueAfspraken == 1);
    CHECK(row.attention.signalCount() == 1);
    // The read of the name is in the worklist's audit record, by id.
    auto audited = runSql(world.setup.database().connection(),
                          QStringLiteral("SELECT objects FROM audit_log WHERE action = 'view_worklist' ORDER BY id DESC LIMIT 1"));
    REQUIRE(audited.has_value());
    REQUIRE(audited->next());
    CHECK(audited->value(0).toString().contains(QStringLiteral("betrokkene:")));

    // The invited police: its own agreement and overleg, no name.
    const auto police = world.as(QStringLiteral("politie")).worklistPage({});
    REQUIRE(police->items.size() == 1);
    CHECK(police->items.first().hoofdpersoon.isEmpty());
    CHECK(police->items.first().attention.overdueAfspraken == 1);
    CHECK(police->items.first().attention.secretItemsWithoutConsent == 0);
}

TEST_CASE("C 9.4c: the status names the agreements the user may update: a partner its own party's and the procesregisseur all of them")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 police = world.party(QStringLiteral("Politie"));
    const qint64 rotterdam = world.party(QStringLiteral("Rotterdam"));
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.addInvolvedParty(casusId, rotterdam, QStringLiteral("gemeente")).has_value());
    world.planOverleg(casusId, {police, rotterdam});
    const auto add = [&](qint64 owner) {
        auto id = pr.addAfspraak({0, casusId, owner, QStringLiteral("Huisbezoek"), world.clock.today().addDays(7), AfspraakStatus::Open, {}});
        REQUIRE(id.has_value());
        return *id;
    };
    const qint64 ofPolice = add(police);
    const qint64 ofRotterdam = add(rotterdam);

    const auto forPr = pr.caseStatus(casusId);
    REQUIRE(forPr.has_value());
    CHECK(forPr->updatableAfspraakIds == QList<qint64>{ofPolice, ofRotterdam});
    const auto forPolice = world.as(QStringLiteral("politie")).caseStatus(casusId);
    REQUIRE(forPolice.has_value());
    CHECK(forPolice->updatableAfspraakIds == QList<qint64>{ofPolice});
    // What the status offers is what the service then does.
    CHECK(world.as(QStringLiteral("politie")).updateAfspraakStatus(casusId, ofPolice, AfspraakStatus::Lopend, {}).has_value());
    CHECK(world.as(QStringLiteral("politie")).updateAfspraakStatus(casusId, ofRotterdam, AfspraakStatus::Lopend, {}).error().code
          == ErrorCode::AccessDenied);
}
