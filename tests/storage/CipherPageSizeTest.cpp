// Issue 11: every file Casusregie writes has 4 KiB cipher pages; files from before have SQLCipher
// 3's 1 KiB pages and are rewritten once, safely, when they are opened.
#include "TestSupport.h"

#include "storage/Backup.h"
#include "storage/CipherPageSize.h"
#include "storage/PartyRepository.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace casusregie;
using namespace casusregie::test;

namespace {

// Whether SQLCipher reads the file with this key and page size (and nothing else set).
bool opensWithPageSize(const QString &path, const DatabaseKey &key, int pageSize)
{
    SqlCipherDriver::registerDriver();
    const QString name = QStringLiteral("paginagrootte-%1").arg(pageSize);
    bool opened = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName), name);
        raw.setDatabaseName(path);
        raw.setPassword(key.toHex());
        raw.setConnectOptions(QStringLiteral("QSQLCIPHER_READONLY;QSQLCIPHER_PAGE_SIZE=%1").arg(pageSize));
        opened = raw.open();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

// A copy of `source` as releases before issue 11 wrote it: SQLCipher 3's default 1 KiB pages.
QString writeLegacyCopy(Database &source, const QString &folder, const DatabaseKey &key)
{
    const QString path = folder + QStringLiteral("/oud.db");
    const QSqlDatabase db = source.connection();
    REQUIRE(runSql(db, QStringLiteral("ATTACH DATABASE ? AS legacy KEY \"x'%1'\"").arg(key.toHex()), {path}).has_value());
    REQUIRE(runSql(db, QStringLiteral("PRAGMA legacy.cipher_page_size = %1").arg(Database::legacyCipherPageSize)).has_value());
    REQUIRE(runSql(db, QStringLiteral("SELECT sqlcipher_export('legacy')")).has_value());
    REQUIRE(runSql(db, QStringLiteral("PRAGMA legacy.user_version = %1").arg(source.schemaVersion())).has_value());
    REQUIRE(runSql(db, QStringLiteral("PRAGMA legacy.application_id = %1").arg(Database::applicationId)).has_value());
    REQUIRE(runSql(db, QStringLiteral("DETACH DATABASE legacy")).has_value());
    REQUIRE(opensWithPageSize(path, key, Database::legacyCipherPageSize));
    return path;
}

qsizetype partyCount(Database &database)
{
    auto parties = PartyRepository(database).all();
    REQUIRE(parties.has_value());
    return parties->size();
}

} // namespace

TEST_CASE("Issue 11: new databases and their backups have 4 KiB cipher pages, which SQLCipher's 1 KiB default cannot read")
{
    TemporaryDatabase fixture;
    const QString backup = fixture.folder() + QStringLiteral("/kopie.db");
    const DatabaseKey backupKey = DatabaseKey::generate();
    REQUIRE(Backup::exportTo(fixture.database(), backup, backupKey).has_value());
    fixture.close();
    REQUIRE(opensWithPageSize(fixture.path(), fixture.key(), Database::cipherPageSize));
    REQUIRE_FALSE(opensWithPageSize(fixture.path(), fixture.key(), Database::legacyCipherPageSize));
    REQUIRE(opensWithPageSize(backup, backupKey, Database::cipherPageSize));
    REQUIRE_FALSE(opensWithPageSize(backup, backupKey, Database::legacyCipherPageSize));
    REQUIRE(QFileInfo(fixture.path()).size() % Database::cipherPageSize == 0);
}

TEST_CASE("Issue 11: a database with 1 KiB pages is rewritten with 4 KiB pages when opened, same content, the old file kept beside it")
{
    TemporaryDatabase fixture;
    const qsizetype parties = partyCount(fixture.database());
    const QString legacy = writeLegacyCopy(fixture.database(), fixture.folder(), fixture.key());

    auto opened = Database::open(legacy, fixture.key(), Database::OpenMode::Existing);
    REQUIRE(opened.has_value());
    REQUIRE((*opened)->keptLegacyFile() == CipherPageSize::keptLegacyFileFor(legacy));
    REQUIRE(partyCount(**opened) == parties);
    REQUIRE((*opened)->integrityCheck()->isEmpty());
    opened->reset();

    REQUIRE(opensWithPageSize(legacy, fixture.key(), Database::cipherPageSize));
    // The old file, kept as it was: still 1 KiB pages, the same content, readable by its owner only.
    const QString kept = CipherPageSize::keptLegacyFileFor(legacy);
    REQUIRE(opensWithPageSize(kept, fixture.key(), Database::legacyCipherPageSize));
    {
        auto old = Database::open(kept, fixture.key(), Database::OpenMode::Inspect);
        REQUIRE(old.has_value());
        REQUIRE(partyCount(**old) == parties);
    }
    REQUIRE((QFile::permissions(kept) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    REQUIRE_FALSE(QFile::exists(legacy + QStringLiteral(".omzetting")));

    auto again = Database::open(legacy, fixture.key(), Database::OpenMode::Existing);
    REQUIRE(again.has_value());
    REQUIRE((*again)->keptLegacyFile().isEmpty()); // once is enough
}

TEST_CASE("Issue 11: inspecting a database with 1 KiB pages reads it without rewriting it, and a wrong key changes nothing")
{
    TemporaryDatabase fixture;
    const qsizetype parties = partyCount(fixture.database());
    const QString legacy = writeLegacyCopy(fixture.database(), fixture.folder(), fixture.key());
    {
        auto inspected = Database::open(legacy, fixture.key(), Database::OpenMode::Inspect);
        REQUIRE(inspected.has_value());
        REQUIRE(partyCount(**inspected) == parties);
    }
    REQUIRE(opensWithPageSize(legacy, fixture.key(), Database::legacyCipherPageSize));
    REQUIRE_FALSE(QFile::exists(CipherPageSize::keptLegacyFileFor(legacy)));
    const QByteArray legacyBytes = readFile(legacy);

    auto wrongKey = Database::open(legacy, DatabaseKey::generate(), Database::OpenMode::Existing);
    REQUIRE_FALSE(wrongKey.has_value());
    REQUIRE(wrongKey.error().code == ErrorCode::WrongKeyOrNotADatabase);
    REQUIRE(readFile(legacy) == legacyBytes);
    REQUIRE_FALSE(QFile::exists(CipherPageSize::keptLegacyFileFor(legacy)));
}
