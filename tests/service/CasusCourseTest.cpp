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
