#include "PdfExport.h"

#include "DocumentLayout.h"

#include <QFile>
#include <QPdfWriter>
#include <QSaveFile>

namespace casusregie::render {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error notWritten(const QString &path)
{
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("Het PDF-bestand %1 kon niet worden geschreven. Kies een map waarin u mag schrijven.").arg(path)};
}

} // namespace

Status writePdf(const QList<Document> &documents, const QString &path)
{
    if (documents.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Er is niets om als PDF op te slaan."));
    // Written beside the target and renamed at the end: a failure leaves no half PDF behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly))
        return std::unexpected(notWritten(path));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(a4Layout());
        writer.setResolution(300);
        writer.setTitle(documents.constFirst().title);
        writer.setCreator(QStringLiteral("Casusregie"));
        if (!printDocuments(documents, writer)) {
            file.cancelWriting();
            return std::unexpected(notWritten(path));
        }
    }
    if (!file.commit() || !QFile::setPermissions(path, ownerOnly))
        return std::unexpected(notWritten(path));
    return {};
}

} // namespace casusregie::render
