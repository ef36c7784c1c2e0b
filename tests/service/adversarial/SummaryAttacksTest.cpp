// Issue 12: what a curious partner, a careless procesregisseur or another role tries against the
// printed case summaries. A refused attempt records no copy and no verstrekking.
#include "../SummaryWorld.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

// Nothing was disclosed: no verstrekking, no copy listed for the procesregisseur.
void requireNothingRecorded(SummaryWorld &s)
{
    REQUIRE(s.verstrekkingen().isEmpty());
    REQUIRE(s.world.as(QStringLiteral("pr1")).summaryCopies(s.casusId)->isEmpty());
}

} // namespace

TEST_CASE("Printed summaries: a partner cannot make another party's copy, nor one for itself with another party's in the same call")
{
    SummaryWorld s;
    auto other = s.make(QStringLiteral("politie"), {s.party("Antes")});
    REQUIRE_FALSE(other.has_value());
    CHECK(other.error().code == ErrorCode::AccessDenied);
    auto both = s.make(QStringLiteral("politie"), {s.party("Politie"), s.party("OM")});
    REQUIRE_FALSE(both.has_value());
    CHECK(both.error().code == ErrorCode::AccessDenied);
    requireNothingRecorded(s);
}

TEST_CASE("Printed summaries: every role without a relation to the casus is refused, and one that may not know of it as if it did not exist")
{
    SummaryWorld s;
    const qint64 missing = s.casusId + 1000;
    for (const QString &user : {QStringLiteral("pr2"), QStringLiteral("fb"), QStringLiteral("analist")}) {
        INFO(user.toStdString());
        auto hidden = s.world.as(user).makeSummaryCopies(s.casusId, s.overlegId, {s.party("Politie")});
        auto absent = s.world.as(user).makeSummaryCopies(missing, s.overlegId, {s.party("Politie")});
        REQUIRE_FALSE(hidden.has_value());
        REQUIRE_FALSE(absent.has_value());
        CHECK(hidden.error().code == absent.error().code);
        CHECK(hidden.error().message == absent.error().message);
        REQUIRE_FALSE(s.world.as(user).summaryCopies(s.casusId).has_value());
    }
    // The oversight roles know casussen exist (access-policy.md) but print no summaries.
    for (const QString &user : {QStringLiteral("hoofd"), QStringLiteral("privacy"), QStringLiteral("fg"), QStringLiteral("admin")}) {
        INFO(user.toStdString());
        auto refused = s.world.as(user).makeSummaryCopies(s.casusId, s.overlegId, {s.party("Politie")});
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::AccessDenied);
        REQUIRE_FALSE(s.world.as(user).summaryCopies(s.casusId).has_value());
    }
    requireNothingRecorded(s);
}

TEST_CASE("Printed summaries: an overleg the partner's party is not invited to answers like a missing overleg (C 10.2)")
{
    SummaryWorld s;
    // A second overleg without the police; the police is invited to the first one, so it knows the casus.
    const qint64 withoutPolice = s.world.planOverleg(s.casusId, {s.party("Antes")});
    auto hidden = s.world.as(QStringLiteral("politie")).makeSummaryCopies(s.casusId, withoutPolice, {s.party("Politie")});
    auto absent = s.world.as(QStringLiteral("politie")).makeSummaryCopies(s.casusId, withoutPolice + 1000, {s.party("Politie")});
    REQUIRE_FALSE(hidden.has_value());
    REQUIRE_FALSE(absent.has_value());
    CHECK(hidden.error().code == ErrorCode::NotFound);
    CHECK(hidden.error().message == absent.error().message);
    // An overleg of another casus is not an overleg of this one, also for the procesregisseur.
    const qint64 otherCasus = s.world.newCase();
    const qint64 otherOverleg = s.world.planOverleg(otherCasus, {s.party("Politie")});
    auto elsewhere = s.world.as(QStringLiteral("pr1")).makeSummaryCopies(s.casusId, otherOverleg, {s.party("Politie")});
    REQUIRE_FALSE(elsewhere.has_value());
    CHECK(elsewhere.error().code == ErrorCode::NotFound);
    requireNothingRecorded(s);
}

TEST_CASE("Printed summaries: the procesregisseur cannot make a copy for a party not invited to the overleg, twice in one call, or for nobody")
{
    SummaryWorld s;
    auto uninvited = s.make(QStringLiteral("pr1"), {s.party("Politie"), s.world.party(QStringLiteral("Rotterdam"))});
    REQUIRE_FALSE(uninvited.has_value());
    CHECK(uninvited.error().code == ErrorCode::InvalidArgument);
    auto twice = s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("Politie")});
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::InvalidArgument);
    auto nobody = s.make(QStringLiteral("pr1"), {});
    REQUIRE_FALSE(nobody.has_value());
    CHECK(nobody.error().code == ErrorCode::InvalidArgument);
    requireNothingRecorded(s);
}

TEST_CASE("Printed summaries: no copies for an overleg already held, and none after the party left the covenant (P 27.3)")
{
    SummaryWorld s;
    // Veilig Thuis leaves the covenant (opzegging) before the overleg: it gets no copy any more.
    REQUIRE(PartyRepository(s.world.setup.database()).recordOpzegging(s.party("Veilig Thuis"), s.world.clock.today()).has_value());
    auto afterOpzegging = s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("Veilig Thuis")});
    REQUIRE_FALSE(afterOpzegging.has_value());
    CHECK(afterOpzegging.error().code == ErrorCode::InvalidArgument);
    CHECK(afterOpzegging.error().message.contains(QStringLiteral("P 27.3")));
    requireNothingRecorded(s);

    REQUIRE(s.world.as(QStringLiteral("pr1"))
                .recordOverlegOutcome(s.casusId, {s.overlegId, {s.party("Politie")}, QStringLiteral("Besproken")})
                .has_value());
    auto afterwards = s.make(QStringLiteral("pr1"), {s.party("Politie")});
    REQUIRE_FALSE(afterwards.has_value());
    CHECK(afterwards.error().code == ErrorCode::InvalidArgument);
    requireNothingRecorded(s);
}

TEST_CASE("Printed summaries: a refused call is audited as refused, a copy as made with the verstrekking's id and no content")
{
    SummaryWorld s;
    REQUIRE_FALSE(s.make(QStringLiteral("politie"), {s.party("Antes")}).has_value());
    REQUIRE(s.make(QStringLiteral("pr1"), {s.party("Politie")}).has_value());
    auto trail = s.world.as(QStringLiteral("fg")).auditTrail(s.casusId);
    REQUIRE(trail.has_value());
    QList<AuditEntry> summaries;
    for (const AuditRecord &record : *trail) {
        if (record.entry.action == QLatin1String("make_summary_copies"))
            summaries << record.entry;
    }
    REQUIRE(summaries.size() == 2);
    CHECK(summaries.at(0).outcome != QLatin1String("allowed"));
    CHECK(summaries.at(1).outcome == QLatin1String("allowed"));
    const QString objects = summaries.at(1).objects;
    CHECK(objects.contains(QStringLiteral("verstrekking:")));
    CHECK(objects.contains(QStringLiteral("gegeven:%1").arg(s.politieItem)));
    CHECK_FALSE(objects.contains(QStringLiteral("geluidsoverlast")));
}
