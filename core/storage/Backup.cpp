#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QFileInfo>

namespace casusregie::Backup {

Status exportTo(Database &source, const QString &target, const DatabaseKey &targetKey)
{
    if (QFileInfo::exists(target))
        return fail(ErrorCode::AlreadyExists, QStringLiteral("%1 bestaat al; een back-up overschrijft niets.").arg(target));
    const QSqlDatabase db = source.connection();
    // ATTACH takes the key as a literal: it is hex we generated or derived, never user text.
    const QString attach = QStringLiteral("ATTACH DATABASE ? AS backup KEY \"x'%1'\"").arg(targetKey.toHex());
    if (auto attached = runSql(db, attach, {target}); !attached)
        return std::unexpected(attached.error());
    // A new file gets the page size of every file Casusregie writes, whatever the source has.
    auto sized = runSql(db, QStringLiteral("PRAGMA backup.cipher_page_size = %1").arg(Database::cipherPageSize));
    auto exported = sized ? runSql(db, QStringLiteral("SELECT sqlcipher_export('backup')")) : sized;
    auto version = exported ? runSql(db, QStringLiteral("PRAGMA backup.user_version = %1").arg(source.schemaVersion()))
                            : exported;
    auto identity = version ? runSql(db, QStringLiteral("PRAGMA backup.application_id = %1").arg(Database::applicationId))
                            : version;
    // A failed DETACH leaves only an attachment on this connection; the copy is verified below.
    static_cast<void>(runSql(db, QStringLiteral("DETACH DATABASE backup")));
    if (!identity) {
        Database::removeFiles(target);
        return std::unexpected(identity.error());
    }

    // Verify the copy on its own: the key opens it and it is sound.
    auto copy = Database::open(target, targetKey, Database::OpenMode::Existing);
    if (!copy) {
        Database::removeFiles(target);
        return fail(ErrorCode::DatabaseCorrupt, QStringLiteral("De back-up kon niet worden geverifieerd: %1").arg(copy.error().message));
    }
    auto problems = (*copy)->integrityCheck();
    if (!problems || !problems->isEmpty()) {
        copy->reset();
        Database::removeFiles(target);
        return fail(ErrorCode::DatabaseCorrupt, QStringLiteral("De back-up is niet in orde en is verwijderd."));
    }
    return {};
}

} // namespace casusregie::Backup
