#include "ServiceWorld.h"
#include "storage/PartyRepository.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

Datalek report(QDateTime discoveredAt)
{
    Datalek d;
    d.discoveredAt = discoveredAt;
    d.aardEnOmvang = QStringLiteral("Verslag casusoverleg naar verkeerde ontvanger gemaild");
    d.contactpersoon = QStringLiteral("privacyfunctionaris ZVHRR, 010-0000000");
    d.mogelijkeMaatregelen = QStringLiteral("Ontvanger vragen de mail te verwijderen");
    d.gevolgenBetrokkenen = QStringLiteral("Mogelijk bekendheid van zorggegevens bij een derde");
    d.genomenMaatregelen = QStringLiteral("Ontvanger gebeld; verwijdering bevestigd");
    return d;
}

} // namespace

TEST_CASE("P 14.3: a breach report needs a-e, everyone who works with the system can report, the data-analist not")
{
    ServiceWorld world;
    Datalek incomplete = report(world.clock.now().addSecs(-3600));
    incomplete.contactpersoon.clear();
    REQUIRE(world.as(QStringLiteral("politie")).reportDatalek(incomplete).error().code == ErrorCode::InvalidArgument);
    REQUIRE(world.as(QStringLiteral("politie")).reportDatalek(report(world.clock.now().addSecs(-3600))).has_value());
    REQUIRE(world.as(QStringLiteral("analist")).reportDatalek(report(world.clock.now())).error().code == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("politie")).datalekken().error().code == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("fg")).datalekken()->size() == 1);
}

TEST_CASE("P 14.3, 14.8: the 24-hour and 72-hour clocks are flagged when overdue")
{
    ServiceWorld world;
    // Discovered 30 hours ago and only reported now: the privacy officer was informed too late.
    const qint64 late = *world.as(QStringLiteral("pr1")).reportDatalek(report(world.clock.now().addSecs(-30 * 3600)));
    const qint64 fresh = *world.as(QStringLiteral("pr1")).reportDatalek(report(world.clock.now()));
    auto overview = world.as(QStringLiteral("privacy")).datalekken();
    REQUIRE(overview->at(0).datalek.id == late);
    REQUIRE(overview->at(0).clocks.privacyOfficerOverdue);
    REQUIRE_FALSE(overview->at(0).clocks.autoriteitOverdue);
    REQUIRE_FALSE(overview->at(1).clocks.privacyOfficerOverdue);

    world.clock.set(world.clock.now().addSecs(72 * 3600 - 60)); // a minute before the 72 hours of the fresh one
    overview = world.as(QStringLiteral("privacy")).datalekken();
    REQUIRE(overview->at(0).clocks.autoriteitOverdue);
    REQUIRE_FALSE(overview->at(1).clocks.autoriteitOverdue);
    world.clock.set(world.clock.now().addSecs(120));
    REQUIRE(world.as(QStringLiteral("privacy")).datalekken()->at(1).clocks.autoriteitOverdue);
    REQUIRE(fresh > late);
}

TEST_CASE("P 14.8, 14.6, 14.9, 14.11: the AP notification needs a-f, the decision to inform betrokkenen needs its grounds")
{
    ServiceWorld world;
    const qint64 id = *world.as(QStringLiteral("pr1")).reportDatalek(report(world.clock.now()));
    LocalService &privacy = world.as(QStringLiteral("privacy"));
    REQUIRE(world.as(QStringLiteral("hoofd")).recordApNotification(id, world.clock.now(), QStringLiteral("AP-2026-1")).error().code
            == ErrorCode::InvalidArgument); // P 14.8 b-f not yet assessed

    Datalek assessment = report(world.clock.now());
    assessment.id = id;
    assessment.categorieenBetrokkenen = QStringLiteral("Categorie I");
    assessment.categorieenGegevens = QStringLiteral("Gezondheid");
    assessment.versleuteling = QStringLiteral("Niet versleuteld");
    assessment.aanbevolenMaatregelen = QStringLiteral("Geen");
    assessment.gevolgenEnHerstel = QStringLiteral("Beperkt; ontvanger heeft verwijderd");
    assessment.decidedOnInforming = true;
    assessment.informBetrokkenen = true;
    REQUIRE(privacy.assessDatalek(assessment).error().code == ErrorCode::InvalidArgument); // grounds missing
    assessment.informingGrounds = QStringLiteral("Hoog risico voor de betrokkene (P 14.6)");
    REQUIRE(privacy.assessDatalek(assessment).error().code == ErrorCode::InvalidArgument); // notification text missing
    assessment.notificationText = QStringLiteral("Geachte heer, ... (fictief)");
    assessment.correctiveMeasures = QStringLiteral("Adresboek opgeschoond");
    REQUIRE(privacy.assessDatalek(assessment).has_value());
    REQUIRE(world.as(QStringLiteral("hoofd")).assessDatalek(assessment).error().code == ErrorCode::AccessDenied);

    REQUIRE(world.as(QStringLiteral("hoofd")).recordApNotification(id, world.clock.now(), QStringLiteral("AP-2026-1")).has_value());
    const DatalekStatus stored = privacy.datalekken()->first();
    REQUIRE(stored.datalek.apReference == QStringLiteral("AP-2026-1"));
    REQUIRE(stored.datalek.notificationText.startsWith(QStringLiteral("Geachte")));
    REQUIRE_FALSE(stored.clocks.autoriteitOverdue);
}

TEST_CASE("P 24.3: the verwerkingsregister is seeded per phase and kept by the privacy officer")
{
    ServiceWorld world;
    const auto register_ = world.as(QStringLiteral("fg")).verwerkingsregister();
    REQUIRE(register_->size() == 5);
    for (const Verwerking &verwerking : *register_) {
        for (const QString &field : {verwerking.verantwoordelijken, verwerking.doeleinden, verwerking.categorieenGegevens,
                                     verwerking.categorieenBetrokkenen, verwerking.ontvangers, verwerking.doorgifteDerdeLanden})
            REQUIRE_FALSE(field.isEmpty());
    }
    Verwerking changed = register_->first();
    changed.ontvangers += QStringLiteral("; Veilig Thuis");
    REQUIRE(world.as(QStringLiteral("hoofd")).saveVerwerking(changed).error().code == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("privacy")).saveVerwerking(changed).has_value());
    changed.doeleinden.clear();
    REQUIRE(world.as(QStringLiteral("privacy")).saveVerwerking(changed).error().code == ErrorCode::InvalidArgument);
    REQUIRE(world.as(QStringLiteral("analist")).verwerkingsregister().error().code == ErrorCode::AccessDenied);
}

TEST_CASE("P 22.3: the privacy officer lists a processor, the hoofd approves it in the hoofd's own name, then it is reviewed yearly")
{
    ServiceWorld world;
    LocalService &privacy = world.as(QStringLiteral("privacy"));
    REQUIRE(privacy.addVerwerker({0, QString(), QStringLiteral("serverbeheer"), {}, {}}).error().code == ErrorCode::InvalidArgument);
    // An approval date typed in by the privacy officer is not the hoofd's approval: it is not kept.
    const qint64 id = *privacy.addVerwerker({0, QStringLiteral("Hosting BV (fictief)"), QStringLiteral("serverbeheer"),
                                             QDate(2025, 6, 1), QDate(2025, 7, 1)});
    Verwerker listed = privacy.verwerkers()->first();
    CHECK(listed.awaitsHoofd());
    CHECK_FALSE(listed.lastReviewedOn.isValid());
    CHECK_FALSE(listed.reviewDue().isValid());
    CHECK(privacy.markVerwerkerReviewed(id, world.clock.today()).error().code == ErrorCode::Conflict);

    REQUIRE(world.as(QStringLiteral("hoofd")).approveVerwerker(id).has_value());
    listed = privacy.verwerkers()->first();
    CHECK(listed.approvedByHoofdOn == world.clock.today());
    CHECK(listed.reviewDue() == world.clock.today().addYears(1));
    CHECK(world.as(QStringLiteral("hoofd")).approveVerwerker(id).error().code == ErrorCode::Conflict);

    world.clock.set(world.clock.now().addDays(300));
    CHECK(privacy.markVerwerkerReviewed(id, world.clock.today().addDays(1)).error().code == ErrorCode::InvalidArgument);
    REQUIRE(privacy.markVerwerkerReviewed(id, world.clock.today()).has_value());
    CHECK(privacy.verwerkers()->first().reviewDue() == world.clock.today().addYears(1));
}

TEST_CASE("C 21, 22.3, 24.2: the parties' membership history records toetreding, opzegging and uitsluiting")
{
    ServiceWorld world;
    LocalService &fb = world.as(QStringLiteral("fb"));
    const qint64 before = fb.membershipHistory()->size();
    REQUIRE(before == 42); // the signatories' toetreding
    Party newcomer{0, QStringLiteral("Gemeente Westvoorne (fictief)"), QStringLiteral("Westvoorne"), PartyType::Gemeente, {}};
    REQUIRE(fb.addParty(newcomer).error().code == ErrorCode::InvalidArgument);
    newcomer.membership.toegetreden = world.clock.today();
    newcomer.membership.abBesluit = world.clock.today().addDays(-14);
    REQUIRE(fb.addParty(newcomer).error().code == ErrorCode::InvalidArgument); // nobody signed Bijvoegsel I
    newcomer.membership.ondertekenaar = QStringLiteral("J. de Wit, burgemeester");
    const qint64 id = *fb.addParty(newcomer);
    const Party joined = *PartyRepository(world.setup.database()).byId(id);
    CHECK(joined.membership.abBesluit == newcomer.membership.abBesluit);
    CHECK(joined.membership.ondertekenaar == newcomer.membership.ondertekenaar);
    CHECK(fb.membershipHistory()->last().toelichting.contains(QStringLiteral("J. de Wit, burgemeester")));
    REQUIRE(fb.recordMembershipChange({world.party(QStringLiteral("Halt")), MembershipEvent::Opzegging, world.clock.today(), {}})
                .has_value());
    REQUIRE(fb.recordMembershipChange({id, MembershipEvent::Uitsluiting, world.clock.today(), QStringLiteral("Besluit AB")})
                .has_value());
    const auto history = fb.membershipHistory();
    REQUIRE(history->size() == before + 3);
    REQUIRE(history->last().gebeurtenis == MembershipEvent::Uitsluiting);
    REQUIRE(world.as(QStringLiteral("hoofd")).membershipHistory().error().code == ErrorCode::AccessDenied);
}
