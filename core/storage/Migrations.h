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
};

namespace Migrations {

std::span<const Migration> all();
int latestVersion();
Status migrate(Database &database);

} // namespace Migrations

} // namespace casusregie
