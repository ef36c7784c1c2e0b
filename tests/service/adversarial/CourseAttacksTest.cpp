// Issue 13: what a curious partner or another role tries against the course of a casus. A
// partner gets its own party's share and nothing it could not see otherwise.
#include "../SummaryWorld.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

struct CourseWorld {
    SummaryWorld s;

    CourseWorld()
    {
        LocalService &pr = s.world.as(QStringLiteral("pr1"));
        REQUIRE(pr.recordBesluit(s.casusId, {s.overlegId, BesluitSoort::Algemeen, QStringLiteral("Besluit met allen"), {}, {}})
                    .has_value());
        // A second overleg without Veilig Thuis, with its own decision.
        const qint64 withoutVt = s.world.planOverleg(s.casusId, {s.party("Politie"), s.party("Antes")});
        REQUIRE(pr.recordBesluit(s.casusId, {withoutVt, BesluitSoort::Algemeen, QStringLiteral("Besluit zonder VT"), {}, {}})
                    .has_value());
        REQUIRE(s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("Antes"), s.party("OM"), s.party("Veilig Thuis")})
                    .has_value());
    }
};

} // namespace

TEST_CASE("Course of a casus: a partner sees the approvals of its own items, its own verstrekkingen and nothing of triage or history")
{
    CourseWorld w;
    const auto police = w.s.world.as(QStringLiteral("politie")).casusCourse(w.s.casusId);
    REQUIRE(police.has_value());
    CHECK(police->phaseHistory.isEmpty());
    CHECK(police->involvedParties.isEmpty());
    CHECK(police->bekendheidschecks.isEmpty());
    CHECK(police->informatieverzoeken.isEmpty());
    CHECK(police->informatieplicht.isEmpty());
    REQUIRE(police->approvals.size() == 1);
    CHECK(police->approvals.first().gegevenId == w.s.politieItem); // not Antes's approval of its own item
    // Its own copy (all it received) and Antes's copy, which holds the police item: listed with that item only.
    REQUIRE(police->verstrekkingen.size() == 2);
    for (const Verstrekking &verstrekking : police->verstrekkingen) {
        if (verstrekking.recipientPartyId == w.s.party("Politie")) {
            CHECK(verstrekking.gegevenIds.contains(w.s.antesItem));
        } else {
            CHECK(verstrekking.recipientPartyId == w.s.party("Antes"));
            CHECK(verstrekking.gegevenIds == QList<qint64>{w.s.politieItem});
        }
    }
    CHECK(police->besluiten.size() == 2);
}

TEST_CASE("Course of a casus: a party sees only the decisions of the overleggen it was invited to")
{
    CourseWorld w;
    const auto vt = w.s.world.as(QStringLiteral("vt")).casusCourse(w.s.casusId);
    REQUIRE(vt.has_value());
    REQUIRE(vt->besluiten.size() == 1);
    CHECK(vt->besluiten.first().text == QStringLiteral("Besluit met allen"));
    CHECK(vt->approvals.isEmpty()); // it supplied nothing
    REQUIRE(vt->verstrekkingen.size() == 1); // its own (empty) copy
    CHECK(vt->verstrekkingen.first().recipientPartyId == w.s.party("Veilig Thuis"));
}

TEST_CASE("Course of a casus: roles without a relation are refused, and one that may not know of the casus as if it did not exist")
{
    CourseWorld w;
    const qint64 missing = w.s.casusId + 1000;
    for (const QString &user : {QStringLiteral("pr2"), QStringLiteral("fb"), QStringLiteral("analist")}) {
        INFO(user.toStdString());
        const auto hidden = w.s.world.as(user).casusCourse(w.s.casusId);
        const auto absent = w.s.world.as(user).casusCourse(missing);
        REQUIRE_FALSE(hidden.has_value());
        REQUIRE_FALSE(absent.has_value());
        CHECK(hidden.error().code == absent.error().code);
        CHECK(hidden.error().message == absent.error().message);
    }
    for (const QString &user : {QStringLiteral("hoofd"), QStringLiteral("privacy"), QStringLiteral("fg"), QStringLiteral("admin")}) {
        INFO(user.toStdString());
        REQUIRE_FALSE(w.s.world.as(user).casusCourse(w.s.casusId).has_value());
    }
}
