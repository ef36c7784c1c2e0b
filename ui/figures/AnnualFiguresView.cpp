#include "figures/AnnualFiguresView.h"

#include "common/Clock.h"
#include "documents/AnnualReport.h"
#include "domain/Phase.h"
#include "domain/Theme.h"
#include "forms/DocumentOutput.h"
#include "service/ServiceThread.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>


namespace casusregie::ui {

namespace {

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
    , m_table(new QTableWidget(0, 3, this))
    , m_monthTable(new QTableWidget(12, 1, this))
{
    setObjectName(QStringLiteral("annualFiguresView"));
    m_yearSpinBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpinBox->setRange(2000, 2100);
    m_yearSpinBox->setValue(year);
    m_receivedLabel->setObjectName(QStringLiteral("receivedLabel"));
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_table->setHorizontalHeaderLabels({tr("Breakdown"), tr("Category"), tr("Number")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_monthTable->setObjectName(QStringLiteral("monthTable"));
    m_monthTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthTable->setTabKeyNavigation(false);
    m_monthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_monthTable->setToolTip(tr("Per month the number of cases that entered each phase, also cases registered in an earlier year."));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_monthTable->setVerticalHeaderItem(month - 1, new QTableWidgetItem(locale.standaloneMonthName(month)));
    m_table->setTabKeyNavigation(false);

    auto *yearForm = new QFormLayout;
    yearForm->addRow(tr("&Year:"), m_yearSpinBox);
    auto *note = new QLabel(tr("From anonymised data of live and destroyed cases (P 11.7, C 12.3); counts of 1 to 4 are shown as <5."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearForm);
    layout->addWidget(note);
    layout->addWidget(m_receivedLabel);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_table, 3);
    auto *monthColumn = new QVBoxLayout;
    monthColumn->addWidget(new QLabel(tr("Cases entering each phase, per month:"), this));
    monthColumn->addWidget(m_monthTable);
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
                           m_table->setRowCount(0);
                           m_monthTable->clearContents();
                           return;
                       }
                       m_figures = *figures;
                       showFigures(*figures);
                   });
}

void AnnualFiguresView::showFigures(const AnnualFigures &figures)
{
    m_receivedLabel->setText(tr("Cases received in %1: %2").arg(figures.year).arg(figures.received.text()));
    m_table->setRowCount(0);
    const auto add = [this](const QString &breakdown, const QString &category, const QString &value) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(breakdown));
        m_table->setItem(row, 1, new QTableWidgetItem(category));
        auto *number = new QTableWidgetItem(value);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, number);
    };
    for (auto it = figures.perTheme.begin(); it != figures.perTheme.end(); ++it) {
        const auto theme = enumFromKey<Theme>(it.key());
        add(tr("Theme"), theme ? enumLabel(*theme) : it.key(), it.value().text());
    }
    for (auto it = figures.perAanmeldendePartij.begin(); it != figures.perAanmeldendePartij.end(); ++it)
        add(tr("Registered by"), m_partyNames.value(it.key()), it.value().text());
    for (auto it = figures.perOutcome.begin(); it != figures.perOutcome.end(); ++it)
        add(tr("Outcome"), outcomeLabel(it.key()), it.value().text());
    const QLocale locale;
    for (auto it = figures.averageDays.begin(); it != figures.averageDays.end(); ++it) {
        const auto phase = enumFromKey<Phase>(it.key());
        add(tr("Average days in phase"), phase ? enumLabel(*phase) : it.key(),
            it.value() ? locale.toString(*it.value(), 'f', 1) : tr("fewer than 5 cases"));
    }
    showMonths(figures);
}

void AnnualFiguresView::showMonths(const AnnualFigures &figures)
{
    const QList<Phase> phases = phasesInOrder(figures.enteredPerMonth.keys());
    m_monthTable->clearContents();
    m_monthTable->setColumnCount(int(phases.size()));
    for (int column = 0; column < phases.size(); ++column) {
        m_monthTable->setHorizontalHeaderItem(column, new QTableWidgetItem(enumLabel(phases.at(column))));
        const QList<SuppressedCount> counts = figures.enteredPerMonth.value(enumKey(phases.at(column)));
        for (int month = 0; month < 12; ++month) {
            auto *number = new QTableWidgetItem(counts.value(month).text());
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_monthTable->setItem(month, column, number);
        }
    }
}

} // namespace casusregie::ui
