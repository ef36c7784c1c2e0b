#include "forms/DocumentOutput.h"

#include "DocumentLayout.h"
#include "PdfExport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace casusregie::ui {

void setUpPrinter(QPrinter &printer)
{
    printer.setPageLayout(render::a4Layout());
    printer.setDocName(QStringLiteral("Casusregie"));
}

QPrintPreviewDialog *openPrintPreview(QWidget *parent, const QList<Document> &documents)
{
    auto *preview = new QPrintPreviewDialog(parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    setUpPrinter(*preview->printer());
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [documents](QPrinter *printer) { render::printDocuments(documents, *printer); });
    preview->open();
    return preview;
}

DocumentButtons::DocumentButtons(QString fileName, std::function<QList<Document>()> documents, QWidget *parent)
    : QWidget(parent)
    , m_fileName(std::move(fileName))
    , m_documents(std::move(documents))
    , m_feedbackLabel(new QLabel(this))
{
    auto *preview = new QPushButton(tr("Print pre&view…"), this);
    auto *print = new QPushButton(tr("&Print…"), this);
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    preview->setObjectName(QStringLiteral("previewButton"));
    print->setObjectName(QStringLiteral("printButton"));
    pdf->setObjectName(QStringLiteral("pdfButton"));
    m_feedbackLabel->setObjectName(QStringLiteral("documentFeedbackLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(preview), static_cast<QWidget *>(print), static_cast<QWidget *>(pdf)})
        layout->addWidget(widget);
    layout->addWidget(m_feedbackLabel, 1);
    connect(preview, &QPushButton::clicked, this, [this]() { openPrintPreview(this, m_documents()); });
    connect(print, &QPushButton::clicked, this, &DocumentButtons::print);
    connect(pdf, &QPushButton::clicked, this, &DocumentButtons::askAndSave);
}

void DocumentButtons::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_feedbackLabel->setText(render::printDocuments(m_documents(), printer) ? tr("Sent to the printer.")
                                                                           : tr("The printer did not accept the document."));
}

void DocumentButtons::askAndSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF — the file may contain personal data"),
                                                QDir::home().filePath(m_fileName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    saveAsPdf(path);
}

void DocumentButtons::saveAsPdf(const QString &path)
{
    const auto written = render::writePdf(m_documents(), path);
    m_feedbackLabel->setText(written ? tr("Saved (readable only by you): %1").arg(QDir::toNativeSeparators(path))
                                     : written.error().message);
}

} // namespace casusregie::ui
