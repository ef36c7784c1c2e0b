#include "ServiceWorld.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

// A casus about Ümit Çelik with items from the municipality, the police, the OM and Antes.
struct RequestWorld {
    ServiceWorld world;
    qint64 casusId = world.newCase();
    qint64 persoon = world.addBetrokkene(casusId);
    qint64 adres = 0;
    qint64 politie = 0;
    qint64 om = 0;

    RequestWorld()
    {
        world.planOverleg(casusId, {world.party(QStringLiteral("Antes"))});
        adres = *world.addItem(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e);
        politie = *world.addItem(QStringLiteral("pr1"), casusId, persoon, DataCategory::Politiegegevens, QStringLiteral("Politie"),
                                 Grondslag::Wpg20);
        om = *world.addItem(QStringLiteral("pr1"), casusId, persoon, DataCategory::Strafvorderlijk, QStringLiteral("OM"),
                            Grondslag::Wjsg39f);
        REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, world.approval(adres, {world.party(QStringLiteral("Antes"))})).has_value());
    }

    qint64 request(VerzoekType type)
    {
        Verzoek verzoek;
        verzoek.type = type;
        verzoek.receivedOn = world.clock.today();
        verzoek.viaPartyId = world.party(QStringLiteral("Rotterdam"));
        verzoek.requesterName = QStringLiteral("Ümit Çelik");
        verzoek.requesterBirthDate = QDate(1990, 5, 17);
        auto id = world.as(QStringLiteral("admin")).registerVerzoek(verzoek);
        REQUIRE(id.has_value());
        return *id;
    }
};

} // namespace

TEST_CASE("P 17: the verzoekenregister shows each request with its deadline, due or overdue")
{
    RequestWorld r;
    const qint64 inzage = r.request(VerzoekType::Inzage);
    const qint64 correctie = r.request(VerzoekType::Correctie);
    auto register_ = r.world.as(QStringLiteral("hoofd")).verzoeken();
    REQUIRE(register_->size() == 2);
    REQUIRE(register_->at(0).verzoek.id == inzage);
    REQUIRE(register_->at(0).deadline == QDate(2026, 4, 13)); // 12 April 2026 is a Sunday
    REQUIRE(register_->at(1).verzoek.id == correctie);
    REQUIRE(register_->at(1).deadline == QDate(2026, 4, 9));
    REQUIRE_FALSE(register_->at(1).overdue);

    r.world.clock.set(QDateTime(QDate(2026, 4, 10), QTime(9, 0), QTimeZone::utc()));
    register_ = r.world.as(QStringLiteral("fg")).verzoeken();
    REQUIRE(register_->at(1).overdue);
    REQUIRE_FALSE(register_->at(0).overdue);
    REQUIRE(r.world.as(QStringLiteral("politie")).verzoeken().error().code == ErrorCode::AccessDenied);
}

TEST_CASE("P 21.1: a request for data portability is refused with its reason")
{
    RequestWorld r;
    const qint64 id = r.request(VerzoekType::Overdraagbaarheid);
    const VerzoekStatus status = r.world.as(QStringLiteral("hoofd")).verzoeken()->first();
    REQUIRE(status.verzoek.id == id);
    REQUIRE(status.verzoek.besluit == VerzoekBesluit::Afgewezen);
    REQUIRE(status.verzoek.motivation.contains(QStringLiteral("21.1")));
}

TEST_CASE("P 18.4: no answer before the requester's identity is verified")
{
    RequestWorld r;
    const qint64 id = r.request(VerzoekType::Inzage);
    LocalService &hoofd = r.world.as(QStringLiteral("hoofd"));
    REQUIRE(hoofd.inzageOverzicht(id).error().code == ErrorCode::InvalidArgument);
    REQUIRE(hoofd.decideVerzoek(id, VerzoekBesluit::Toegewezen, {}).error().code == ErrorCode::InvalidArgument);
    REQUIRE(r.world.as(QStringLiteral("admin")).verifyIdentity(id, r.world.clock.today(), QStringLiteral("paspoort")).error().code
            == ErrorCode::AccessDenied); // administratief registers and tracks, it does not verify
    REQUIRE(r.world.as(QStringLiteral("pr1")).verifyIdentity(id, r.world.clock.today(), QString()).error().code
            == ErrorCode::InvalidArgument);
    REQUIRE(r.world.as(QStringLiteral("pr1")).verifyIdentity(id, r.world.clock.today(), QStringLiteral("paspoort aan de balie")).has_value());
    REQUIRE(hoofd.inzageOverzicht(id).has_value());
}

TEST_CASE("P 18.1, 18.5, 17.5, 17.6: the inzage overview has a-h and a copy, without OM and police data, which are routed")
{
    RequestWorld r;
    const qint64 id = r.request(VerzoekType::Inzage);
    REQUIRE(r.world.as(QStringLiteral("privacy")).verifyIdentity(id, r.world.clock.today(), QStringLiteral("ID-kaart")).has_value());
    const auto overzicht = r.world.as(QStringLiteral("hoofd")).inzageOverzicht(id);
    REQUIRE(overzicht.has_value());
    REQUIRE_FALSE(overzicht->doeleinden.isEmpty());                                   // a
    REQUIRE(overzicht->categorieen == QStringList{enumLabel(DataCategory::Adres)});  // b, without police/OM categories
    REQUIRE(overzicht->ontvangers.contains(QStringLiteral("Antes")));                // c
    REQUIRE(overzicht->bewaartermijnen.first().contains(QStringLiteral("12-03-2031"))); // d
    REQUIRE_FALSE(overzicht->rechten.isEmpty());                                     // e
    REQUIRE(overzicht->klachtrecht.contains(QStringLiteral("Autoriteit Persoonsgegevens"))); // f
    REQUIRE(overzicht->bronnen == QStringList{QStringLiteral("Gemeente Rotterdam")}); // g
    REQUIRE_FALSE(overzicht->geautomatiseerdeBesluitvorming.isEmpty());              // h
    REQUIRE(overzicht->kopie.size() == 1);
    REQUIRE(overzicht->doorverwezen.size() == 2);
    REQUIRE(r.world.as(QStringLiteral("pr2")).inzageOverzicht(id).error().code == ErrorCode::AccessDenied);
}

TEST_CASE("P 18.3, 19.4: a refusal or partial refusal needs a motivation, only the hoofd decides")
{
    RequestWorld r;
    const qint64 id = r.request(VerzoekType::Correctie);
    REQUIRE(r.world.as(QStringLiteral("pr1")).verifyIdentity(id, r.world.clock.today(), QStringLiteral("paspoort")).has_value());
    REQUIRE(r.world.as(QStringLiteral("pr1")).decideVerzoek(id, VerzoekBesluit::Toegewezen, {}).error().code == ErrorCode::AccessDenied);
    LocalService &hoofd = r.world.as(QStringLiteral("hoofd"));
    REQUIRE(hoofd.decideVerzoek(id, VerzoekBesluit::Afgewezen, {}).error().code == ErrorCode::InvalidArgument);
    REQUIRE(hoofd.decideVerzoek(id, VerzoekBesluit::GedeeltelijkToegewezen, QStringLiteral("Adres klopt, de rest niet")).has_value());
    REQUIRE(hoofd.markVerzoekSent(id, r.world.clock.today()).has_value());
    const VerzoekStatus status = hoofd.verzoeken()->first();
    REQUIRE(status.verzoek.besluit == VerzoekBesluit::GedeeltelijkToegewezen);
    REQUIRE(status.verzoek.answeredBy == r.world.userId(QStringLiteral("hoofd")));
    REQUIRE(status.verzoek.sentOn == r.world.clock.today());
}

TEST_CASE("P 19: correction and deletion are carried out after the decision, on the requester's items only")
{
    RequestWorld r;
    const qint64 correctie = r.request(VerzoekType::Correctie);
    LocalService &hoofd = r.world.as(QStringLiteral("hoofd"));
    REQUIRE(r.world.as(QStringLiteral("pr1")).verifyIdentity(correctie, r.world.clock.today(), QStringLiteral("paspoort")).has_value());
    REQUIRE(hoofd.correctGegeven(correctie, r.adres, QStringLiteral("Nieuwe Binnenweg 1 (fictief)")).error().code
            == ErrorCode::InvalidArgument); // no decision yet
    REQUIRE(hoofd.decideVerzoek(correctie, VerzoekBesluit::Toegewezen, {}).has_value());
    REQUIRE(hoofd.correctGegeven(correctie, r.adres, QStringLiteral("Nieuwe Binnenweg 1 (fictief)")).has_value());
    const auto items = r.world.as(QStringLiteral("pr1")).gegevens(r.casusId);
    REQUIRE(std::any_of(items->begin(), items->end(), [](const Gegeven &g) { return g.content.contains(QStringLiteral("Binnenweg")); }));

    const qint64 other = r.world.addBetrokkene(r.casusId, BetrokkeneCategorie::II, QStringLiteral("Zoë de Jong"));
    const qint64 notTheirs = *r.world.addItem(QStringLiteral("pr1"), r.casusId, other, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                              Grondslag::Avg6_1e);
    REQUIRE(hoofd.correctGegeven(correctie, notTheirs, QStringLiteral("x")).error().code == ErrorCode::AccessDenied);

    const qint64 verwijdering = r.request(VerzoekType::Verwijdering);
    REQUIRE(r.world.as(QStringLiteral("pr1")).verifyIdentity(verwijdering, r.world.clock.today(), QStringLiteral("paspoort")).has_value());
    REQUIRE(hoofd.decideVerzoek(verwijdering, VerzoekBesluit::Toegewezen, {}).has_value());
    REQUIRE(hoofd.deleteGegeven(verwijdering, r.adres).has_value());
    REQUIRE(r.world.as(QStringLiteral("pr1")).gegevens(r.casusId)->size() == 3);
}

TEST_CASE("P 17.5, 17.6: correction and deletion of OM and police data are routed to that party, never executed by the hoofd")
{
    RequestWorld r;
    LocalService &hoofd = r.world.as(QStringLiteral("hoofd"));
    const qint64 correctie = r.request(VerzoekType::Correctie);
    const qint64 verwijdering = r.request(VerzoekType::Verwijdering);
    for (const qint64 verzoek : {correctie, verwijdering}) {
        REQUIRE(r.world.as(QStringLiteral("pr1")).verifyIdentity(verzoek, r.world.clock.today(), QStringLiteral("paspoort")).has_value());
        REQUIRE(hoofd.decideVerzoek(verzoek, VerzoekBesluit::Toegewezen, {}).has_value());
    }
    const auto omCorrection = hoofd.correctGegeven(correctie, r.om, QStringLiteral("x"));
    REQUIRE(omCorrection.error().code == ErrorCode::AccessDenied);
    REQUIRE(omCorrection.error().message.contains(QStringLiteral("P 17.5")));
    const auto policeDeletion = hoofd.deleteGegeven(verwijdering, r.politie);
    REQUIRE(policeDeletion.error().code == ErrorCode::AccessDenied);
    REQUIRE(policeDeletion.error().message.contains(QStringLiteral("P 17.6")));
    REQUIRE(hoofd.deleteGegeven(verwijdering, r.om).error().code == ErrorCode::AccessDenied);
    // Nothing changed: all four items are still there, as supplied.
    const auto items = r.world.as(QStringLiteral("pr1")).gegevens(r.casusId);
    REQUIRE(items->size() == 3);
    REQUIRE(std::none_of(items->begin(), items->end(), [](const Gegeven &g) { return g.content == QStringLiteral("x"); }));
}

TEST_CASE("P 16.1, 16.6, 16.7: informing is recorded, or withholding with ground, motivation, moment, conditions and review")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    Informatieplicht withheld;
    withheld.betrokkeneId = persoon;
    withheld.ground = UitstelGrond::Strafvorderlijk;
    withheld.motivation = QStringLiteral("Lopend opsporingsonderzoek");
    REQUIRE(pr.recordInformatieplicht(casusId, withheld).error().code == ErrorCode::InvalidArgument);
    withheld.expectedOn = world.clock.today().addMonths(3);
    withheld.conditions = QStringLiteral("Na afronding van het onderzoek");
    withheld.reviewOn = world.clock.today().addDays(30);
    REQUIRE(pr.recordInformatieplicht(casusId, withheld).has_value());

    REQUIRE(pr.informatieplichtReviewsDue()->isEmpty());
    world.clock.advanceDays(29);
    REQUIRE(pr.informatieplichtReviewsDue()->isEmpty());   // the day before
    world.clock.advanceDays(1);
    REQUIRE(pr.informatieplichtReviewsDue()->size() == 1); // the day itself
    REQUIRE(world.as(QStringLiteral("privacy")).informatieplichtReviewsDue()->size() == 1);
    REQUIRE(world.as(QStringLiteral("pr2")).informatieplichtReviewsDue()->isEmpty()); // not their casus

    Informatieplicht informed;
    informed.betrokkeneId = persoon;
    informed.informed = true;
    informed.informedOn = world.clock.today();
    informed.how = QStringLiteral("brief");
    informed.byPartyId = world.party(QStringLiteral("Rotterdam"));
    REQUIRE(pr.recordInformatieplicht(casusId, informed).has_value());
    REQUIRE(pr.informatieplichtReviewsDue()->isEmpty());
}
