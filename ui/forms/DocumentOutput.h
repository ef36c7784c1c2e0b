#pragma once

#include "documents/Document.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPrinter;
class QPrintPreviewDialog;

namespace casusregie::ui {

// A printer for the documents' A4 layout; the print queue shows only "Casusregie", never a name.
void setUpPrinter(QPrinter &printer);

// The print preview of these documents: non-modal, deleted when closed; it can print from there.
QPrintPreviewDialog *openPrintPreview(QWidget *parent, const QList<Document> &documents);

// Print preview, print and save as PDF for a document the view already shows (a register, the
// breach overview): `documents` makes it from the view's data at the moment the user asks.
class DocumentButtons final : public QWidget {
    Q_OBJECT
public:
    DocumentButtons(QString fileName, std::function<QList<Document>()> documents, QWidget *parent = nullptr);

    // Writes the PDF to `path` (the save dialog's answer) and says where, or why not.
    void saveAsPdf(const QString &path);

private:
    void print();
    void askAndSave();

    QString m_fileName;
    std::function<QList<Document>()> m_documents;
    QLabel *m_feedbackLabel;
};

} // namespace casusregie::ui
