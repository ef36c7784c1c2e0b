#pragma once

#include "common/Result.h"
#include "security/DatabaseKey.h"

#include <QString>

namespace casusregie {

class Database;

// Encrypted copies of a live database (architecture.md: sqlcipher_export into a file with its own
// key, then verified). Reading happens in one transaction, so a copy taken while the server runs
// is a consistent snapshot.
namespace Backup {

// Writes a copy of `source` to `target` (which must not exist), encrypted with `targetKey`, and
// verifies it: the key opens it, it is a Casusregie database and its integrity check is clean.
Status exportTo(Database &source, const QString &target, const DatabaseKey &targetKey);

} // namespace Backup

} // namespace casusregie
