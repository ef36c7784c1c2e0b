#pragma once

#include "common/Result.h"
#include "security/DatabaseKey.h"

#include <QString>

#include <memory>

namespace casusregie {

class Database;

// Files made before issue 11 have SQLCipher 3's 1 KiB pages; Database::open rewrites them with
// Database::cipherPageSize (docs/storage.md).
namespace CipherPageSize {

// Writes a verified copy of `legacy` with the new page size, keeps the old file beside it and
// puts the copy in its place in one rename, so the path always holds a whole database. Returns
// where the old file was kept. Nothing is changed when it fails.
Result<QString> rewrite(std::unique_ptr<Database> legacy, const DatabaseKey &key);

// Where rewrite keeps the old file of the database at `path`.
QString keptLegacyFileFor(const QString &path);

} // namespace CipherPageSize

} // namespace casusregie
