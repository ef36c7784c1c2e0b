// Issue 12: the case summary as PDF, read back with pdftotext, pdfinfo and pdffonts.
#include "PdfReader.h"

#include "../service/SummaryWorld.h"

#include "DocumentLayout.h"
#include "PdfExport.h"

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
