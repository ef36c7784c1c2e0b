#include "TestSupport.h"

#include "storage/CasusRepository.h"
#include "storage/Migrations.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlRecord>

using namespace casusregie;
using namespace casusregie::test;

namespace {

int rowCount(Database &database, const QString &table)
{
    auto query = runSql(database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    REQUIRE(query.has_value());
    REQUIRE(query->next());
    return query->value(0).toInt();
}

} // namespace

TEST_CASE("Migrations bring an empty database to the latest schema version")
{
    TemporaryDatabase fixture;
    REQUIRE(fixture.database().schemaVersion() == Migrations::latestVersion());
    const QStringList tables = fixture.database().connection().tables();
    for (const char *table : {"parties", "party_contacts", "users", "user_roles", "casus", "casus_themes",
                              "casus_procesregisseurs", "phase_transitions"})
        REQUIRE(tables.contains(QLatin1String(table)));
}

TEST_CASE("Migration versions only go forward, one step at a time")
{
    int previous = 0;
    for (const Migration &migration : Migrations::all()) {
        REQUIRE(migration.version == previous + 1);
        REQUIRE_FALSE(migration.statements.empty());
        previous = migration.version;
    }
}

TEST_CASE("Re-opening keeps the data and the schema version")
{
    TemporaryDatabase fixture;
    REQUIRE(runSql(fixture.database().connection(),
                   QStringLiteral("INSERT INTO parties (name, short_name, type) VALUES ('Testpartij', 'Test', 'overig')")));
    fixture.reopen();
    REQUIRE(fixture.database().schemaVersion() == Migrations::latestVersion());
    REQUIRE(rowCount(fixture.database(), QStringLiteral("parties")) == 1);
}

TEST_CASE("A database newer than the program is refused and left unchanged")
{
    TemporaryDatabase fixture;
    REQUIRE(runSql(fixture.database().connection(),
                   QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    fixture.close();
    const QByteArray before = readFile(fixture.path());

    auto opened = Database::open(fixture.path(), fixture.key(), Database::OpenMode::Existing);
    REQUIRE_FALSE(opened.has_value());
    REQUIRE(opened.error().code == ErrorCode::DatabaseNewerThanProgram);
    REQUIRE(opened.error().message.contains(QStringLiteral("nieuwere versie")));
    REQUIRE(readFile(fixture.path()) == before);
}

TEST_CASE("A failed transaction leaves nothing behind, a failed savepoint only undoes its own part")
{
    TemporaryDatabase fixture;
    Database &database = fixture.database();
    const auto insertParty = [&](const QString &name) -> Status {
        auto done = runSql(database.connection(),
                           QStringLiteral("INSERT INTO parties (name, short_name, type) VALUES (?, ?, 'overig')"), {name, name});
        if (!done)
            return std::unexpected(done.error());
        return {};
    };

    auto failed = database.inTransaction([&]() -> Status {
        REQUIRE(insertParty(QStringLiteral("A")));
        return fail(ErrorCode::InvalidArgument, QStringLiteral("afgebroken"));
    });
    REQUIRE_FALSE(failed.has_value());
    REQUIRE(rowCount(database, QStringLiteral("parties")) == 0);

    auto outer = database.inTransaction([&]() -> Status {
        REQUIRE(insertParty(QStringLiteral("B")));
        auto inner = database.inTransaction([&]() -> Status {
            REQUIRE(insertParty(QStringLiteral("C")));
            return fail(ErrorCode::InvalidArgument, QStringLiteral("binnenste afgebroken"));
        });
        REQUIRE_FALSE(inner.has_value());
        return {};
    });
    REQUIRE(outer.has_value());
    REQUIRE(rowCount(database, QStringLiteral("parties")) == 1);
}

namespace {

QStringList tableDefinitions(Database &database)
{
    auto query = runSql(database.connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table'"));
    REQUIRE(query.has_value());
    QStringList definitions;
    while (query->next())
        definitions << query->value(0).toString();
    return definitions;
}

qint64 insertedId(Database &database, const QString &sql)
{
    auto query = runSql(database.connection(), sql);
    REQUIRE(query.has_value());
    return query->lastInsertId().toLongLong();
}

} // namespace

TEST_CASE("Issue 9 point 19: every table's id is AUTOINCREMENT, so a destroyed row's id is never handed out again")
{
    TemporaryDatabase fixture;
    int keyed = 0;
    for (const QString &definition : tableDefinitions(fixture.database())) {
        if (!definition.contains(QStringLiteral("id INTEGER PRIMARY KEY")))
            continue;
        ++keyed;
        INFO(definition.left(60).toStdString());
        REQUIRE(definition.contains(QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT")));
    }
    REQUIRE(keyed >= 25);
}

TEST_CASE("Issue 9 point 19: the upgrade keeps rows, ids, indexes and references, and skips ids the audit log named")
{
    TemporaryDatabase fixture;
    Database &database = fixture.database();
    // A table as an older schema made it, with an index and a table that references it.
    for (const char *sql : {"CREATE TABLE oud (id INTEGER PRIMARY KEY, naam TEXT NOT NULL)",
                            "CREATE INDEX oud_naam ON oud (naam)",
                            "CREATE TABLE kind (oud_id INTEGER NOT NULL REFERENCES oud(id) ON DELETE CASCADE)",
                            "INSERT INTO oud (id, naam) VALUES (1, 'a'), (2, 'b'), (3, 'c')",
                            "INSERT INTO kind (oud_id) VALUES (2)", "DELETE FROM oud WHERE id = 3",
                            "INSERT INTO audit_log (at, username, roles, action, casus_id, objects, outcome, mac) "
                            "VALUES ('2026-01-01T00:00:00', '', '', 'x', 41, '', 'toegestaan', '')"})
        REQUIRE(runSql(database.connection(), QLatin1String(sql)).has_value());

    const Migration upgrade = Migrations::all()[7];
    REQUIRE(upgrade.version == 8);
    REQUIRE(upgrade.rebuildsTables);
    REQUIRE(Migrations::apply(database, Migration{Migrations::latestVersion(), "proef", {}, upgrade.step, true}).has_value());

    REQUIRE(rowCount(database, QStringLiteral("oud")) == 2);
    REQUIRE(rowCount(database, QStringLiteral("kind")) == 1);
    REQUIRE(database.connection().record(QStringLiteral("oud")).count() == 2);
    REQUIRE(rowCount(database, QStringLiteral("sqlite_master WHERE type = 'index' AND name = 'oud_naam'")) == 1);
    REQUIRE(tableDefinitions(database).join(QLatin1Char('\n')).contains(QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT, naam")));

    // Foreign keys are on again and still point at the rebuilt table.
    REQUIRE(runSql(database.connection(), QStringLiteral("DELETE FROM oud WHERE id = 2")).has_value());
    REQUIRE(rowCount(database, QStringLiteral("kind")) == 0);
    REQUIRE(insertedId(database, QStringLiteral("INSERT INTO oud (naam) VALUES ('d')")) == 3); // 3 was gone before the upgrade
    REQUIRE(runSql(database.connection(), QStringLiteral("DELETE FROM oud WHERE id = 3")).has_value());
    REQUIRE(insertedId(database, QStringLiteral("INSERT INTO oud (naam) VALUES ('e')")) == 4);

    // Casus ids start after the highest one the audit log ever named.
    const qint64 party = insertedId(database, QStringLiteral("INSERT INTO parties (name, short_name, type) VALUES ('P', 'P', 'overig')"));
    REQUIRE(insertedId(database, QStringLiteral("INSERT INTO casus (year, sequence, aanmeldende_partij_id, aanmeldingsdatum, "
                                                "reden, phase) VALUES (2026, 1, %1, '2026-01-01', 'r', 'aanmelding')")
                                     .arg(party)) == 42);
}

TEST_CASE("Issue 11: every column that links a row to a parent that can be destroyed has an index")
{
    TemporaryDatabase fixture;
    Database &database = fixture.database();
    QStringList missing;
    for (const QString &table : database.connection().tables()) {
        auto keys = runSql(database.connection(), QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
        REQUIRE(keys.has_value());
        while (keys->next()) {
            const QString column = keys->value(3).toString();
            // Users and parties are never deleted (disabled, opgezegd): no cascade and no lookup by them.
            const QString parent = keys->value(2).toString();
            if (parent == QLatin1String("users") || parent == QLatin1String("parties"))
                continue;
            // Covered when an index (or the primary key) starts with this column.
            auto indexes = runSql(database.connection(), QStringLiteral("PRAGMA index_list(%1)").arg(table));
            REQUIRE(indexes.has_value());
            bool covered = false;
            QStringList names;
            while (indexes->next())
                names << indexes->value(1).toString();
            for (const QString &index : names) {
                auto columns = runSql(database.connection(), QStringLiteral("PRAGMA index_info(%1)").arg(index));
                REQUIRE(columns.has_value());
                if (columns->next() && columns->value(0).toInt() == 0 && columns->value(2).toString() == column)
                    covered = true;
            }
            if (!covered)
                missing << table + QLatin1Char('.') + column;
        }
    }
    INFO(missing.join(QStringLiteral(", ")).toStdString());
    REQUIRE(missing.isEmpty());
}

TEST_CASE("Issue 11: the worklists' lookups by procesregisseur and by party and a casus's overleggen use an index, not a scan")
{
    TemporaryDatabase fixture;
    for (const char *sql : {"SELECT casus_id FROM casus_procesregisseurs WHERE user_id = 1",
                            "SELECT casus_id FROM casus_parties WHERE party_id = 1",
                            "SELECT p.party_id FROM overleg_parties p JOIN overleggen o ON o.id = p.overleg_id WHERE o.casus_id = 1",
                            "SELECT id FROM gegevens WHERE betrokkene_id = 1",
                            // the ways into a worklist page (CasusRepository::worklistCandidates)
                            "SELECT id FROM casus INDEXED BY casus_new_aanmeldingen WHERE taken_on = 0",
                            "SELECT id FROM casus WHERE casusregisseur_user_id = 1",
                            "SELECT o.casus_id FROM overleg_parties op JOIN overleggen o ON o.id = op.overleg_id WHERE op.party_id = 1",
                            "SELECT casus_id FROM informatieverzoeken WHERE party_id = 1",
                            // the same ways tested per casus, and a list's relations to its casussen
                            "SELECT 1 FROM casus_procesregisseurs p WHERE p.casus_id = 1 AND p.user_id = 1",
                            "SELECT 1 FROM overleggen o JOIN overleg_parties op ON op.overleg_id = o.id WHERE o.casus_id = 1 AND op.party_id = 1",
                            "SELECT 1 FROM informatieverzoeken v WHERE v.casus_id = 1 AND v.party_id = 1",
                            "SELECT DISTINCT o.casus_id FROM overleggen o JOIN overleg_parties p ON p.overleg_id = o.id "
                            "WHERE +p.party_id = 1 AND o.casus_id IN (1, 2, 3)",
                            "SELECT DISTINCT casus_id FROM informatieverzoeken WHERE +party_id = 1 AND casus_id IN (1, 2, 3)"}) {
        auto plan = runSql(fixture.database().connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(sql));
        REQUIRE(plan.has_value());
        QStringList steps;
        while (plan->next())
            steps << plan->value(3).toString();
        INFO(sql << " -> " << steps.join(QStringLiteral("; ")).toStdString());
        REQUIRE_FALSE(steps.isEmpty());
        for (const QString &step : steps) {
            // Going through the partial index of new aanmeldingen touches only those.
            if (step.endsWith(QStringLiteral("USING INDEX casus_new_aanmeldingen")))
                continue;
            REQUIRE_FALSE(step.startsWith(QStringLiteral("SCAN TABLE")));
        }
    }
}

TEST_CASE("Issue 11: a worklist page walks the list's order index and stops when full, it never sorts all candidates")
{
    TemporaryDatabase fixture;
    auto plan = runSql(fixture.database().connection(),
                       QStringLiteral("EXPLAIN QUERY PLAN SELECT id, aanmeldingsdatum FROM casus INDEXED BY casus_in_worklist_order "
                                      "WHERE (casus.id IN (SELECT casus_id FROM casus_procesregisseurs WHERE user_id = 1) "
                                      "OR casus.taken_on = 0) AND (aanmeldingsdatum < '2026-01-01' OR "
                                      "(aanmeldingsdatum = '2026-01-01' AND id < 9)) ORDER BY aanmeldingsdatum DESC, id DESC LIMIT 51"));
    REQUIRE(plan.has_value());
    QStringList steps;
    while (plan->next())
        steps << plan->value(3).toString();
    INFO(steps.join(QStringLiteral("; ")).toStdString());
    REQUIRE(steps.join(QLatin1Char(';')).contains(QStringLiteral("COVERING INDEX casus_in_worklist_order")));
    REQUIRE_FALSE(steps.join(QLatin1Char(';')).contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")));
}

TEST_CASE("Issue 11: a casus registered with its procesregisseur is taken on, and the upgrade marks older ones so and leaves real new aanmeldingen new")
{
    TemporaryDatabase fixture;
    Database &database = fixture.database();
    const qint64 party = insertedId(database, QStringLiteral("INSERT INTO parties (name, short_name, type) VALUES ('P', 'P', 'overig')"));
    const qint64 user = insertedId(database, QStringLiteral("INSERT INTO users (username, display_name, party_id, password_hash, "
                                                            "created_at) VALUES ('pr', 'PR', %1, 'x', '2026-01-01T00:00:00')")
                                                 .arg(party));
    Casus draft;
    draft.aanmeldendePartijId = party;
    draft.aanmeldingsdatum = QDate(2026, 3, 1);
    draft.reden = QStringLiteral("reden");
    auto unassigned = CasusRepository(database).registerAanmelding(draft);
    draft.procesregisseurIds = {user};
    auto assigned = CasusRepository(database).registerAanmelding(draft);
    REQUIRE(unassigned.has_value());
    REQUIRE(assigned.has_value());
    REQUIRE_FALSE(unassigned->takenOn);
    REQUIRE(assigned->takenOn);
    REQUIRE(CasusRepository(database).byId(assigned->id)->takenOn);

    // As the program before this version stored it.
    REQUIRE(runSql(database.connection(), QStringLiteral("UPDATE casus SET taken_on = 0")).has_value());
    const Migration upgrade = Migrations::all()[12];
    REQUIRE(upgrade.version == 13);
    const QList<const char *> repairs{upgrade.statements.begin() + 1, upgrade.statements.end()}; // the index exists already
    for (const char *sql : repairs)
        REQUIRE(runSql(database.connection(), QLatin1String(sql)).has_value());
    REQUIRE(CasusRepository(database).byId(assigned->id)->takenOn);
    REQUIRE_FALSE(CasusRepository(database).byId(unassigned->id)->takenOn);
}
