#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <array>

namespace casusregie {

namespace {

// Version 1: parties and their contacts, users and roles, casussen with themes, procesregisseurs
// and the history of their phase transitions. Column types DATE/DATETIME/BOOLEAN tell the
// driver how to read values back.
constexpr std::array schemaV1{
    "PRAGMA application_id = 1129465159", // Database::applicationId, "CREG"
    R"(CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        short_name TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        toegetreden DATE,
        opgezegd DATE,
        uitgesloten DATE,
        uitsluitingsreden TEXT
    ))",
    R"(CREATE TABLE party_contacts (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        function TEXT NOT NULL,
        business_phone TEXT,
        business_email TEXT
    ))",
    R"(CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        party_id INTEGER NOT NULL REFERENCES parties(id),
        password_hash TEXT NOT NULL,
        geheimhoudingsverklaring DATE,
        vog_of_screening DATE,
        active BOOLEAN NOT NULL DEFAULT 1,
        created_at DATETIME NOT NULL
    ))",
    R"(CREATE TABLE user_roles (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (user_id, role)
    ))",
    R"(CREATE TABLE casus (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        aanmeldende_partij_id INTEGER NOT NULL REFERENCES parties(id),
        aanmeldingsdatum DATE NOT NULL,
        reden TEXT NOT NULL,
        doel TEXT,
        phase TEXT NOT NULL,
        UNIQUE (year, sequence)
    ))",
    R"(CREATE TABLE casus_themes (
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        PRIMARY KEY (casus_id, theme)
    ))",
    R"(CREATE TABLE casus_procesregisseurs (
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (casus_id, user_id)
    ))",
    R"(CREATE TABLE phase_transitions (
        id INTEGER PRIMARY KEY,
        casus_id INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        from_phase TEXT NOT NULL,
        to_phase TEXT NOT NULL,
        decided_at DATETIME NOT NULL,
        by_user_id INTEGER NOT NULL REFERENCES users(id),
        decision TEXT NOT NULL,
        basis TEXT NOT NULL
    ))",
    "CREATE INDEX phase_transitions_by_casus ON phase_transitions(casus_id, decided_at)",
};

constexpr std::array migrations{
    Migration{1, "partijen, gebruikers, casussen en faseovergangen", schemaV1},
};

} // namespace

namespace Migrations {

std::span<const Migration> all()
{
    return migrations;
}

int latestVersion()
{
    return migrations.back().version;
}

Status migrate(Database &database)
{
    static_assert(Database::applicationId == 1129465159, "schemaV1 writes the application id literally");
    const int current = database.schemaVersion();
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        auto applied = database.inTransaction([&]() -> Status {
            for (const char *statement : migration.statements) {
                if (auto done = runSql(database.connection(), QString::fromUtf8(statement)); !done)
                    return std::unexpected(done.error());
            }
            if (auto done = runSql(database.connection(), QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !done)
                return std::unexpected(done.error());
            return {};
        });
        if (!applied)
            return fail(applied.error().code, QStringLiteral("Schemamigratie naar versie %1 mislukt: %2")
                                                  .arg(migration.version)
                                                  .arg(applied.error().message));
    }
    return {};
}

} // namespace Migrations

} // namespace casusregie
