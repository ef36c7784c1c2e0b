// Issue 13: every record of a casus's course can be seen again, by whom the policy allows.
#include "SummaryWorld.h"

#include <algorithm>

using namespace casusregie;
using namespace casusregie::test;

namespace {

// The casus of SummaryWorld with one of everything its course can record: a bekendheidscheck, a
// phase change, a decision, informing the person, and the summaries for all four parties.
struct RecordedCourse {
    SummaryWorld s;
    LocalService &pr = s.world.as(QStringLiteral("pr1"));

    RecordedCourse()
    {
        const QDate today = s.world.clock.today();
        REQUIRE(pr.recordBekendheidscheck({0, s.casusId, today, QStringLiteral("ZVH Haaglanden"), QStringLiteral("niet bekend")})
                    .has_value());
        REQUIRE(pr.changePhase({s.casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complexe problematiek"),
                                QStringLiteral("aanmelding beoordeeld"),
                                {{s.politieItem, true, QStringLiteral("nodig")}, {s.antesItem, true, QStringLiteral("nodig")},
                                 {s.omItem, true, QStringLiteral("nodig")}},
                                {}})
                    .has_value());
        REQUIRE(pr.recordBesluit(s.casusId, {s.overlegId, BesluitSoort::Algemeen, QStringLiteral("Antes neemt contact op"), {}, {}})
                    .has_value());
        Informatieplicht informed;
        informed.betrokkeneId = s.persoon;
        informed.informed = true;
        informed.informedOn = today;
        informed.how = QStringLiteral("Brief");
        informed.byPartyId = s.party("Antes");
        REQUIRE(pr.recordInformatieplicht(s.casusId, informed).has_value());
        REQUIRE(s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("Antes"), s.party("OM"), s.party("Veilig Thuis")})
                    .has_value());
    }
};

} // namespace

TEST_CASE("Issue 13: the procesregisseur sees back every record of the casus's course")
{
    RecordedCourse r;
    const auto course = r.pr.casusCourse(r.s.casusId);
    REQUIRE(course.has_value());
    REQUIRE(course->phaseHistory.size() == 1);
    CHECK(course->phaseHistory.first().to == Phase::Triage);
    CHECK(course->phaseHistory.first().decision == QStringLiteral("Complexe problematiek"));
    CHECK_FALSE(course->userNames.value(course->phaseHistory.first().byUserId).isEmpty()); // who took the step
    QList<qint64> involved;
    for (const InvolvedParty &party : course->involvedParties)
        involved << party.partyId;
    CHECK(involved.size() == 4);
    CHECK(involved.contains(r.s.party("Veilig Thuis")));
    REQUIRE(course->bekendheidschecks.size() == 1);
    CHECK(course->bekendheidschecks.first().otherZvh == QStringLiteral("ZVH Haaglanden"));
    CHECK(course->informatieverzoeken.size() == 3); // the person was asked about at police, Antes and OM
    REQUIRE(course->besluiten.size() == 1);
    CHECK(course->besluiten.first().text == QStringLiteral("Antes neemt contact op"));
    CHECK(course->approvals.size() == 2);
    CHECK(course->verstrekkingen.size() == 4); // one per printed copy
    REQUIRE(course->informatieplicht.size() == 1);
    CHECK(course->informatieplicht.first().how == QStringLiteral("Brief"));
}

TEST_CASE("Issue 13: secrecy set aside, monitoring notes and retention extensions are seen back: the procesregisseur all and a party only its own secrecy decisions")
{
    ServiceWorld world;
    LocalService &pr = world.as(QStringLiteral("pr1"));
    // An afgeschaalde casus: monitored, and kept longer.
    const qint64 afgeschaald = world.newCase();
    world.afschalen(afgeschaald);
    REQUIRE(pr.addMonitoringNote(afgeschaald, QStringLiteral("Woning is op orde")).has_value());
    REQUIRE(pr.recordRetentionExtension({0, afgeschaald, world.clock.today(), 12, QStringLiteral("Politie, Antes"),
                                         QStringLiteral("Borgen van de veiligheid (art. 2)"), 0})
                .has_value());
    const auto later = pr.casusCourse(afgeschaald);
    REQUIRE(later.has_value());
    REQUIRE(later->monitoringNotes.size() == 1);
    CHECK(later->monitoringNotes.first().note == QStringLiteral("Woning is op orde"));
    CHECK_FALSE(later->userNames.value(later->monitoringNotes.first().byUserId).isEmpty());
    REQUIRE(later->retentionExtensions.size() == 1);
    CHECK(later->retentionExtensions.first().months == 12);
    const auto invited = world.as(QStringLiteral("politie")).casusCourse(afgeschaald);
    REQUIRE(invited.has_value());
    CHECK(invited->monitoringNotes.isEmpty());
    CHECK(invited->retentionExtensions.isEmpty());

    // A casus in which Antes set its professional secrecy aside for its own item.
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const auto item = world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                       Grondslag::Avg6_1e, true, QStringLiteral("Acuut gevaar"));
    REQUIRE(item.has_value());
    REQUIRE(world.as(QStringLiteral("antes"))
                .recordSecrecyOverride(casusId, {*item, SecrecyOverrideGround::ConflictVanPlichten,
                                                 QStringLiteral("Ernstig gevaar voor een kind"), QStringLiteral("behandelaar")})
                .has_value());
    const auto whole = pr.casusCourse(casusId);
    REQUIRE(whole.has_value());
    REQUIRE(whole->secrecyOverrides.size() == 1);
    CHECK(whole->secrecyOverrides.first().decidedBy == QStringLiteral("behandelaar"));
    CHECK_FALSE(whole->userNames.value(whole->secrecyOverrides.first().recordedByUserId).isEmpty());

    const auto antes = world.as(QStringLiteral("antes")).casusCourse(casusId);
    REQUIRE(antes.has_value());
    CHECK(antes->secrecyOverrides.size() == 1); // its own decision
    const auto police = world.as(QStringLiteral("politie")).casusCourse(casusId);
    REQUIRE(police.has_value());
    CHECK(police->secrecyOverrides.isEmpty()); // Antes's decision about Antes's item
}
