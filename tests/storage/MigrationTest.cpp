#include "TestSupport.h"

#include "storage/Migrations.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <QFile>

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
