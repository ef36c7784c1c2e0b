#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casusregie {

// A printable document as plain data: what to print, not how. Core builds it from what the
// service may show; a renderer with a paint device (render/DocumentRenderer) lays it out. So
// the client, the admin tool and the tests print exactly the same text.
struct DocumentRow {
    QStringList cells;
};

// One bar of a bar chart. A count kept back to protect small groups (1 to 4, C 12.3) has no
// value: it is drawn hatched with its text ("<5"), never with a length that would give it away.
struct DocumentBar {
    QString label;
    int value = 0;
    QString valueText; // what is printed at the bar's end
    bool withheld = false;
};

// A column chart of several series over the same categories, e.g. the phases over the months:
// per category one group of columns, one column per series, and a legend with the series' names.
struct DocumentSeries {
    QString name;
    QList<DocumentBar> bars; // one per category, in the categories' order
};

struct DocumentColumnChart {
    QStringList categories; // empty: no chart
    QList<DocumentSeries> series;
    QString withheldLabel; // the legend of a hatched column, e.g. "1 tot en met 4"
};

// A heading, its paragraphs, then at most one column chart, at most one table whose header row
// repeats on every page, then at most one horizontal bar chart.
struct DocumentSection {
    QString heading;
    QStringList paragraphs;
    DocumentColumnChart columns;
    QStringList tableHeader; // empty: no table
    QList<DocumentRow> tableRows;
    QList<DocumentBar> bars; // empty: no chart
};

// A section of text only: a heading and its paragraphs.
inline DocumentSection textSection(const QString &heading, const QStringList &paragraphs)
{
    DocumentSection section;
    section.heading = heading;
    section.paragraphs = paragraphs;
    return section;
}

struct Document {
    QString title;              // also the PDF title: never personal data
    QString subject;            // also the PDF subject: never personal data
    QStringList headerLines;    // at the top of the first page
    QString notice;             // printed boxed under the header (e.g. who the copy is for)
    QString pageFooter;         // on every page, before "pagina X van Y"
    QList<DocumentSection> sections;
};

namespace DocumentText {

// Who every document comes from: in its header and as the PDF's subject.
inline const QString zvh = QStringLiteral("Zorg- en Veiligheidshuis Rotterdam-Rijnmond");

// A field left empty, said so on paper rather than left blank.
QString orNotRecorded(const QString &text);

// "28 november 2026", as Dutch letters and forms write dates.
QString longDate(QDate date);
// "28 november 2026, 14:30"
QString longDateTime(const QDateTime &moment);

} // namespace DocumentText

} // namespace casusregie
