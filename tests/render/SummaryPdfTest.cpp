// Issue 12: the case summary as PDF, read back with pdftotext, pdfinfo and pdffonts.
#include "PdfReader.h"

#include "../service/SummaryWorld.h"

#include "DocumentLayout.h"
#include "demo/DemoGenerator.h"
#include "documents/AnnualReport.h"
#include "documents/RegisterDocuments.h"
#include "documents/RightsDocuments.h"
#include "common/Clock.h"
#include "storage/PartyRepository.h"
#include "PdfExport.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace casusregie;
using namespace casusregie::test;

namespace {

// A summary long enough for several pages: one table of `rows` rows.
Document longDocument(int rows)
{
    Document document;
    document.title = QStringLiteral("Casussamenvatting voor het casusoverleg");
    document.headerLines = {QStringLiteral("Zorg- en Veiligheidshuis Rotterdam-Rijnmond"), QStringLiteral("Voor: Politie")};
    document.notice = QStringLiteral("Vertrouwelijk — alleen voor Politie");
    document.pageFooter = QStringLiteral("Exemplaar 2026-0001/O1/7 · Na afloop inleveren of vernietigen");
    DocumentSection section;
    section.heading = QStringLiteral("Gegevens");
    section.tableHeader = {QStringLiteral("Kolomkop betrokkene"), QStringLiteral("Kolomkop gegeven")};
    for (int row = 1; row <= rows; ++row)
        section.tableRows << DocumentRow{{QStringLiteral("Persoon %1").arg(row),
                                          QStringLiteral("Regel %1 met een toelichting die de cel wat breder maakt").arg(row)}};
    document.sections << section;
    return document;
}

QString savedPdf(const QTemporaryDir &folder, const QString &name, const QList<Document> &documents)
{
    const QString path = folder.filePath(name);
    REQUIRE(render::writePdf(documents, path).has_value());
    return path;
}

// The privacy officer's and the hoofd's documents of the demo data, for docs/documents.md.
void writeOfficerExamples(InitialisedDatabase &setup, const Clock &clock, const QDir &examples)
{
    LocalService privacy(setup.database(), clock, setup.auditKey);
    LocalService hoofd(setup.database(), clock, setup.auditKey);
    REQUIRE(privacy.login(QStringLiteral("privacy.mulder"), demo::demoPassword).has_value());
    REQUIRE(hoofd.login(QStringLiteral("hoofd.dekker"), demo::demoPassword).has_value());
    const auto write = [&](const Document &document, const char *name) {
        REQUIRE(render::writePdf({document}, examples.filePath(QLatin1String(name))).has_value());
    };
    write(verwerkingsregisterDocument(*privacy.verwerkingsregister(), clock.today()), "verwerkingsregister.pdf");
    write(verwerkersDocument(*privacy.verwerkers(), clock.today()), "verwerkers.pdf");
    const auto datalekken = privacy.datalekken();
    REQUIRE(datalekken.has_value());
    write(datalekkenDocument(*datalekken, clock.today()), "datalekken.pdf");
    write(apMeldingDocument(datalekken->first().datalek, clock.today()), "ap-melding.pdf");
    const auto verzoeken = hoofd.verzoeken();
    REQUIRE(verzoeken.has_value());
    for (const VerzoekStatus &status : *verzoeken) {
        if (status.verzoek.type == VerzoekType::Inzage && status.verzoek.besluit != VerzoekBesluit::Open) {
            write(inzageOverzichtDocument(*hoofd.inzageOverzicht(status.verzoek.id)), "inzageoverzicht.pdf");
            write(besluitbriefDocument(status.verzoek, status.deadline, clock.today()), "besluitbrief.pdf");
        }
    }
}

} // namespace

TEST_CASE("C 13.2f read back from the PDFs: each party's copy holds its own and its approved items, none approved only for another party")
{
    SummaryWorld s;
    auto copies = s.make(QStringLiteral("pr1"), {s.party("Politie"), s.party("OM"), s.party("Veilig Thuis")});
    REQUIRE(copies.has_value());
    QTemporaryDir folder;
    const QString politie = pdfReading(savedPdf(folder, QStringLiteral("politie.pdf"), {copies->at(0).document}));
    const QString om = pdfReading(savedPdf(folder, QStringLiteral("om.pdf"), {copies->at(1).document}));

    const QString veiligThuis = pdfReading(savedPdf(folder, QStringLiteral("vt.pdf"), {copies->at(2).document}));

    CHECK(politie.contains(QStringLiteral("Twee meldingen van geluidsoverlast")));
    CHECK(politie.contains(QStringLiteral("In beeld bij de wijk-GGZ")));
    CHECK_FALSE(politie.contains(QStringLiteral("Lopende zaak bij de officier")));
    CHECK(politie.contains(QStringLiteral("Ümit Çelik"))); // diacritics survive the PDF
    CHECK(om.contains(QStringLiteral("Lopende zaak bij de officier")));
    CHECK_FALSE(om.contains(QStringLiteral("geluidsoverlast")));
    CHECK_FALSE(om.contains(QStringLiteral("wijk-GGZ")));
    CHECK(veiligThuis.contains(QStringLiteral("geen gegevens goedgekeurd")));
    CHECK_FALSE(veiligThuis.contains(QStringLiteral("Çelik")));
}

TEST_CASE("Issue 12: every page carries the copy number, the instruction to hand it in and pagina X van Y, and a long table repeats its header row")
{
    QTemporaryDir folder;
    const QString path = savedPdf(folder, QStringLiteral("lang.pdf"), {longDocument(160)});
    const int pages = pdfPages(path);
    REQUIRE(pages >= 3);
    for (int page = 1; page <= pages; ++page) {
        INFO("pagina " << page);
        const QString text = pdfReading(path, page);
        CHECK(text.contains(QStringLiteral("2026-0001/O1/7")));
        CHECK(text.contains(QStringLiteral("Na afloop inleveren of vernietigen")));
        CHECK(text.contains(QStringLiteral("pagina %1 van %2").arg(page).arg(pages)));
        CHECK(text.contains(QStringLiteral("Kolomkop gegeven")));
        // No row is split over two pages: each person's line stands on the page of its name.
        for (int row = 1; row <= 160; ++row) {
            if (text.contains(QStringLiteral("Persoon %1 ").arg(row)))
                CHECK(text.contains(QStringLiteral("Persoon %1 Regel %1 met").arg(row)));
        }
    }
    // Every row is printed once, none lost at a page break.
    const QString all = pdfReading(path);
    for (const int row : {1, 80, 160})
        CHECK(all.count(QStringLiteral("Persoon %1 ").arg(row)) == 1);
}

TEST_CASE("Issue 12: a short table is kept whole on one page and prints its header row once")
{
    // A long first table pushes the second, short one near the end of a page.
    for (const int firstRows : {20, 30, 38, 44}) {
        Document document = longDocument(firstRows);
        DocumentSection shortTable;
        shortTable.heading = QStringLiteral("Korte tabel");
        shortTable.tableHeader = {QStringLiteral("Maandkop"), QStringLiteral("Aantalkop")};
        for (int month = 1; month <= 12; ++month)
            shortTable.tableRows << DocumentRow{{QStringLiteral("Maand%1").arg(month), QString::number(month)}};
        document.sections << shortTable;
        QTemporaryDir folder;
        const QString path = savedPdf(folder, QStringLiteral("kort.pdf"), {document});
        INFO(firstRows << " rijen ervoor");
        const QString all = pdfReading(path);
        CHECK(all.count(QStringLiteral("Maandkop")) == 1);
        int pageOfFirst = 0;
        int pageOfLast = 0;
        for (int page = 1; page <= pdfPages(path); ++page) {
            const QString text = pdfReading(path, page) + QLatin1Char(' ');
            if (text.contains(QStringLiteral("Maand1 ")))
                pageOfFirst = page;
            if (text.contains(QStringLiteral("Maand12 ")))
                pageOfLast = page;
        }
        CHECK(pageOfFirst > 0);
        CHECK(pageOfFirst == pageOfLast);
    }
}

TEST_CASE("Issue 12: several copies in one print job each number their own pages")
{
    QTemporaryDir folder;
    Document second = longDocument(10);
    second.pageFooter = QStringLiteral("Exemplaar 2026-0001/O1/8");
    const QString path = savedPdf(folder, QStringLiteral("twee.pdf"), {longDocument(160), second});
    const int pages = pdfPages(path);
    const QString last = pdfReading(path, pages);
    CHECK(last.contains(QStringLiteral("2026-0001/O1/8")));
    CHECK(last.contains(QStringLiteral("pagina 1 van 1")));
}

TEST_CASE("Issue 12: a saved PDF is readable by its owner only, names nobody in its metadata and embeds its fonts")
{
    SummaryWorld s;
    auto copies = s.make(QStringLiteral("pr1"), {s.party("Politie")});
    REQUIRE(copies.has_value());
    QTemporaryDir folder;
    const QString path = savedPdf(folder, QStringLiteral("politie.pdf"), {copies->first().document});
    CHECK(QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString info = pdfInfo(path);
    CHECK(info.contains(QStringLiteral("Casussamenvatting voor het casusoverleg")));
    const Casus casus = *s.world.as(QStringLiteral("pr1")).casus(s.casusId);
    CHECK_FALSE(info.contains(casus.number.toString()));
    CHECK_FALSE(info.contains(QStringLiteral("Çelik")));
    CHECK_FALSE(info.contains(QStringLiteral("Celik")));
    const QString fonts = pdfFonts(path);
    CHECK(fonts.contains(QStringLiteral("DejaVuSans")));
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (!line.trimmed().isEmpty()) {
            INFO(line.toStdString());
            CHECK(line.contains(QStringLiteral(" yes ")));
        }
    }
}

TEST_CASE("Issue 12: a PDF that cannot be written gives a clear error and leaves no file behind")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("bestaat-niet/samenvatting.pdf"));
    const auto written = render::writePdf({longDocument(3)}, path);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().message.contains(QStringLiteral("kon niet worden geschreven")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Issue 12: a table cell longer than a page is printed whole across pages, nothing cut off")
{
    Document document = longDocument(2);
    QStringList words;
    for (int word = 1; word <= 1800; ++word)
        words << QStringLiteral("woord%1").arg(word);
    document.sections.first().tableRows << DocumentRow{{QStringLiteral("Persoon lang"), words.join(QLatin1Char(' '))}};
    QTemporaryDir folder;
    const QString path = savedPdf(folder, QStringLiteral("lange-cel.pdf"), {document});
    REQUIRE(pdfPages(path) >= 2);
    const QString text = pdfReading(path);
    for (const int word : {1, 900, 1800})
        CHECK((text + QLatin1Char(' ')).contains(QStringLiteral("woord%1 ").arg(word)));
    // No line printed twice at a page break (clipped text would still be in the PDF's text).
    int twice = 0;
    for (int word = 1; word <= 1800; ++word)
        twice += (text + QLatin1Char(' ')).count(QStringLiteral("woord%1 ").arg(word)) != 1 ? 1 : 0;
    CHECK(twice == 0);
}

TEST_CASE("Issue 12 on the demo data: pr.devries makes the three copies of the upcoming overleg in one action, each PDF holds only its party's items, and the casus lists three copies and verstrekkingen")
{
    FakeClock clock;
    InitialisedDatabase setup{clock};
    // More casussen when the examples for docs/documents.md are made, so the annual report has counts of 5 and up.
    const int cases = qEnvironmentVariableIsEmpty("CASUSREGIE_DOCUMENT_EXAMPLES") ? 40 : 600;
    REQUIRE(demo::fillDemoData(setup.database(), setup.auditKey, clock, {cases, 2026, {}}).has_value());
    LocalService pr(setup.database(), clock, setup.auditKey);
    REQUIRE(pr.login(QStringLiteral("pr.devries"), demo::demoPassword).has_value());
    // The demo's example: the overleg five days from now.
    qint64 casusId = 0;
    Overleg upcoming;
    const auto worklist = pr.worklist();
    REQUIRE(worklist.has_value());
    for (const CasusOverview &casus : *worklist) {
        for (const Overleg &overleg : pr.overleggen(casus.id).value_or(QList<Overleg>{})) {
            if (dateInAmsterdam(overleg.datum) == clock.today().addDays(5)) {
                casusId = casus.id;
                upcoming = overleg;
            }
        }
    }
    REQUIRE(casusId != 0);
    REQUIRE(upcoming.invitedPartyIds.size() == 3);
    auto copies = pr.makeSummaryCopies(casusId, upcoming.id, upcoming.invitedPartyIds);
    REQUIRE(copies.has_value());
    REQUIRE(copies->size() == 3);

    const auto item = [](DataCategory category) { return QStringLiteral("%1 (fictief demogegeven)").arg(enumLabel(category)); };
    const QList<DataCategory> all{DataCategory::Adres, DataCategory::Politiegegevens, DataCategory::Gezondheid, DataCategory::Strafvorderlijk};
    QMap<QString, QList<DataCategory>> expected{
        {QStringLiteral("Politie"), all},                                   // its own and approved for it
        {QStringLiteral("Antes"), all},                                     // idem
        {QStringLiteral("OM"), {DataCategory::Strafvorderlijk}},           // nothing approved: its own only
    };
    QTemporaryDir folder;
    for (const SummaryCopy &copy : *copies) {
        const Party recipient = *PartyRepository(setup.database()).byId(copy.record.recipientPartyId);
        INFO(recipient.shortName.toStdString());
        const QString text = pdfReading(savedPdf(folder, recipient.shortName + QStringLiteral(".pdf"), {copy.document}));
        for (const DataCategory category : all)
            CHECK(text.contains(item(category)) == expected.value(recipient.shortName).contains(category));
        CHECK(copy.record.itemCount == expected.value(recipient.shortName).size());
        // `cmake --build build --target update_document_examples` keeps these for docs/documents.md.
        if (const QString examples = qEnvironmentVariable("CASUSREGIE_DOCUMENT_EXAMPLES"); !examples.isEmpty())
            REQUIRE(render::writePdf({copy.document}, QDir(examples).filePath(QStringLiteral("casussamenvatting-%1.pdf")
                                                                                   .arg(recipient.shortName.toLower())))
                        .has_value());
    }
    CHECK(pr.summaryCopies(casusId)->size() == 3);
    CHECK(VerstrekkingRepository(setup.database()).forCasus(casusId)->size() == 3);

    // The annual report of the same demo data, for docs/documents.md.
    if (const QString examples = qEnvironmentVariable("CASUSREGIE_DOCUMENT_EXAMPLES"); !examples.isEmpty()) {
        const auto figures = pr.annualFigures(clock.today().year() - 1);
        REQUIRE(figures.has_value());
        QHash<qint64, QString> names;
        const auto parties = PartyRepository(setup.database()).all();
        for (const Party &party : *parties)
            names.insert(party.id, party.name);
        REQUIRE(render::writePdf({annualReportDocument(*figures, names, clock.today())},
                                 QDir(examples).filePath(QStringLiteral("jaarcijfers.pdf")))
                    .has_value());
        writeOfficerExamples(setup, clock, QDir(examples));
    }
}
