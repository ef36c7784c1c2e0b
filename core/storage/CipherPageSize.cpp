#include "storage/CipherPageSize.h"

#include "storage/Backup.h"
#include "storage/Database.h"

#include <QFile>

#include <cstdio>

namespace casusregie::CipherPageSize {

namespace {

Error rewriteFailed(const QString &what)
{
    return Error{ErrorCode::StorageFailure,
                 QStringLiteral("De database kon niet naar pagina's van %1 bytes worden omgezet: %2. Er is niets veranderd.")
                     .arg(Database::cipherPageSize)
                     .arg(what)};
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString keptLegacyFileFor(const QString &path)
{
    return path + QStringLiteral(".voor-omzetting");
}

Result<QString> rewrite(std::unique_ptr<Database> legacy, const DatabaseKey &key)
{
    const QString path = legacy->path();
    const QString rewritten = path + QStringLiteral(".omzetting");
    const QString kept = keptLegacyFileFor(path);
    Database::removeFiles(rewritten); // left by an interrupted rewrite; never the live file
    if (auto exported = Backup::exportTo(*legacy, rewritten, key); !exported)
        return std::unexpected(exported.error()); // exportTo verified the copy, or removed it
    legacy.reset(); // the last connection folds its WAL into the file and removes it

    // A WAL left beside the file would be read into the new one after the rename.
    if (QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(rewritten + QStringLiteral("-wal"))) {
        Database::removeFiles(rewritten);
        return std::unexpected(rewriteFailed(QStringLiteral("er is nog een WAL-bestand in gebruik")));
    }
    QFile::remove(kept);
    if (!QFile::copy(path, kept) || !QFile::setPermissions(kept, ownerOnly)) {
        QFile::remove(kept);
        Database::removeFiles(rewritten);
        return std::unexpected(rewriteFailed(QStringLiteral("het oude bestand kon niet worden bewaard")));
    }
    // rename(2) replaces the old file in one step; QFile::rename refuses an existing target.
    if (!QFile::setPermissions(rewritten, ownerOnly)
        || std::rename(QFile::encodeName(rewritten).constData(), QFile::encodeName(path).constData()) != 0) {
        Database::removeFiles(rewritten);
        return std::unexpected(rewriteFailed(QStringLiteral("het nieuwe bestand kon niet op zijn plaats worden gezet")));
    }
    return kept;
}

} // namespace casusregie::CipherPageSize
