#include "cases/SummaryDialog.h"

#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "forms/Widgets.h"

#include "DocumentLayout.h"
#include "PdfExport.h"
#include "documents/Document.h"
#include "service/ServiceThread.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

namespace {

QList<Document> documentsOf(const QList<SummaryCopy> &copies)
{
    QList<Document> documents;
    for (const SummaryCopy &copy : copies)
        documents << copy.document;
    return documents;
}

} // namespace

SummaryDialog::SummaryDialog(ServiceThread &service, qint64 casusId, const QList<Overleg> &overleggen,
                             QHash<qint64, QString> partyNames, qint64 ownPartyId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_casusId(casusId)
    , m_partyNames(std::move(partyNames))
    , m_ownPartyId(ownPartyId)
    , m_overlegCombo(new QComboBox(this))
    , m_recipientList(new QListWidget(this))
    , m_feedbackLabel(new QLabel(this))
    , m_copies(new RowsModel({tr("Copy"), tr("Party"), tr("Items"), tr("Made by"), tr("Made at")}, this))
    , m_copiesTable(recordsView(QStringLiteral("copiesTable"), m_copies, this))
    , m_previewButton(new QPushButton(tr("Print pre&view…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_pdfButton(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("summaryDialog"));
    setWindowTitle(tr("Case summary for the casusoverleg"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_overlegCombo->setObjectName(QStringLiteral("overlegCombo"));
    m_recipientList->setObjectName(QStringLiteral("recipientList"));
    m_feedbackLabel->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedbackLabel->setWordWrap(true);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    // Only an overleg still to come gets a summary.
    for (const Overleg &overleg : overleggen) {
        if (overleg.attendingPartyIds.isEmpty() && overleg.minutes.trimmed().isEmpty()) {
            m_overleggen << overleg;
            const QString place = overleg.plaats.trimmed().isEmpty() ? tr("place not yet known") : overleg.plaats.trimmed();
            m_overlegCombo->addItem(QStringLiteral("%1, %2").arg(DocumentText::longDateTime(overleg.datum), place), overleg.id);
        }
    }

    auto *explanation = new QLabel(tr("Each party gets a copy with only the items it may see. Every preview, print and PDF "
                                      "makes new numbered copies, recorded as a disclosure (verstrekking) to each party. "
                                      "Copies are handed in or destroyed after the overleg."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Overleg:"), m_overlegCombo);
    form->addRow(ownPartyId == 0 ? tr("Copies &for:") : tr("Copy &for:"), m_recipientList);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_previewButton, m_printButton, m_pdfButton})
        actions->addWidget(button);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_feedbackLabel);
    layout->addWidget(new QLabel(tr("Copies made in this casus:"), this));
    layout->addWidget(m_copiesTable, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_overlegCombo, &QComboBox::currentIndexChanged, this, &SummaryDialog::showRecipients);
    connect(m_recipientList, &QListWidget::itemChanged, this, &SummaryDialog::updateButtons);
    connect(m_previewButton, &QPushButton::clicked, this, [this]() { makeCopies(Output::Preview); });
    connect(m_printButton, &QPushButton::clicked, this, [this]() { makeCopies(Output::Print); });
    connect(m_pdfButton, &QPushButton::clicked, this, &SummaryDialog::askAndSavePdf);
    showRecipients();
    if (m_overleggen.isEmpty())
        m_feedbackLabel->setText(tr("There is no planned overleg for which you can make a summary."));
    resize(760, 560);
    reloadCopies();
}

std::optional<Overleg> SummaryDialog::chosenOverleg() const
{
    const int index = m_overlegCombo->currentIndex();
    if (index < 0 || index >= m_overleggen.size())
        return std::nullopt;
    return m_overleggen.at(index);
}

// The procesregisseur sees every invited party, all checked; a partner only its own.
void SummaryDialog::showRecipients()
{
    m_recipientList->clear();
    if (const auto overleg = chosenOverleg()) {
        for (const qint64 partyId : overleg->invitedPartyIds) {
            if (m_ownPartyId != 0 && partyId != m_ownPartyId)
                continue;
            auto *item = new QListWidgetItem(m_partyNames.value(partyId, tr("party %1").arg(partyId)), m_recipientList);
            item->setData(Qt::UserRole, partyId);
            item->setFlags(m_ownPartyId == 0 ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
        }
    }
    updateButtons();
}

QList<qint64> SummaryDialog::checkedRecipients() const
{
    QList<qint64> parties;
    for (int row = 0; row < m_recipientList->count(); ++row) {
        if (m_recipientList->item(row)->checkState() == Qt::Checked)
            parties << m_recipientList->item(row)->data(Qt::UserRole).toLongLong();
    }
    return parties;
}

void SummaryDialog::updateButtons()
{
    const bool ready = !m_busy && chosenOverleg() && !checkedRecipients().isEmpty();
    for (QPushButton *button : {m_previewButton, m_printButton, m_pdfButton})
        button->setEnabled(ready);
}

void SummaryDialog::reloadCopies()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.summaryCopies(id); },
                   [this](const Result<QList<SummaryCopyRecord>> &copies) {
                       m_copies->setRows({});
                       if (!copies) {
                           m_feedbackLabel->setText(tr("The copies made could not be loaded: %1").arg(copies.error().message));
                           return;
                       }
                       QList<QList<TableCell>> rows;
                       for (const SummaryCopyRecord &copy : *copies)
                           rows << QList<TableCell>{copy.number, m_partyNames.value(copy.recipientPartyId),
                                                    TableCell(QString::number(copy.itemCount), copy.itemCount), copy.byName,
                                                    TableCell(DocumentText::longDateTime(copy.at), copy.at)};
                       m_copies->setRows(rows);
                   });
}

QString SummaryDialog::fileNameFor(const SummaryCopyRecord &copy) const
{
    QString name = QStringLiteral("Casussamenvatting %1 %2.pdf").arg(copy.number, m_partyNames.value(copy.recipientPartyId));
    for (const QChar unsafe : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':')})
        name.replace(unsafe, QLatin1Char('-'));
    return name;
}

void SummaryDialog::askAndSavePdf()
{
    const QList<qint64> recipients = checkedRecipients();
    const QString caption = tr("Save as PDF — the file contains personal data; keep it only where the covenant allows");
    QString target;
    if (recipients.size() == 1) {
        target = QFileDialog::getSaveFileName(this, caption, QDir::homePath(), tr("PDF files (*.pdf)"));
        if (!target.isEmpty() && !target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            target += QStringLiteral(".pdf");
    } else {
        target = QFileDialog::getExistingDirectory(this, caption, QDir::homePath());
    }
    if (!target.isEmpty())
        makeCopies(Output::Pdf, target);
}

void SummaryDialog::makeCopies(Output output, const QString &target)
{
    const auto overleg = chosenOverleg();
    const QList<qint64> recipients = checkedRecipients();
    if (!overleg || recipients.isEmpty() || m_busy)
        return;
    // The printer is chosen before any copy exists: a cancelled print dialog records nothing.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    setUpPrinter(*printer);
    if (output == Output::Print) {
        QPrintDialog dialog(printer.get(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    m_busy = true;
    updateButtons();
    m_feedbackLabel->setText(tr("Making the copies…"));
    m_service.call(
        this,
        [id = m_casusId, overlegId = overleg->id, recipients](Service &service) {
            return service.makeSummaryCopies(id, overlegId, recipients);
        },
        [this, output, target, printer](const Result<QList<SummaryCopy>> &copies) {
            m_busy = false;
            updateButtons();
            if (!copies) {
                m_feedbackLabel->setText(copies.error().message);
                return;
            }
            QStringList numbers;
            for (const SummaryCopy &copy : *copies)
                numbers << copy.record.number;
            m_feedbackLabel->setText(tr("Copies %1 made and recorded as disclosures.").arg(numbers.join(QStringLiteral(", "))));
            reloadCopies();
            Q_EMIT copiesMade(*copies);
            if (output == Output::Print) {
                if (!render::printDocuments(documentsOf(*copies), *printer))
                    m_feedbackLabel->setText(tr("The printer did not accept the copies %1; they are recorded, destroy any "
                                                "partial printout.")
                                                 .arg(numbers.join(QStringLiteral(", "))));
                return;
            }
            deliver(output, *copies, target);
        });
}

void SummaryDialog::deliver(Output output, const QList<SummaryCopy> &copies, const QString &target)
{
    if (output == Output::Pdf) {
        savePdf(copies, target);
        return;
    }
    openPrintPreview(this, documentsOf(copies))->setObjectName(QStringLiteral("summaryPreview"));
}

void SummaryDialog::savePdf(const QList<SummaryCopy> &copies, const QString &target)
{
    QStringList saved;
    for (const SummaryCopy &copy : copies) {
        const QString path = copies.size() == 1 ? target : QDir(target).filePath(fileNameFor(copy.record));
        if (auto written = render::writePdf({copy.document}, path); !written) {
            m_feedbackLabel->setText(written.error().message);
            return;
        }
        saved << QDir::toNativeSeparators(path);
    }
    m_feedbackLabel->setText(tr("Saved (readable only by you): %1").arg(saved.join(QStringLiteral("; "))));
}

} // namespace casusregie::ui
