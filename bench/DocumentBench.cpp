#include "DocumentBench.h"

#include "Checked.h"

#include "DocumentLayout.h"
#include "PdfExport.h"
#include "documents/CaseSummary.h"

#include <QElapsedTimer>
#include <QPdfWriter>
#include <QTemporaryDir>


namespace casusregie::bench {

namespace {

// A summary with `items` items about a handful of people, as a long casus would have.
Document longSummary(int items)
{
    CaseSummaryContent content;
    content.copyNumber = QStringLiteral("2026-0417/O3/2");
    content.casus.number = CasusNumber{2026, 417};
    content.casus.aanmeldingsdatum = QDate(2026, 9, 14);
    content.casus.reden = QStringLiteral("Aanhoudende overlast, schulden en zorgen over de kinderen");
    content.casus.phase = Phase::Casusoverleg;
    content.overleg.datum = QDateTime(QDate(2026, 12, 8), QTime(10, 30), Qt::UTC);
    content.overleg.plaats = QStringLiteral("Zorg- en Veiligheidshuis, zaal 2");
    content.recipient.name = QStringLiteral("Politie Eenheid Rotterdam");
    for (qint64 party = 1; party <= 6; ++party)
        content.partyNames.insert(party, QStringLiteral("Partij %1").arg(party));
    for (qint64 person = 1; person <= 6; ++person)
        content.betrokkenen << Betrokkene{person, 1, BetrokkeneCategorie::II, QStringLiteral("Persoon %1 Ötzürk-de Vries").arg(person),
                                          QDate(1980 + int(person), 3, 1), QStringLiteral("gezinslid")};
    for (int i = 1; i <= items; ++i) {
        Gegeven gegeven;
        gegeven.id = i;
        gegeven.betrokkeneId = 1 + i % 6;
        gegeven.category = DataCategory::Woonsituatie;
        gegeven.supplierPartyId = 1 + i % 6;
        gegeven.content = QStringLiteral("Melding %1: toelichting van de leverende partij over de situatie in en om de woning, "
                                         "met wat er is afgesproken en door wie.")
                              .arg(i);
        content.gegevens << gegeven;
    }
    return caseSummaryDocument(content);
}

} // namespace

void documentFigures(Report &report)
{
    const Document summary = longSummary(140);
    QTemporaryDir folder;
    QPdfWriter counter(folder.filePath(QStringLiteral("tellen.pdf")));
    counter.setPageLayout(render::a4Layout());
    counter.setResolution(300);
    const int pages = render::pageCount(summary, counter);
    QList<double> times;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        checked(render::writePdf({summary}, folder.filePath(QStringLiteral("samenvatting.pdf"))), "PDF schrijven");
        times << timer.nsecsElapsed() / 1e6;
    }
    report.line(QStringLiteral("Case summary PDF, %1 pages (median of 7)").arg(pages), median(times), QStringLiteral("ms"));
}

} // namespace casusregie::bench
