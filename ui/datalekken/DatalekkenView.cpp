#include "datalekken/DatalekkenView.h"

#include "common/Clock.h"
#include "datalekken/DatalekAssessmentDialogs.h"
#include "documents/RegisterDocuments.h"
#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "main/RoleScreens.h"
#include "service/ServiceThread.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

namespace {

enum Column { Discovered, ReportedBy, What };

// What the AP notification still lacks, as the list shows it: "b, d".
QString missingAssessment(const Datalek &lek)
{
    return missingForApNotification(lek).join(QStringLiteral(", "));
}

} // namespace

DatalekkenView::DatalekkenView(ServiceThread &service, const Clock &clock, User user, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_summaryLabel(new QLabel(this))
    , m_model(new RowsModel({tr("Discovered"), tr("Reported by"), tr("What happened"), tr("Privacy officer (24 h)"),
                             tr("Autoriteit Persoonsgegevens (72 h)"), tr("Assessment (P 14.8)"), tr("Informing betrokkenen")},
                            this))
    , m_table(recordsView(QStringLiteral("datalekkenTable"), m_model, this))
    , m_assessButton(new QPushButton(tr("A&ssess…"), this))
    , m_apButton(new QPushButton(tr("AP &notified…"), this))
    , m_apDraftButton(new QPushButton(tr("Draft &AP notification…"), this))
{
    setObjectName(QStringLiteral("datalekkenView"));
    m_summaryLabel->setObjectName(QStringLiteral("datalekkenSummaryLabel"));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Data breach register"));
    m_assessButton->setObjectName(QStringLiteral("assessDatalekButton"));
    m_assessButton->setVisible(roleMayDo(m_user, Operation::AssessDatalek));
    m_apButton->setObjectName(QStringLiteral("apNotifiedButton"));
    m_apButton->setToolTip(tr("Record when the breach was notified to the AP and the reference it gave"));
    m_apButton->setVisible(roleMayDo(m_user, Operation::RecordApNotification));
    // P 14.8 a-f: the draft of the notification for the selected breach, to copy into the AP's form.
    m_apDraftButton->setObjectName(QStringLiteral("apDraftButton"));

    // P 14.11: the overview on paper or as PDF, as compiled today (Europe/Amsterdam).
    auto *documentButtons = new DocumentButtons(QStringLiteral("Datalekken.pdf"), [this]() {
        return QList<Document>{datalekkenDocument(m_datalekken, m_clock.today())};
    }, this);
    documentButtons->setObjectName(QStringLiteral("datalekkenDocumentButtons"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_assessButton, m_apButton, m_apDraftButton})
        actions->addWidget(button);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(recordDetail(m_table, this));
    layout->addLayout(actions);
    layout->addWidget(documentButtons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DatalekkenView::updateButtons);
    connect(m_assessButton, &QPushButton::clicked, this, [this]() {
        if (const DatalekStatus *status = selected())
            openStep(new AssessDatalekDialog(m_service, status->datalek, this));
    });
    connect(m_apButton, &QPushButton::clicked, this, [this]() {
        if (const DatalekStatus *status = selected())
            openStep(new ApNotificationDialog(m_service, status->datalek.id, this));
    });
    connect(m_apDraftButton, &QPushButton::clicked, this, [this]() {
        if (const DatalekStatus *status = selected())
            openPrintPreview(this, {apMeldingDocument(status->datalek, m_clock.today())})->setObjectName(QStringLiteral("apDraftPreview"));
    });
    updateButtons();
}

void DatalekkenView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    refresh();
}

const DatalekStatus *DatalekkenView::selected() const
{
    const int row = selectedModelRow(m_table); // the model keeps m_datalekken's order
    return row >= 0 && row < m_datalekken.size() ? &m_datalekken.at(row) : nullptr;
}

// What cannot be done yet says why, so a disabled button is never a riddle.
void DatalekkenView::updateButtons()
{
    const DatalekStatus *status = selected();
    m_assessButton->setEnabled(status);
    m_apDraftButton->setEnabled(status);
    const bool complete = status && missingAssessment(status->datalek).isEmpty();
    const bool open = status && status->datalek.apNotificationRequired && !status->datalek.apNotifiedAt.isValid();
    m_apButton->setEnabled(complete && open);
    if (!status)
        m_apButton->setToolTip(tr("Choose a breach first"));
    else if (!open)
        m_apButton->setToolTip(status->datalek.apNotifiedAt.isValid() ? tr("The notification has been recorded")
                                                                      : tr("The assessment says the AP need not be notified"));
    else if (!complete)
        m_apButton->setToolTip(tr("The notification holds at least P 14.8 a-f: complete the assessment first (missing: %1)")
                                   .arg(missingAssessment(status->datalek)));
    else
        m_apButton->setToolTip(tr("Record when the breach was notified to the AP and the reference it gave"));
}

void DatalekkenView::openStep(QDialog *dialog)
{
    connect(dialog, &QDialog::accepted, this, &DatalekkenView::refresh);
    dialog->open();
}

void DatalekkenView::refresh()
{
    m_service.call(this, [](Service &service) { return service.datalekken(); }, [this](const Result<QList<DatalekStatus>> &list) {
        const qint64 chosen = selected() ? selected()->datalek.id : 0;
        m_datalekken.clear();
        m_model->setRows({});
        if (!list) {
            m_summaryLabel->setText(tr("The breach register could not be loaded: %1").arg(list.error().message));
            updateButtons();
            return;
        }
        m_datalekken = *list;
        const QLocale locale;
        const QDateTime now = m_clock.now();
        // As the ZVH reads it, whatever the machine's time zone.
        const auto moment = [&](const QDateTime &at) { return locale.toString(inAmsterdam(at), QLocale::ShortFormat); };
        // A clock still running says how many hours are left, or how many it is late.
        const auto due = [&](const QDateTime &deadline) {
            const qint64 hours = now.secsTo(deadline) / 3600;
            return now <= deadline ? tr("due %1 (%n hours left)", nullptr, int(hours)).arg(moment(deadline))
                                   : tr("due %1 (%n hours late)", nullptr, int(-hours)).arg(moment(deadline));
        };
        int overdue = 0;
        int selectRow = -1;
        QList<QList<TableCell>> rows;
        for (const DatalekStatus &status : std::as_const(m_datalekken)) {
            const Datalek &lek = status.datalek;
            const QString officer = lek.privacyOfficerInformedAt.isValid() ? tr("informed %1").arg(moment(lek.privacyOfficerInformedAt))
                                                                           : due(status.clocks.privacyOfficerDue);
            QString autoriteit;
            if (lek.apNotifiedAt.isValid())
                autoriteit = tr("notified %1 (%2)").arg(moment(lek.apNotifiedAt), lek.apReference);
            else if (!lek.apNotificationRequired)
                autoriteit = tr("not required");
            else
                autoriteit = due(status.clocks.autoriteitDue);
            const QString missing = missingAssessment(lek);
            const QString assessment = missing.isEmpty() ? tr("complete") : tr("missing %1").arg(missing);
            const QString informing = !lek.decidedOnInforming ? tr("not yet decided")
                                                              : (lek.informBetrokkenen ? tr("informed") : tr("not informed: %1").arg(lek.informingGrounds));
            const bool late = status.clocks.privacyOfficerOverdue || status.clocks.autoriteitOverdue;
            overdue += late ? 1 : 0;
            if (lek.id == chosen)
                selectRow = int(rows.size());
            rows << QList<TableCell>{TableCell(moment(lek.discoveredAt), lek.discoveredAt), m_partyNames.value(lek.reportedByPartyId),
                                     lek.aardEnOmvang, TableCell(officer, {}, status.clocks.privacyOfficerOverdue),
                                     TableCell(autoriteit, {}, status.clocks.autoriteitOverdue), TableCell(assessment, {}, !missing.isEmpty()),
                                     informing};
        }
        m_model->setRows(rows);
        if (selectRow >= 0)
            selectModelRow(m_table, selectRow); // after an assessment, the same breach stays chosen
        m_summaryLabel->setText(tr("Data breaches: %n", nullptr, int(m_datalekken.size()))
                                + (overdue > 0 ? tr(", of which %n past a deadline", nullptr, overdue) : QString()));
        updateButtons();
    });
}

} // namespace casusregie::ui
