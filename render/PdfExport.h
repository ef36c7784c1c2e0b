#pragma once

#include "common/Result.h"
#include "documents/Document.h"

#include <QString>

namespace casusregie::render {

// Writes the documents as one PDF, readable and writable by its owner only (0600): a summary
// holds personal data. The PDF's title is the first document's, which holds no personal data;
// the fonts (DejaVu) are embedded. A file that cannot be written is an error, never a partial PDF.
Status writePdf(const QList<Document> &documents, const QString &path);

} // namespace casusregie::render
