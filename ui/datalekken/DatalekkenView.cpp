#include "datalekken/DatalekkenView.h"

#include "common/Clock.h"
#include "documents/RegisterDocuments.h"
#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "service/ServiceThread.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

namespace {

enum Column { Discovered, ReportedBy, What };

} // namespace

DatalekkenView::DatalekkenView(ServiceThread &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_summaryLabel(new QLabel(this))
    , m_model(new RowsModel({tr("Discovered"), tr("Reported by"), tr("What happened"), tr("Privacy officer (24 h)"),
                             tr("Autoriteit Persoonsgegevens (72 h)"), tr("Informing betrokkenen")},
                            this))
    , m_table(recordsView(QStringLiteral("datalekkenTable"), m_model, this))
{
    setObjectName(QStringLiteral("datalekkenView"));
    m_summaryLabel->setObjectName(QStringLiteral("datalekkenSummaryLabel"));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    // P 14.11: the overview on paper or as PDF, as compiled today (Europe/Amsterdam).
    auto *documentButtons = new DocumentButtons(QStringLiteral("Datalekken.pdf"), [this]() {
        return QList<Document>{datalekkenDocument(m_datalekken, SystemClock().today())};
    }, this);
    documentButtons->setObjectName(QStringLiteral("datalekkenDocumentButtons"));
    // P 14.8 a-f: the draft of the notification for the selected breach, to copy into the AP's form.
    auto *apDraftButton = new QPushButton(tr("Draft &AP notification…"), this);
    apDraftButton->setObjectName(QStringLiteral("apDraftButton"));
    apDraftButton->setEnabled(false);
    // The model keeps m_datalekken's order, whatever order the view shows.
    const auto selected = [this]() { return selectedModelRow(m_table); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, apDraftButton, selected]() {
        apDraftButton->setEnabled(selected() >= 0 && selected() < m_datalekken.size());
    });
    connect(apDraftButton, &QPushButton::clicked, this, [this, selected]() {
        const int row = selected();
        if (row < 0 || row >= m_datalekken.size())
            return;
        openPrintPreview(this, {apMeldingDocument(m_datalekken.at(row).datalek, SystemClock().today())})
            ->setObjectName(QStringLiteral("apDraftPreview"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table);
    layout->addWidget(apDraftButton, 0, Qt::AlignLeft);
    layout->addWidget(documentButtons);
}

void DatalekkenView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    refresh();
}

void DatalekkenView::refresh()
{
    m_service.call(this, [](Service &service) { return service.datalekken(); }, [this](const Result<QList<DatalekStatus>> &list) {
        m_datalekken.clear();
        m_model->setRows({});
        if (!list) {
            m_summaryLabel->setText(tr("The breach register could not be loaded: %1").arg(list.error().message));
            return;
        }
        m_datalekken = *list;
        const QLocale locale;
        // As the ZVH reads it, whatever the machine's time zone.
        const auto moment = [&](const QDateTime &at) { return locale.toString(inAmsterdam(at), QLocale::ShortFormat); };
        int overdue = 0;
        QList<QList<TableCell>> rows;
        for (const DatalekStatus &status : *list) {
            const Datalek &lek = status.datalek;
            const QString officer = lek.privacyOfficerInformedAt.isValid() ? tr("informed %1").arg(moment(lek.privacyOfficerInformedAt))
                                                                           : tr("due %1").arg(moment(status.clocks.privacyOfficerDue));
            QString autoriteit;
            if (lek.apNotifiedAt.isValid())
                autoriteit = tr("notified %1 (%2)").arg(moment(lek.apNotifiedAt), lek.apReference);
            else if (!lek.apNotificationRequired)
                autoriteit = tr("not required");
            else
                autoriteit = tr("due %1").arg(moment(status.clocks.autoriteitDue));
            const QString informing = !lek.decidedOnInforming ? tr("not yet decided")
                                                              : (lek.informBetrokkenen ? tr("informed") : tr("not informed: %1").arg(lek.informingGrounds));
            const bool late = status.clocks.privacyOfficerOverdue || status.clocks.autoriteitOverdue;
            overdue += late ? 1 : 0;
            rows << QList<TableCell>{TableCell(moment(lek.discoveredAt), lek.discoveredAt), m_partyNames.value(lek.reportedByPartyId),
                                     lek.aardEnOmvang, TableCell(officer, {}, late), TableCell(autoriteit, {}, late), informing};
        }
        m_model->setRows(rows);
        m_summaryLabel->setText(tr("Data breaches: %n", nullptr, int(list->size()))
                                + (overdue > 0 ? tr(", of which %n past a deadline", nullptr, overdue) : QString()));
    });
}

} // namespace casusregie::ui
