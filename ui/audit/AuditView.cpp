#include "audit/AuditView.h"

#include "audit/AuditExport.h"
#include "audit/AuditFilterBar.h"
#include "audit/AuditRows.h"
#include "forms/Colours.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

AuditView::AuditView(ServiceThread &service, bool mayVerify, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_filter(new AuditFilterBar(this))
    , m_model(new RowsModel(AuditRows::headers(AuditRows::Columns::OfTheWholeLog), this))
    , m_table(recordsView(QStringLiteral("auditTable"), m_model, this))
    , m_pageLabel(new QLabel(this))
    , m_newerButton(new QPushButton(tr("&Newer"), this))
    , m_olderButton(new QPushButton(tr("&Older"), this))
    , m_exportButton(new QPushButton(tr("&Export (CSV)…"), this))
    , m_exportLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Audit records"));
    m_table->setSortingEnabled(false); // a page is in the log's order, newest first
    m_pageLabel->setObjectName(QStringLiteral("auditPageLabel"));
    m_newerButton->setObjectName(QStringLiteral("auditNewerButton"));
    m_olderButton->setObjectName(QStringLiteral("auditOlderButton"));
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    m_exportButton->setToolTip(tr("All records of this filter, not only this page; ids only, no user names"));
    m_exportLabel->setObjectName(QStringLiteral("auditExportLabel"));
    m_exportLabel->setWordWrap(true);

    auto *intro = new QLabel(tr("Every access to personal data and every change is recorded here: who, when, what, on which "
                                "objects (by id) and whether it was allowed. Your searches are recorded too."),
                             this);
    intro->setWordWrap(true);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_newerButton);
    paging->addWidget(m_olderButton);
    paging->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(recordDetail(m_table, this));
    layout->addLayout(paging);
    layout->addWidget(m_exportLabel);

    if (mayVerify) {
        m_verifyButton = new QPushButton(tr("Check the audit &chain"), this);
        m_verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
        m_verifyButton->setToolTip(tr("Each record carries a keyed hash over itself and the record before it, so any change, "
                                      "deletion or insertion breaks the chain."));
        m_brokenButton = new QPushButton(tr("Go to the first &broken record"), this);
        m_brokenButton->setObjectName(QStringLiteral("brokenRecordButton"));
        m_brokenButton->hide();
        m_resultLabel = new QLabel(this);
        m_resultLabel->setObjectName(QStringLiteral("chainResultLabel"));
        m_resultLabel->setWordWrap(true);
        auto *chain = new QHBoxLayout;
        chain->addWidget(m_verifyButton);
        chain->addWidget(m_resultLabel, 1);
        chain->addWidget(m_brokenButton);
        layout->addLayout(chain);
        connect(m_verifyButton, &QPushButton::clicked, this, &AuditView::verify);
        connect(m_brokenButton, &QPushButton::clicked, this, &AuditView::jumpToBroken);
    }

    connect(m_filter, &AuditFilterBar::searchRequested, this, &AuditView::search);
    connect(m_newerButton, &QPushButton::clicked, this, &AuditView::newerPage);
    connect(m_olderButton, &QPushButton::clicked, this, &AuditView::olderPage);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditView::askAndExport);
    m_newerButton->setEnabled(false);
    m_olderButton->setEnabled(false);
}

void AuditView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    m_filter->setPartyNames(m_partyNames);
    search();
}

void AuditView::search()
{
    const std::optional<AuditQuery> query = m_filter->query();
    if (!query)
        return; // the filter bar says what is wrong
    m_query = *query;
    m_query.limit = pageSize;
    m_newerPageStarts.clear();
    load(m_query);
}

void AuditView::load(AuditQuery page, qint64 selectId)
{
    m_pageLabel->setText(tr("Searching…"));
    m_service.call(this, [page](Service &service) { return service.auditLog(page); },
                   [this, page, selectId](const Result<AuditPage> &answer) {
                       if (!answer) {
                           m_model->setRows({});
                           m_pageLabel->setText(tr("The audit log could not be searched: %1").arg(answer.error().message));
                           return;
                       }
                       m_query.beforeId = page.beforeId;
                       showPage(*answer, selectId);
                   });
}

void AuditView::showPage(const AuditPage &page, qint64 selectId)
{
    m_page = page;
    QList<QList<TableCell>> rows;
    rows.reserve(page.records.size());
    int selectRow = -1;
    for (const AuditRecord &record : page.records) {
        if (record.id == selectId)
            selectRow = int(rows.size());
        rows << AuditRows::row(record, m_partyNames, AuditRows::Columns::OfTheWholeLog);
    }
    m_model->setRows(rows);
    const qint64 skipped = qint64(m_newerPageStarts.size()) * pageSize;
    m_pageLabel->setText(page.records.isEmpty()
                             ? tr("No records match this filter.")
                             : tr("Records %1 to %2 of this filter, newest first%3.")
                                   .arg(skipped + 1)
                                   .arg(skipped + page.records.size())
                                   .arg(page.more ? tr("; there are older ones") : QString()));
    m_newerButton->setEnabled(!m_newerPageStarts.isEmpty());
    m_olderButton->setEnabled(page.more);
    if (selectRow >= 0) {
        selectModelRow(m_table, selectRow);
        m_table->setFocus();
    }
}

void AuditView::olderPage()
{
    if (!m_page.more || m_page.records.isEmpty())
        return;
    m_newerPageStarts << m_query.beforeId;
    AuditQuery next = m_query;
    next.beforeId = m_page.records.last().id;
    load(next);
}

void AuditView::newerPage()
{
    if (m_newerPageStarts.isEmpty())
        return;
    AuditQuery previous = m_query;
    previous.beforeId = m_newerPageStarts.takeLast();
    load(previous);
}

void AuditView::verify()
{
    m_verifyButton->setEnabled(false);
    m_resultLabel->setText(tr("Checking…"));
    m_service.call(this, [](Service &service) { return service.verifyAuditChain(); }, [this](const Result<AuditChainReport> &report) {
        m_verifyButton->setEnabled(true);
        const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
        m_firstBrokenId = report && !report->intact() ? report->firstBrokenId : 0;
        m_brokenButton->setVisible(m_firstBrokenId > 0);
        if (!report) {
            m_resultLabel->setText(tr("The check could not be done: %1").arg(report.error().message));
        } else if (report->intact()) {
            m_resultLabel->setStyleSheet(QString());
            m_resultLabel->setText(tr("Intact: all %n records checked (%1).", nullptr, int(report->records)).arg(when));
        } else {
            m_resultLabel->setStyleSheet(attentionStyle());
            m_resultLabel->setText(tr("Broken at record %1: %2. Report this to the privacy officer at once (%3).")
                                       .arg(report->firstBrokenId)
                                       .arg(report->problem, when));
        }
    });
}

// The page of the whole log that holds the broken record, with that record chosen.
void AuditView::jumpToBroken()
{
    if (m_firstBrokenId <= 0)
        return;
    m_filter->clear();
    m_query = AuditQuery{.beforeId = m_firstBrokenId + 1, .limit = pageSize};
    m_newerPageStarts.clear();
    load(m_query, m_firstBrokenId);
}

void AuditView::askAndExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log — ids only"),
                                                      QDir::home().filePath(QStringLiteral("auditlog.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditView::exportTo(const QString &path)
{
    AuditQuery query = m_query;
    auto *run = new AuditExport(m_service, query, path, this);
    m_exportButton->setEnabled(false);
    m_exportLabel->setText(tr("Exporting…"));
    connect(run, &AuditExport::progressed, this,
            [this](qint64 records) { m_exportLabel->setText(tr("Exporting: %1 records so far…").arg(QLocale().toString(records))); });
    connect(run, &AuditExport::finished, this, [this, run, path](qint64 records) {
        m_exportLabel->setText(tr("Exported: %1 records to %2.").arg(QLocale().toString(records), QDir::toNativeSeparators(path)));
        m_exportButton->setEnabled(true);
        run->deleteLater();
    });
    connect(run, &AuditExport::failed, this, [this, run](const QString &problem) {
        m_exportLabel->setText(tr("Nothing was exported: %1").arg(problem));
        m_exportButton->setEnabled(true);
        run->deleteLater();
    });
    run->start();
}

} // namespace casusregie::ui
