#include "TestSupport.h"

#include "storage/PartyRepository.h"
#include "storage/SignatorySeed.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace casusregie;
using namespace casusregie::test;

namespace {

bool containsText(const QByteArray &bytes, const QString &text)
{
    QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes.contains(text.toUtf8()) || bytes.contains(utf16);
}

} // namespace

TEST_CASE("Encrypted at rest: a stored name appears in neither the database file nor its WAL")
{
    TemporaryDatabase fixture;
    PartyRepository parties(fixture.database());
    auto party = parties.add(Party{0, QStringLiteral("Testpartij"), QStringLiteral("TP"), PartyType::Overig, {}});
    REQUIRE(party.has_value());
    const QString name = QStringLiteral("Ümit Çelik-Vermeulen");
    REQUIRE(parties.addContact(*party, ContactPerson{0, name, QStringLiteral("Wijkagent"), {}, {}}).has_value());

    // The connection is still open, so the change sits in the WAL.
    const QString wal = fixture.path() + QStringLiteral("-wal");
    REQUIRE(QFile::exists(wal));
    REQUIRE(QFile(wal).size() > 0);
    REQUIRE_FALSE(containsText(readFile(wal), name));
    REQUIRE_FALSE(containsText(readFile(fixture.path()), name));

    fixture.close(); // checkpoints the WAL into the database file
    REQUIRE_FALSE(containsText(readFile(fixture.path()), name));
    REQUIRE_FALSE(containsText(readFile(fixture.path()), QStringLiteral("Wijkagent")));
}

TEST_CASE("Encrypted at rest: neither table names nor the seeded parties are readable in the file")
{
    TemporaryDatabase fixture;
    PartyRepository parties(fixture.database());
    REQUIRE(SignatorySeed::seed(parties, QDate(2026, 1, 1)).has_value());
    fixture.close();

    const QByteArray bytes = readFile(fixture.path());
    REQUIRE_FALSE(bytes.startsWith("SQLite format 3"));
    for (const char *text : {"CREATE TABLE", "parties", "phase_transitions", "Politie Eenheid Rotterdam", "Veilig Thuis"})
        REQUIRE_FALSE(containsText(bytes, QLatin1String(text)));
}
