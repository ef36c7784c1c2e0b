#pragma once

#include "common/Result.h"
#include "security/DatabaseKey.h"

#include <QString>

namespace casusregie {

// The server's database key lives in a file of its own: 64 hex characters, mode 0600.
namespace KeyFile {

// Creates a new file with a fresh random key; refuses to overwrite an existing file.
Result<DatabaseKey> create(const QString &path);

// Reads a key file, refusing one that group or others can read or write.
Result<DatabaseKey> read(const QString &path);

// Where the audit log's MAC key lives when no path is given: next to the database key, in a
// file of its own ("<key file>.audit"), so it can be moved elsewhere by configuration.
QString defaultAuditKeyPath(const QString &databaseKeyPath);

} // namespace KeyFile

} // namespace casusregie
