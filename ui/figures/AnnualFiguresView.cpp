#include "figures/AnnualFiguresView.h"

#include "common/Clock.h"
#include "documents/AnnualReport.h"
#include "domain/Phase.h"
#include "domain/Theme.h"
#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>


namespace casusregie::ui {

namespace {

// A count as shown ("<5" for 1 to 4), sorting between none and five.
TableCell countCell(const SuppressedCount &count)
{
    return TableCell(count.text(), count.hidden ? 1 : count.value);
}

QString outcomeLabel(const QString &key)
{
    if (key == QLatin1String("lopend"))
        return AnnualFiguresView::tr("still running");
    if (key == QLatin1String("niet_doorgeleid"))
        return AnnualFiguresView::tr("not taken on (niet doorgeleid)");
    if (key == QLatin1String("afgeschaald"))
        return AnnualFiguresView::tr("afgeschaald");
    if (key == QLatin1String("afgesloten"))
        return AnnualFiguresView::tr("closed");
    return key;
}

} // namespace

AnnualFiguresView::AnnualFiguresView(ServiceThread &service, int year, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_yearSpinBox(new QSpinBox(this))
    , m_receivedLabel(new QLabel(this))
    , m_figuresModel(new RowsModel({tr("Breakdown"), tr("Category"), tr("Number")}, this))
    , m_monthModel(new RowsModel({tr("Month")}, this))
{
    setObjectName(QStringLiteral("annualFiguresView"));
    m_yearSpinBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpinBox->setRange(2000, 2100);
    m_yearSpinBox->setValue(year);
    m_receivedLabel->setObjectName(QStringLiteral("receivedLabel"));
    QTableView *figuresTable = recordsView(QStringLiteral("figuresTable"), m_figuresModel, this);
    QTableView *monthTable = recordsView(QStringLiteral("monthTable"), m_monthModel, this);
    figuresTable->setAccessibleName(tr("Annual figures"));
    monthTable->setAccessibleName(tr("Casussen per phase per month"));
    monthTable->setToolTip(tr("Per month the number of cases that entered each phase, also cases registered in an earlier year."));
    monthTable->horizontalHeader()->setStretchLastSection(false);
    monthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *yearForm = new QFormLayout;
    yearForm->addRow(tr("&Year:"), m_yearSpinBox);
    auto *note = new QLabel(tr("From anonymised data of live and destroyed cases (P 11.7, C 12.3); counts of 1 to 4 are shown as <5."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearForm);
    layout->addWidget(note);
    layout->addWidget(m_receivedLabel);
    auto *tables = new QHBoxLayout;
    tables->addWidget(figuresTable, 3);
    auto *monthColumn = new QVBoxLayout;
    monthColumn->addWidget(new QLabel(tr("Cases entering each phase, per month:"), this));
    monthColumn->addWidget(monthTable);
    tables->addLayout(monthColumn, 2);
    layout->addLayout(tables);
    // C 12.3: the annual report on paper or as PDF, with the figures as shown.
    auto *documentButtons = new DocumentButtons(QStringLiteral("Jaarcijfers.pdf"), [this]() {
        QList<Document> report;
        if (m_figures)
            report << annualReportDocument(*m_figures, m_partyNames, SystemClock().today());
        return report;
    }, this);
    documentButtons->setObjectName(QStringLiteral("figuresDocumentButtons"));
    layout->addWidget(documentButtons);
    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, &AnnualFiguresView::refresh);
}

void AnnualFiguresView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    refresh();
}

void AnnualFiguresView::refresh()
{
    m_service.call(this, [year = m_yearSpinBox->value()](Service &service) { return service.annualFigures(year); },
                   [this](const Result<AnnualFigures> &figures) {
                       m_figures.reset();
                       if (!figures) {
                           m_receivedLabel->setText(tr("The figures could not be computed: %1").arg(figures.error().message));
                           m_figuresModel->setRows({});
                           m_monthModel->setRows({});
                           return;
                       }
                       m_figures = *figures;
                       showFigures(*figures);
                   });
}

void AnnualFiguresView::showFigures(const AnnualFigures &figures)
{
    m_receivedLabel->setText(tr("Cases received in %1: %2").arg(figures.year).arg(figures.received.text()));
    QList<QList<TableCell>> rows;
    const auto add = [&rows](const QString &breakdown, const QString &category, const SuppressedCount &count) {
        rows << QList<TableCell>{breakdown, category, countCell(count)};
    };
    for (auto it = figures.perTheme.begin(); it != figures.perTheme.end(); ++it) {
        const auto theme = enumFromKey<Theme>(it.key());
        add(tr("Theme"), theme ? enumLabel(*theme) : it.key(), it.value());
    }
    for (auto it = figures.perAanmeldendePartij.begin(); it != figures.perAanmeldendePartij.end(); ++it)
        add(tr("Registered by"), m_partyNames.value(it.key()), it.value());
    for (auto it = figures.perOutcome.begin(); it != figures.perOutcome.end(); ++it)
        add(tr("Outcome"), outcomeLabel(it.key()), it.value());
    const QLocale locale;
    for (auto it = figures.averageDays.begin(); it != figures.averageDays.end(); ++it) {
        const auto phase = enumFromKey<Phase>(it.key());
        rows << QList<TableCell>{tr("Average days in phase"), phase ? enumLabel(*phase) : it.key(),
                                 it.value() ? TableCell(locale.toString(*it.value(), 'f', 1), *it.value())
                                            : TableCell(tr("fewer than 5 cases"))};
    }
    m_figuresModel->setRows(rows);
    showMonths(figures);
}

void AnnualFiguresView::showMonths(const AnnualFigures &figures)
{
    const QList<Phase> phases = phasesInOrder(figures.enteredPerMonth.keys());
    QStringList headers{tr("Month")};
    for (const Phase phase : phases)
        headers << enumLabel(phase);
    const QLocale locale;
    QList<QList<TableCell>> rows;
    for (int month = 0; month < 12; ++month) {
        QList<TableCell> row{TableCell(locale.standaloneMonthName(month + 1), month)};
        for (const Phase phase : phases) {
            row << countCell(figures.enteredPerMonth.value(enumKey(phase)).value(month));
        }
        rows << row;
    }
    m_monthModel->setTable(headers, rows);
}

} // namespace casusregie::ui
