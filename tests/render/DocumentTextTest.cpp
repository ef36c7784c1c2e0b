// Issue 12: the text of each document on fixed fictional data, line by line (golden tests).
#include "documents/AnnualReport.h"
#include "documents/CaseSummary.h"
#include "documents/RegisterDocuments.h"
#include "documents/RightsDocuments.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace casusregie;
using namespace casusregie::test;

namespace {

const QDate compiled(2026, 11, 28);

} // namespace

TEST_CASE("Issue 12, P 22.3: the processors' list names the hoofd's approval and the next yearly review, a late one marked and one waiting for the hoofd said so")
{
    const Document document = verwerkersDocument(
        {Verwerker{1, QStringLiteral("Hostingbedrijf Rijnmond (fictief)"), QStringLiteral("hosting van de server"), QDate(2025, 3, 1), QDate(2025, 11, 1)},
         Verwerker{2, QStringLiteral("Archiefdienst Zuid (fictief)"), QStringLiteral("vernietiging van papier"), QDate(2026, 2, 10), {}},
         Verwerker{3, QStringLiteral("Tolkendienst West (fictief)"), QStringLiteral("tolken bij overleggen"), {}, {}}},
        compiled);
    CHECK(documentLines(document) == QStringList{
                                 QStringLiteral("Zorg- en Veiligheidshuis Rotterdam-Rijnmond"),
                                 QStringLiteral("Overzicht van verwerkers"),
                                 QStringLiteral("Opgesteld op 28 november 2026 (P 22.3)"),
                                 QString(),
                                 QStringLiteral("Verwerkers en hun jaarlijkse beoordeling"),
                                 QStringLiteral("Een verwerkersovereenkomst geldt met de schriftelijke toestemming van het hoofd en wordt "
                                                "daarna ten minste eens per jaar beoordeeld. Een verwerker die nog op het hoofd wacht, "
                                                "mag nog geen persoonsgegevens verwerken."),
                                 QStringLiteral("Verwerker | Dienst | Goedgekeurd door het hoofd | Laatst beoordeeld | Volgende beoordeling"),
                                 QStringLiteral("Hostingbedrijf Rijnmond (fictief) | hosting van de server | 1 maart 2025 | 1 november 2025 | "
                                                "1 november 2026 (te laat)"),
                                 QStringLiteral("Archiefdienst Zuid (fictief) | vernietiging van papier | 10 februari 2026 | nog niet | "
                                                "10 februari 2027"),
                                 QStringLiteral("Tolkendienst West (fictief) | tolken bij overleggen | wacht op het hoofd | nog niet | "
                                                "na de toestemming"),
                                 QStringLiteral("Zorg- en Veiligheidshuis Rotterdam-Rijnmond · Overzicht van verwerkers · opgesteld op "
                                                "28 november 2026"),
                             });
}

TEST_CASE("Issue 12, P 14.8 a-f: the draft notification to the AP holds the six elements of the breach and says it is a draft")
{
    Datalek datalek;
    datalek.id = 7;
    datalek.discoveredAt = QDateTime(QDate(2026, 11, 20), QTime(8, 15), QTimeZone::utc());
    datalek.aardEnOmvang = QStringLiteral("Verslag naar een verkeerde ontvanger gemaild (fictief)");
    datalek.categorieenBetrokkenen = QStringLiteral("één hoofdpersoon");
    datalek.categorieenGegevens = QStringLiteral("naam, politiegegevens");
    datalek.versleuteling = QStringLiteral("nee");
    datalek.aanbevolenMaatregelen = QStringLiteral("alert zijn op ongewenst contact");
    datalek.gevolgenEnHerstel = QStringLiteral("ontvanger heeft de e-mail verwijderd");
    datalek.contactpersoon = QStringLiteral("privacyfunctionaris ZVHRR");
    const QStringList text = documentLines(apMeldingDocument(datalek, compiled));
    CHECK(text.at(1) == QStringLiteral("Concept-melding datalek aan de Autoriteit Persoonsgegevens"));
    CHECK(text.at(3).startsWith(QStringLiteral("Concept — ")));
    CHECK(text.at(4) == QStringLiteral("Datalek 7, ontdekt 20 november 2026, 09:15")); // Amsterdam time
    CHECK(text.mid(6, 7) == QStringList{
                                QStringLiteral("a. Aard van de inbreuk | Verslag naar een verkeerde ontvanger gemaild (fictief)"),
                                QStringLiteral("b. Categorieën betrokkenen en hun aantal | één hoofdpersoon"),
                                QStringLiteral("c. Categorieën persoonsgegevens | naam, politiegegevens"),
                                QStringLiteral("d. Versleuteld, geanonimiseerd of anders onbegrijpelijk | nee"),
                                QStringLiteral("e. Aanbevolen maatregelen voor betrokkenen | alert zijn op ongewenst contact"),
                                QStringLiteral("f. Gevolgen en herstel | ontvanger heeft de e-mail verwijderd"),
                                QStringLiteral("Contactpersoon | privacyfunctionaris ZVHRR"),
                            });
}

TEST_CASE("Issue 12, P 24.3 a-f and P 14.11: the register lists each activity's six elements, the breach overview what was done and told")
{
    const Document activities = verwerkingsregisterDocument(
        {Verwerking{1, QStringLiteral("Casusregie"), QStringLiteral("de convenantpartijen"), QStringLiteral("C 1.4"), QStringLiteral("B3"),
                    QStringLiteral("I-IV"), QStringLiteral("deelnemers casusoverleg"), QString()}},
        compiled);
    CHECK(documentLines(activities).contains(QStringLiteral("f. Doorgifte aan derde landen | (niet vastgelegd)")));
    CHECK(documentLines(activities).contains(QStringLiteral("a. Verwerkingsverantwoordelijken | de convenantpartijen")));
    CHECK(documentLines(verwerkingsregisterDocument({}, compiled)).contains(QStringLiteral("Het register is leeg.")));

    Datalek lek;
    lek.id = 3;
    lek.discoveredAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
    lek.aardEnOmvang = QStringLiteral("Laptop kwijt (fictief)");
    lek.apNotifiedAt = QDateTime(QDate(2026, 11, 5), QTime(9, 0), QTimeZone::utc());
    lek.apReference = QStringLiteral("AP-2026-123");
    lek.decidedOnInforming = true;
    lek.informingGrounds = QStringLiteral("P 14.9 a: versleuteld");
    DatalekClocks late;
    late.autoriteitOverdue = true;
    const QStringList overview = documentLines(datalekkenDocument({DatalekStatus{lek, late}}, compiled));
    CHECK(overview.contains(QStringLiteral("Gemeld aan de AP | 5 november 2026, 10:00 (kenmerk AP-2026-123) — later dan 72 uur na ontdekking")));
    CHECK(overview.contains(QStringLiteral("Betrokkenen geïnformeerd | nee: P 14.9 a: versleuteld")));
    CHECK(overview.contains(QStringLiteral("Vertrouwelijk — voor de privacyfunctionaris, het hoofd en de toezichthouder")));
}

TEST_CASE("Issue 12, C 13.2f: the case summary's header, notice, sections and footer in order, and a recipient without items is told so")
{
    CaseSummaryContent content;
    content.copyNumber = QStringLiteral("2026-0017/O2/3");
    content.casus.number = CasusNumber{2026, 17};
    content.casus.aanmeldingsdatum = QDate(2026, 10, 2);
    content.casus.reden = QStringLiteral("Overlast (fictief)");
    content.casus.phase = Phase::Casusoverleg;
    content.overleg.datum = QDateTime(QDate(2026, 12, 3), QTime(13, 0), QTimeZone::utc());
    content.overleg.plaats = QStringLiteral("zaal 2");
    content.recipient = Party{4, QStringLiteral("Veilig Thuis Rotterdam-Rijnmond"), QStringLiteral("Veilig Thuis"), PartyType::Overig, {}};
    content.madeBy = QStringLiteral("Anouk de Vries");
    content.madeAt = QDateTime(QDate(2026, 11, 28), QTime(15, 45), QTimeZone::utc());
    const QStringList text = documentLines(caseSummaryDocument(content));
    CHECK(text.mid(0, 5) == QStringList{
                                QStringLiteral("Zorg- en Veiligheidshuis Rotterdam-Rijnmond"),
                                QStringLiteral("Casussamenvatting casus 2026-0017"),
                                QStringLiteral("Casusoverleg: 3 december 2026, 14:00, zaal 2"),
                                QStringLiteral("Voor: Veilig Thuis Rotterdam-Rijnmond"),
                                QStringLiteral("Vertrouwelijk — alleen voor Veilig Thuis Rotterdam-Rijnmond in het casusoverleg van 3 december 2026"),
                            });
    CHECK(text.last() == QStringLiteral("Exemplaar 2026-0017/O2/3 · gemaakt door Anouk de Vries op 28 november 2026, 16:45 · "
                                        "Na afloop inleveren of vernietigen"));
    CHECK(text.contains(QStringLiteral("Voor Veilig Thuis Rotterdam-Rijnmond zijn in deze fase geen gegevens goedgekeurd door de "
                                       "leverende partijen; deze samenvatting bevat daarom geen gegevens (C 13.2f, P 3.5c).")));
    QStringList headings;
    for (const DocumentSection &section : caseSummaryDocument(content).sections)
        headings << section.heading;
    CHECK(headings == QStringList{QStringLiteral("Casus"), QStringLiteral("Agenda van het casusoverleg"), QStringLiteral("Betrokkenen"),
                                  QStringLiteral("Gegevens voor Veilig Thuis Rotterdam-Rijnmond"), QStringLiteral("Eerdere besluiten"),
                                  QStringLiteral("Plan van aanpak")});
}

TEST_CASE("Issue 12, P 18.3: the decision letter is addressed to the requester, states the decision with its motivation and where to complain")
{
    Verzoek verzoek;
    verzoek.type = VerzoekType::Inzage;
    verzoek.receivedOn = QDate(2026, 11, 2);
    verzoek.requesterName = QStringLiteral("J. de Vries (fictief)");
    verzoek.requesterBirthDate = QDate(1979, 4, 30);
    verzoek.identityVerifiedOn = QDate(2026, 11, 4);
    verzoek.besluit = VerzoekBesluit::Afgewezen;
    verzoek.motivation = QStringLiteral("Art. 23 AVG: lopend strafrechtelijk onderzoek");
    const QStringList text = documentLines(besluitbriefDocument(verzoek, QDate(2026, 12, 2), compiled));
    CHECK(text.at(2) == QStringLiteral("Aan: J. de Vries (fictief) (geboren 30 april 1979)"));
    CHECK(text.contains(QStringLiteral("Op 2 november 2026 ontvingen wij uw verzoek om inzage in uw persoonsgegevens.")));
    CHECK(text.contains(QStringLiteral("Uw identiteit is vastgesteld op 4 november 2026.")));
    CHECK(text.contains(QStringLiteral("Wij wijzen uw verzoek af.")));
    CHECK(text.contains(QStringLiteral("Motivering: Art. 23 AVG: lopend strafrechtelijk onderzoek")));
    CHECK(text.join(QLatin1Char(' ')).contains(QStringLiteral("klacht indienen bij het Zorg- en Veiligheidshuis en bij de Autoriteit")));
    // The name is on the paper, never in the PDF's metadata.
    CHECK_FALSE(besluitbriefDocument(verzoek, {}, compiled).title.contains(QStringLiteral("Vries")));
}

TEST_CASE("Issue 12, P 18.1 a-h, 18.5, 17.5: the inzage overview has the eight parts and the copy, names routed OM data, never the kept OM records")
{
    InzageOverzicht overzicht;
    overzicht.requesterName = QStringLiteral("J. de Vries (fictief)");
    overzicht.compiledOn = compiled;
    overzicht.doeleinden = {QStringLiteral("Gezamenlijk beeld")};
    overzicht.rechten = QStringLiteral("U kunt correctie vragen.");
    overzicht.klachtrecht = QStringLiteral("Klacht bij de AP.");
    overzicht.geautomatiseerdeBesluitvorming = QStringLiteral("Geen.");
    overzicht.kopie = {InzageRegel{QStringLiteral("Adresgegevens"), QStringLiteral("Kerkstraat 1 (fictief)"), QStringLiteral("Gemeente Rotterdam"),
                                   QStringLiteral("Triage")}};
    overzicht.doorverwezen = {QStringLiteral("OM-gegevens: doorgestuurd naar de privacyfunctionaris van het OM (P 17.5).")};
    BewaardeOmVerstrekking kept;
    kept.betrokkeneNaam = QStringLiteral("Geheim bewaard record");
    overzicht.bewaardeOmVerstrekkingen = {kept};
    const QStringList text = documentLines(inzageOverzichtDocument(overzicht));
    for (const char *part : {"a. Doeleinden", "b. Categorieën persoonsgegevens", "c. Ontvangers", "d. Bewaartermijn", "e. Uw rechten",
                             "f. Klachtrecht", "g. Bronnen", "h. Geautomatiseerde besluitvorming", "Kopie van uw gegevens"})
        CHECK(text.contains(QString::fromUtf8(part)));
    CHECK(text.contains(QStringLiteral("Adresgegevens | Kerkstraat 1 (fictief) | Gemeente Rotterdam | Triage")));
    CHECK(text.contains(QStringLiteral("OM-gegevens: doorgestuurd naar de privacyfunctionaris van het OM (P 17.5).")));
    CHECK_FALSE(text.join(QLatin1Char(' ')).contains(QStringLiteral("Geheim bewaard record")));
}

TEST_CASE("Issue 12, C 12.3: the annual report prints withheld counts as <5 with a bar that gives no length away, the rest as counted")
{
    AnnualFigures figures;
    figures.year = 2026;
    figures.received = SuppressedCount{37, false};
    figures.perTheme.insert(enumKey(Theme::HuiselijkGeweld), SuppressedCount{21, false});
    figures.perTheme.insert(enumKey(Theme::Radicalisering), SuppressedCount{0, true});
    figures.perOutcome.insert(QStringLiteral("afgeschaald"), SuppressedCount{12, false});
    figures.averageDays.insert(enumKey(Phase::Triage), 11.5);
    figures.averageDays.insert(enumKey(Phase::Casusoverleg), std::nullopt);
    QList<SuppressedCount> triage(12);
    triage[2] = SuppressedCount{9, false};
    triage[3] = SuppressedCount{0, true};
    figures.enteredPerMonth.insert(enumKey(Phase::Triage), triage);
    figures.enteredPerMonth.insert(enumKey(Phase::Aanmelding), QList<SuppressedCount>(12));
    const Document report = annualReportDocument(figures, {}, compiled);
    const QStringList text = documentLines(report);
    CHECK(text.contains(QStringLiteral("In 2026 zijn 37 casussen aangemeld.")));
    CHECK(text.contains(QStringLiteral("%1 | <5").arg(enumLabel(Theme::Radicalisering))));
    CHECK(text.contains(QStringLiteral("%1 | 21").arg(enumLabel(Theme::HuiselijkGeweld))));
    CHECK(text.contains(QStringLiteral("afgeschaald (succesvol afgesloten) | 12")));
    CHECK(text.contains(QStringLiteral("%1 | 11,5").arg(enumLabel(Phase::Triage))));
    CHECK(text.contains(QStringLiteral("%1 | minder dan 5 casussen").arg(enumLabel(Phase::Casusoverleg))));
    const QList<DocumentBar> themeBars = report.sections.at(1).bars;
    REQUIRE(themeBars.size() == 2);
    for (const DocumentBar &bar : themeBars) {
        if (bar.withheld) {
            CHECK(bar.value == 0);
            CHECK(bar.valueText == QStringLiteral("<5"));
        } else {
            CHECK(bar.value == 21);
        }
    }

    // Per month: a table in phase order and a column chart with the same counts.
    CHECK(text.contains(QStringLiteral("Maand | %1 | %2").arg(enumLabel(Phase::Aanmelding), enumLabel(Phase::Triage))));
    CHECK(text.contains(QStringLiteral("maart | 0 | 9")));
    CHECK(text.contains(QStringLiteral("april | 0 | <5")));
    const DocumentColumnChart chart = report.sections.last().columns;
    REQUIRE(chart.categories.size() == 12);
    REQUIRE(chart.series.size() == 2);
    CHECK(chart.series.at(1).name == enumLabel(Phase::Triage));
    CHECK(chart.series.at(1).bars.at(2).value == 9);
    CHECK(chart.series.at(1).bars.at(3).withheld);
    CHECK(chart.series.at(1).bars.at(3).value == 0);
}
