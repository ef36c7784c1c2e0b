#pragma once

#include "common/Result.h"

#include <span>

namespace casusregie {

class Database;

// Forward-only schema migrations. Each one runs in a single transaction together with the new
// PRAGMA user_version, so a database is always at exactly one known version.
struct Migration {
    int version;
    const char *description;
    std::span<const char *const> statements;
    // Work that SQL text alone cannot say, run after the statements in the same transaction.
    Status (*step)(Database &) = nullptr;
    // Rebuilding a table that others reference needs foreign keys off, which SQLite allows only
    // outside a transaction; the keys are checked before the migration commits.
    bool rebuildsTables = false;
};

namespace Migrations {

std::span<const Migration> all();
int latestVersion();
Status migrate(Database &database);
// Applies one migration as migrate() does: exposed so tests can run a migration's step on a
// database shaped like an older version.
Status apply(Database &database, const Migration &migration);

} // namespace Migrations

} // namespace casusregie
