// Issue 12: the printed case summary for a casusoverleg, one numbered copy per recipient party,
// each holding only what that party may see and recorded as a verstrekking to it.
#include "SummaryWorld.h"

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("C 13.2f: the procesregisseur makes a copy per invited party in one action, each with only the items approved for that party or its own")
{
    SummaryWorld s;
    auto copies = s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("Antes"), s.party("OM"), s.party("Veilig Thuis")});
    REQUIRE(copies.has_value());
    REQUIRE(copies->size() == 4);

    const QString politie = printedText(copies->at(0).document);
    const QString antes = printedText(copies->at(1).document);
    const QString om = printedText(copies->at(2).document);
    const QString veiligThuis = printedText(copies->at(3).document);

    CHECK(politie.contains(QStringLiteral("Twee meldingen van geluidsoverlast")));
    CHECK(politie.contains(QStringLiteral("In beeld bij de wijk-GGZ")));
    CHECK_FALSE(politie.contains(QStringLiteral("Lopende zaak bij de officier")));

    CHECK(antes.contains(QStringLiteral("Twee meldingen van geluidsoverlast")));
    CHECK(antes.contains(QStringLiteral("In beeld bij de wijk-GGZ")));
    CHECK_FALSE(antes.contains(QStringLiteral("Lopende zaak bij de officier")));

    CHECK(om.contains(QStringLiteral("Lopende zaak bij de officier")));
    CHECK_FALSE(om.contains(QStringLiteral("Twee meldingen van geluidsoverlast")));
    CHECK_FALSE(om.contains(QStringLiteral("In beeld bij de wijk-GGZ")));

    // A party with nothing approved gets a summary that says so, without items and without names.
    CHECK(veiligThuis.contains(QStringLiteral("geen gegevens goedgekeurd")));
    CHECK_FALSE(veiligThuis.contains(QStringLiteral("Ümit Çelik")));
    for (const QString &content : {QStringLiteral("Twee meldingen"), QStringLiteral("wijk-GGZ"), QStringLiteral("officier")})
        CHECK_FALSE(veiligThuis.contains(content));
    CHECK(politie.contains(QStringLiteral("Ümit Çelik")));
}

TEST_CASE("C 13.2f: each copy names its recipient, the overleg and its own number on every page with the instruction to hand it in")
{
    SummaryWorld s;
    auto copies = s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("Antes")});
    REQUIRE(copies.has_value());
    const Casus casus = *s.world.as(QStringLiteral("pr1")).casus(s.casusId);
    const QString prefix = casus.number.toString() + QStringLiteral("/O1/");
    REQUIRE(copies->at(0).record.number == prefix + QStringLiteral("1"));
    REQUIRE(copies->at(1).record.number == prefix + QStringLiteral("2"));
    const Document &document = copies->at(0).document;
    const QString politieName = PartyRepository(s.world.setup.database()).byId(s.party("Politie"))->name;
    CHECK(document.notice.startsWith(QStringLiteral("Vertrouwelijk — alleen voor %1 in het casusoverleg van ").arg(politieName)));
    CHECK(document.pageFooter.contains(prefix + QStringLiteral("1")));
    CHECK(document.pageFooter.contains(QStringLiteral("Na afloop inleveren of vernietigen")));
    CHECK(document.pageFooter.contains(QStringLiteral("pr1"))); // who made it
    CHECK(document.headerLines.join(QLatin1Char(' ')).contains(politieName));
    // The PDF's title and subject are metadata anyone can read: no names, no case number.
    CHECK_FALSE(document.title.contains(QStringLiteral("Çelik")));
    CHECK_FALSE((document.title + document.subject).contains(casus.number.toString()));

    // A reprint is a new copy with the next number.
    auto reprint = s.make(QStringLiteral("pr1"), {s.party("Politie")});
    REQUIRE(reprint.has_value());
    CHECK(reprint->first().record.number == prefix + QStringLiteral("3"));
}

TEST_CASE("P 8.1: every copy is a verstrekking to its party listing exactly the items it holds, and the casus lists its copies")
{
    SummaryWorld s;
    auto copies = s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("OM"), s.party("Veilig Thuis")});
    REQUIRE(copies.has_value());
    const QList<Verstrekking> verstrekkingen = s.verstrekkingen();
    REQUIRE(verstrekkingen.size() == 3);
    for (int i = 0; i < 3; ++i) {
        const SummaryCopyRecord &record = copies->at(i).record;
        const Verstrekking &verstrekking = verstrekkingen.at(i);
        CHECK(verstrekking.id == record.verstrekkingId);
        CHECK(verstrekking.recipientPartyId == record.recipientPartyId);
        CHECK(verstrekking.purpose.contains(record.number));
        CHECK(verstrekking.gegevenIds.size() == record.itemCount);
    }
    CHECK(verstrekkingen.at(0).gegevenIds == QList<qint64>{s.politieItem, s.antesItem});
    CHECK(verstrekkingen.at(1).gegevenIds == QList<qint64>{s.omItem});
    CHECK(verstrekkingen.at(2).gegevenIds.isEmpty());

    auto listed = s.world.as(QStringLiteral("pr1")).summaryCopies(s.casusId);
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 3);
    CHECK(listed->at(0).number == copies->at(0).record.number);
    CHECK(listed->at(0).byName == QStringLiteral("pr1"));
    CHECK(listed->at(0).itemCount == 2);
    // A partner sees its own party's copies only.
    auto politieList = s.world.as(QStringLiteral("politie")).summaryCopies(s.casusId);
    REQUIRE(politieList.has_value());
    REQUIRE(politieList->size() == 1);
    CHECK(politieList->first().recipientPartyId == s.party("Politie"));
}

TEST_CASE("Decision on printed summaries: an invited partner makes its own party's copy, the same as the procesregisseur would make for it")
{
    SummaryWorld s;
    auto own = s.make(QStringLiteral("politie"), {s.party("Politie")});
    REQUIRE(own.has_value());
    auto byProcesregisseur = s.make(QStringLiteral("pr1"), {s.party("Politie")});
    REQUIRE(byProcesregisseur.has_value());
    CHECK(own->first().document.sections.at(3).tableRows.size() == byProcesregisseur->first().document.sections.at(3).tableRows.size());
    CHECK(own->first().record.itemCount == 2);
}

TEST_CASE("P 13.7: an item whose consent was withdrawn is in no later copy")
{
    SummaryWorld s;
    const qint64 secret = *s.world.addGegeven(QStringLiteral("antes"), s.casusId, s.persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                             Grondslag::Avg6_1e, true, QStringLiteral("Behandeling bepaalt het plan"));
    const qint64 consentId = *s.world.as(QStringLiteral("antes")).recordConsent(s.casusId, s.world.consent(s.persoon, QStringLiteral("Antes")));
    REQUIRE(s.world.as(QStringLiteral("antes")).recordApproval(s.casusId, s.world.approval(secret, {s.party("Politie")})).has_value());
    auto before = s.make(QStringLiteral("pr1"), {s.party("Politie")});
    REQUIRE(before.has_value());
    CHECK(s.verstrekkingen().last().gegevenIds.contains(secret));

    REQUIRE(s.world.as(QStringLiteral("antes")).withdrawConsent(s.casusId, consentId).has_value());
    auto after = s.make(QStringLiteral("pr1"), {s.party("Politie")});
    REQUIRE(after.has_value());
    CHECK_FALSE(s.verstrekkingen().last().gegevenIds.contains(secret));
    CHECK_FALSE(printedText(after->first().document).contains(QStringLiteral("inhoud gezondheid")));
}
