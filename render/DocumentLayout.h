#pragma once

#include "documents/Document.h"

#include <QList>
#include <QPageLayout>

class QPagedPaintDevice;

namespace casusregie::render {

// A4 portrait with a wide left margin for hole-punching; the footer sits in the bottom margin.
QPageLayout a4Layout();

// Prints documents on any paged device (a PDF writer, a printer, the print preview's printer):
// each starts on a new page with its header lines and notice; tables repeat their header row
// after a page break and keep a row on one page where it fits; every page ends with the
// document's footer and "pagina X van Y" of that document. False when the device cannot be
// painted on (e.g. a printer that refused the job).
bool printDocuments(const QList<Document> &documents, QPagedPaintDevice &device);

// The number of pages a document takes on this device.
int pageCount(const Document &document, QPagedPaintDevice &device);

} // namespace casusregie::render
