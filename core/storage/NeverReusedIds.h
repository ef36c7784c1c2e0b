#pragma once

#include "common/Result.h"

namespace casusregie {

class Database;

// Issue 9, point 19: an id that audit records point at is never handed out again after its row
// was destroyed. SQLite reuses the highest rowid once that row is deleted unless the key is
// declared AUTOINCREMENT, which only a rebuild of the table can add. This step rebuilds every
// table whose key is a plain `id INTEGER PRIMARY KEY`, keeping its rows, ids and indexes, and
// starts the casus ids after the highest one the audit log has ever named.
//
// It must run inside the migration's transaction with foreign keys switched off (SQLite only
// allows that outside a transaction); the migration checks the keys before it commits.
Status rebuildTablesWithNeverReusedIds(Database &database);

} // namespace casusregie
