#include "documents/AnnualReport.h"

#include "domain/Phase.h"
#include "domain/Theme.h"

#include <QLocale>

#include <optional>

namespace casusregie {

namespace {

QString outcomeLabel(const QString &key)
{
    if (key == QLatin1String("lopend"))
        return QStringLiteral("nog lopend");
    if (key == QLatin1String("niet_doorgeleid"))
        return QStringLiteral("niet doorgeleid");
    if (key == QLatin1String("afgeschaald"))
        return QStringLiteral("afgeschaald (succesvol afgesloten)");
    if (key == QLatin1String("afgesloten"))
        return QStringLiteral("afgesloten");
    return key;
}

// A table of counts and the same counts as bars.
DocumentSection countsSection(const QString &heading, const QString &what, const QList<std::pair<QString, SuppressedCount>> &counts)
{
    DocumentSection section;
    section.heading = heading;
    if (counts.isEmpty()) {
        section.paragraphs << QStringLiteral("Geen casussen in dit jaar.");
        return section;
    }
    section.tableHeader = {what, QStringLiteral("Aantal casussen")};
    for (const auto &[label, count] : counts) {
        section.tableRows << DocumentRow{{label, count.text()}};
        section.bars << DocumentBar{label, count.value, count.text(), count.suppressed()};
    }
    return section;
}

// Per month how many casussen entered each phase: a column chart and the same counts as a table,
// so the exact figures can be read too.
DocumentSection perMonthSection(const AnnualFigures &figures)
{
    DocumentSection section;
    section.heading = QStringLiteral("Per maand: casussen die een fase ingingen");
    section.paragraphs << QStringLiteral("Per maand het aantal casussen dat in die maand is aangemeld, in triage kwam, in het "
                                         "casusoverleg kwam of werd afgeschaald, ook als de casus in een eerder jaar is "
                                         "aangemeld. Een gearceerde kolom staat voor 1 tot en met 4 casussen.");
    if (figures.withoutMonths.value > 0 || figures.withoutMonths.suppressed())
        section.paragraphs << QStringLiteral("Van %1 casussen die in %2 zijn aangemeld en al vernietigd zijn, is de maand niet "
                                             "bewaard; zij tellen hier niet mee.")
                                  .arg(figures.withoutMonths.text())
                                  .arg(figures.year);
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    section.tableHeader << QStringLiteral("Maand");
    const QList<Phase> phases = phasesInOrder(figures.enteredPerMonth.keys());
    section.columns.withheldLabel = QStringLiteral("1 tot en met 4");
    for (int month = 1; month <= 12; ++month) {
        section.columns.categories << dutch.monthName(month, QLocale::ShortFormat);
        section.tableRows << DocumentRow{{dutch.monthName(month)}};
    }
    for (const Phase phase : std::as_const(phases)) {
        const QList<SuppressedCount> counts = figures.enteredPerMonth.value(enumKey(phase));
        DocumentSeries series{enumLabel(phase), {}};
        section.tableHeader << enumLabel(phase);
        for (int month = 0; month < 12; ++month) {
            const SuppressedCount count = counts.value(month);
            series.bars << DocumentBar{section.columns.categories.at(month), count.value, count.text(), count.suppressed()};
            section.tableRows[month].cells << count.text();
        }
        section.columns.series << series;
    }
    return section;
}

} // namespace

Document annualReportDocument(const AnnualFigures &figures, const QHash<qint64, QString> &partyNames, QDate compiledOn)
{
    const QString &zvh = DocumentText::zvh;
    const QString title = QStringLiteral("Jaarcijfers %1").arg(figures.year);
    Document document;
    document.title = title;
    document.subject = zvh;
    document.headerLines = {zvh, title, QStringLiteral("Opgesteld op %1 (convenant artikel 12.3)").arg(DocumentText::longDate(compiledOn))};
    document.pageFooter = QStringLiteral("%1 · %2 · geanonimiseerd; aantallen van 1 tot en met 4 als \"<5\"").arg(zvh, title);
    document.sections << textSection(QStringLiteral("Ontvangen aanmeldingen"),
                                     {QStringLiteral("In %1 zijn %2 casussen aangemeld.").arg(figures.year).arg(figures.received.text()),
                                      QStringLiteral("Alle cijfers komen uit geanonimiseerde managementgegevens (privacyprotocol "
                                                     "artikel 11.7); aantallen van 1 tot en met 4 staan er als \"<5\", zodat niemand "
                                                     "herkenbaar is.")});
    QList<std::pair<QString, SuppressedCount>> themes;
    for (auto it = figures.perTheme.begin(); it != figures.perTheme.end(); ++it) {
        const auto theme = enumFromKey<Theme>(it.key());
        themes << std::pair{theme ? enumLabel(*theme) : it.key(), it.value()};
    }
    QList<std::pair<QString, SuppressedCount>> parties;
    for (auto it = figures.perAanmeldendePartij.begin(); it != figures.perAanmeldendePartij.end(); ++it)
        parties << std::pair{partyNames.value(it.key(), QStringLiteral("partij %1").arg(it.key())), it.value()};
    QList<std::pair<QString, SuppressedCount>> outcomes;
    for (auto it = figures.perOutcome.begin(); it != figures.perOutcome.end(); ++it)
        outcomes << std::pair{outcomeLabel(it.key()), it.value()};
    document.sections << countsSection(QStringLiteral("Per thema"), QStringLiteral("Thema"), themes)
                      << countsSection(QStringLiteral("Per aanmeldende partij"), QStringLiteral("Partij"), parties)
                      << countsSection(QStringLiteral("Uitkomst"), QStringLiteral("Uitkomst"), outcomes);
    DocumentSection durations;
    durations.heading = QStringLiteral("Gemiddelde doorlooptijd per fase");
    durations.tableHeader = {QStringLiteral("Fase"), QStringLiteral("Gemiddeld aantal dagen")};
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    for (const Phase phase : phasesInOrder(figures.averageDays.keys())) {
        const std::optional<double> days = figures.averageDays.value(enumKey(phase));
        durations.tableRows << DocumentRow{{enumLabel(phase), days ? dutch.toString(*days, 'f', 1) : QStringLiteral("minder dan 5 casussen")}};
    }
    if (durations.tableRows.isEmpty())
        durations = textSection(durations.heading, {QStringLiteral("Geen fase is door 5 of meer casussen afgerond.")});
    document.sections << durations << perMonthSection(figures);
    return document;
}

} // namespace casusregie
