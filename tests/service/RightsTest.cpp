#include "ServiceWorld.h"

#include "service/RetentionJob.h"
#include "storage/SqlStatement.h"

#include <QSqlRecord>

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
        adres = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e);
        politie = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Politiegegevens, QStringLiteral("Politie"),
                                 Grondslag::Wpg20);
        om = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Strafvorderlijk, QStringLiteral("OM"),
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
    const qint64 notTheirs = *r.world.addGegeven(QStringLiteral("pr1"), r.casusId, other, DataCategory::Adres, QStringLiteral("Rotterdam"),
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

namespace {

// Everything stored about the kept records, as one text: to prove what is not in it.
QString keptRecordsAsText(ServiceWorld &world)
{
    auto query = runSql(world.setup.database().connection(), QStringLiteral("SELECT * FROM bewaarde_om_verstrekkingen"));
    REQUIRE(query.has_value());
    QStringList values;
    while (query->next()) {
        for (int column = 0; column < query->record().count(); ++column)
            values << query->value(column).toString();
    }
    return values.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("P 17.5: a verstrekking of OM data outlives a casus destroyed early, minimised, for 4 years, reached only under an inzage request or by the FG")
{
    RequestWorld r;
    LocalService &pr = r.world.as(QStringLiteral("pr1"));
    const qint64 antes = r.world.party(QStringLiteral("Antes"));
    REQUIRE(pr.recordApproval(r.casusId, r.world.approval(r.om, {antes})).has_value());
    REQUIRE(pr.recordVerstrekking({0, r.casusId, {r.om}, antes, {}, QStringLiteral("afstemming zorg en straf"),
                                   QStringLiteral("art. 39f Wjsg"), QStringLiteral("nodig voor het plan van aanpak"), {}, {}, 0, {}})
                .has_value());
    const QDate disclosedOn = r.world.clock.today();

    // Triage decides not to take the casus on; P 11.8 destroys it a year later, long before 4 years.
    QList<GegevenReview> keepAll;
    for (const qint64 item : {r.adres, r.politie, r.om})
        keepAll << GegevenReview{item, true, QStringLiteral("nog nodig")};
    REQUIRE(pr.changePhase({r.casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"), QStringLiteral("triage"), keepAll, {}}));
    REQUIRE(pr.changePhase({r.casusId, Phase::Triage, Phase::NietDoorgeleid, QStringLiteral("Niet complex"), QStringLiteral("triage"),
                            keepAll, {}}));
    r.world.clock.set(QDateTime(disclosedOn.addYears(1).addDays(1), QTime(9, 0), QTimeZone::utc()));
    RetentionJob job(r.world.setup.database(), r.world.clock, r.world.setup.auditKey);
    REQUIRE(job.run(false).has_value());
    REQUIRE(r.world.as(QStringLiteral("hoofd")).casus(r.casusId).error().code == ErrorCode::NotFound);

    // What stays: date, OM, recipient, ground, categories, name and birth date; never the content.
    const auto kept = r.world.as(QStringLiteral("fg")).bewaardeOmVerstrekkingen();
    REQUIRE(kept.has_value());
    REQUIRE(kept->size() == 1);
    const BewaardeOmVerstrekking record = kept->first();
    REQUIRE(dateInAmsterdam(record.verstrektOp) == disclosedOn);
    REQUIRE(record.omPartyId == r.world.party(QStringLiteral("OM")));
    REQUIRE(record.recipientPartyId == antes);
    REQUIRE(record.legalBasis == QStringLiteral("art. 39f Wjsg"));
    REQUIRE(record.categories == QList<DataCategory>{DataCategory::Strafvorderlijk});
    REQUIRE(record.betrokkeneNaam == QStringLiteral("Ümit Çelik"));
    REQUIRE(record.betrokkeneGeboortedatum == QDate(1990, 5, 17));
    REQUIRE(record.destroyOn == disclosedOn.addYears(4));
    REQUIRE_FALSE(keptRecordsAsText(r.world).contains(QStringLiteral("inhoud")));
    REQUIRE_FALSE(keptRecordsAsText(r.world).contains(QStringLiteral("plan van aanpak"))); // nor the necessity text

    // Nobody else lists them.
    for (const char *user : {"hoofd", "privacy", "pr1", "om", "fb", "analist"})
        REQUIRE(r.world.as(QLatin1String(user)).bewaardeOmVerstrekkingen().error().code == ErrorCode::AccessDenied);

    // The hoofd reaches them under an inzage request being handled, routed to the OM; not after it was answered.
    const qint64 verzoek = r.request(VerzoekType::Inzage);
    REQUIRE(r.world.as(QStringLiteral("privacy")).verifyIdentity(verzoek, r.world.clock.today(), QStringLiteral("ID-kaart")));
    auto overzicht = r.world.as(QStringLiteral("hoofd")).inzageOverzicht(verzoek);
    REQUIRE(overzicht->bewaardeOmVerstrekkingen.size() == 1);
    REQUIRE(overzicht->kopie.isEmpty());
    REQUIRE(overzicht->doorverwezen.join(QLatin1Char(' ')).contains(QStringLiteral("Openbaar Ministerie")));
    REQUIRE(r.world.as(QStringLiteral("hoofd")).decideVerzoek(verzoek, VerzoekBesluit::Toegewezen, {}));
    REQUIRE(r.world.as(QStringLiteral("hoofd")).markVerzoekSent(verzoek, r.world.clock.today()));
    REQUIRE(r.world.as(QStringLiteral("hoofd")).inzageOverzicht(verzoek)->bewaardeOmVerstrekkingen.isEmpty());

    // Four years after the verstrekking the retention run destroys the record, audited.
    r.world.clock.set(QDateTime(disclosedOn.addYears(4).addDays(-1), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(job.due()->isEmpty());
    r.world.clock.set(QDateTime(disclosedOn.addYears(4), QTime(9, 0), QTimeZone::utc()));
    const auto due = job.due();
    REQUIRE(due->size() == 1);
    REQUIRE(due->first().rule == RetentionRule::OmVerstrekkingVierJaar);
    REQUIRE(job.run(false)->destroyed == 1);
    REQUIRE(r.world.as(QStringLiteral("fg")).bewaardeOmVerstrekkingen()->isEmpty());
    REQUIRE(keptRecordsAsText(r.world).isEmpty());
    auto audited = runSql(r.world.setup.database().connection(),
                          QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention_destroy' AND objects LIKE 'om_verstrekking:%'"));
    REQUIRE(audited->next());
    REQUIRE(audited->value(0).toInt() == 1);
}

TEST_CASE("P 17.5: an OM item withdrawn at a phase review and destroyed keeps its verstrekking on record, other items leave none")
{
    RequestWorld r;
    LocalService &pr = r.world.as(QStringLiteral("pr1"));
    const qint64 antes = r.world.party(QStringLiteral("Antes"));
    REQUIRE(pr.recordApproval(r.casusId, r.world.approval(r.om, {antes})).has_value());
    REQUIRE(pr.recordVerstrekking({0, r.casusId, {r.om, r.adres}, antes, {}, QStringLiteral("afstemming"), QStringLiteral("art. 39f Wjsg"),
                                   QStringLiteral("nodig voor het plan"), {}, {}, 0, {}})
                .has_value());
    const QList<GegevenReview> reviews{GegevenReview{r.adres, false, QStringLiteral("niet meer nodig")},
                                    GegevenReview{r.politie, true, QStringLiteral("nodig")},
                                    GegevenReview{r.om, false, QStringLiteral("niet meer nodig")}};
    REQUIRE(pr.changePhase({r.casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"), QStringLiteral("triage"), reviews, {}}));
    REQUIRE(RetentionJob(r.world.setup.database(), r.world.clock, r.world.setup.auditKey).run(false)->destroyed == 2);

    const auto kept = r.world.as(QStringLiteral("fg")).bewaardeOmVerstrekkingen();
    REQUIRE(kept->size() == 1);
    REQUIRE(kept->first().categories == QList<DataCategory>{DataCategory::Strafvorderlijk}); // the address was not OM data
}

TEST_CASE("Issue 14: the hoofd reads a request's dossier before deciding: deadline and how it was counted, and after the identity check the casussen and items, OM and police data marked as routed, never their content")
{
    RequestWorld r;
    const qint64 id = r.request(VerzoekType::Inzage);
    LocalService &hoofd = r.world.as(QStringLiteral("hoofd"));
    auto dossier = hoofd.verzoekDossier(id);
    REQUIRE(dossier.has_value());
    CHECK(dossier->status.deadline == QDate(2026, 4, 13));
    CHECK(dossier->deadlineBasis.contains(QStringLiteral("P 18.2")));
    CHECK(dossier->deadlineBasis.contains(QStringLiteral("werkdag")));
    CHECK(dossier->items.isEmpty()); // P 18.4: nothing about the person before the identity is verified
    CHECK(dossier->casusnummers.isEmpty());

    REQUIRE(r.world.as(QStringLiteral("pr1")).verifyIdentity(id, r.world.clock.today(), QStringLiteral("paspoort")).has_value());
    dossier = r.world.as(QStringLiteral("privacy")).verzoekDossier(id);
    REQUIRE(dossier.has_value());
    CHECK(dossier->casusnummers.size() == 1);
    REQUIRE(dossier->items.size() == 3);
    int routedOm = 0;
    int routedPolitie = 0;
    for (const VerzoekItem &item : dossier->items) {
        CHECK(item.casusId == r.casusId);
        routedOm += item.routedToOm ? 1 : 0;
        routedPolitie += item.routedToPolitie ? 1 : 0;
    }
    CHECK(routedOm == 1);
    CHECK(routedPolitie == 1);

    // Who coordinates, registers or reads the register does not get the dossier; nor does anyone once the answer is sent.
    for (const char *user : {"pr1", "admin", "fg", "politie", "fb"}) {
        INFO(user);
        CHECK(r.world.as(QLatin1String(user)).verzoekDossier(id).error().code == ErrorCode::AccessDenied);
    }
    REQUIRE(hoofd.decideVerzoek(id, VerzoekBesluit::Toegewezen, {}).has_value());
    REQUIRE(hoofd.markVerzoekSent(id, r.world.clock.today()).has_value());
    dossier = hoofd.verzoekDossier(id);
    REQUIRE(dossier.has_value());
    CHECK(dossier->items.isEmpty());
    CHECK(hoofd.verzoekDossier(id + 100).error().code == ErrorCode::NotFound);
}
