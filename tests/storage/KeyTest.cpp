#include "TestSupport.h"

#include "security/KeyFile.h"
#include "security/PassphraseKey.h"
#include "security/PasswordHasher.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <sys/stat.h>

using namespace casusregie;
using namespace casusregie::test;

namespace {

mode_t permissions(const QString &path)
{
    struct stat status {};
    ::stat(QFile::encodeName(path).constData(), &status);
    return status.st_mode & 0777;
}

KdfParameters fastParameters()
{
    KdfParameters parameters = KdfParameters::withFreshSalt();
    parameters.memoryKiB = 1024; // keeps the test quick; the cost is not what is tested here
    parameters.iterations = 1;
    return parameters;
}

} // namespace

TEST_CASE("A new key file is created with mode 0600 and is never overwritten")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("db.key"));
    auto created = KeyFile::create(path);
    REQUIRE(created.has_value());
    REQUIRE(permissions(path) == 0600);
    REQUIRE(KeyFile::read(path)->bytes() == created->bytes());

    const QByteArray before = readFile(path);
    REQUIRE(KeyFile::create(path).error().code == ErrorCode::AlreadyExists);
    REQUIRE(readFile(path) == before);
}

TEST_CASE("A key file that others can read is refused")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("db.key"));
    REQUIRE(KeyFile::create(path).has_value());
    ::chmod(QFile::encodeName(path).constData(), 0644);
    REQUIRE(KeyFile::read(path).error().code == ErrorCode::KeyFileTooOpen);
    ::chmod(QFile::encodeName(path).constData(), 0640);
    REQUIRE(KeyFile::read(path).error().code == ErrorCode::KeyFileTooOpen);
}

TEST_CASE("A key file without a 256-bit hexadecimal key is refused")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("db.key"));
    writeFile(path, "abc123\n");
    ::chmod(QFile::encodeName(path).constData(), 0600);
    REQUIRE(KeyFile::read(path).error().code == ErrorCode::KeyFileInvalid);
    REQUIRE(KeyFile::read(folder.filePath(QStringLiteral("ontbreekt.key"))).error().code == ErrorCode::FileMissing);
}

TEST_CASE("A passphrase gives the same key with the same salt, and another key with another salt")
{
    const KdfParameters parameters = fastParameters();
    const QString passphrase = QStringLiteral("correct paard batterij niet");
    const auto first = PassphraseKey::derive(passphrase, parameters);
    const auto second = PassphraseKey::derive(passphrase, parameters);
    REQUIRE(first.has_value());
    REQUIRE(first->bytes() == second->bytes());
    REQUIRE(first->bytes().size() == DatabaseKey::size);

    KdfParameters otherSalt = fastParameters();
    REQUIRE(PassphraseKey::derive(passphrase, otherSalt)->bytes() != first->bytes());
    REQUIRE(PassphraseKey::derive(QStringLiteral("te kort"), parameters).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("Argon2id parameters and salt are kept next to the database and open it again")
{
    QTemporaryDir folder;
    const QString databasePath = folder.filePath(QStringLiteral("demo.db"));
    const KdfParameters parameters = fastParameters();
    const QString passphrase = QStringLiteral("oefenen met casusregie");
    const QString parametersPath = PassphraseKey::parametersPathFor(databasePath);
    REQUIRE(parametersPath == databasePath + QStringLiteral(".kdf"));
    REQUIRE(PassphraseKey::writeParameters(parametersPath, parameters).has_value());

    {
        auto key = PassphraseKey::derive(passphrase, parameters);
        REQUIRE(Database::open(databasePath, *key, Database::OpenMode::CreateNew).has_value());
    }
    const auto stored = PassphraseKey::readParameters(parametersPath);
    REQUIRE(stored.has_value());
    REQUIRE(stored->salt == parameters.salt);
    REQUIRE(stored->memoryKiB == parameters.memoryKiB);
    REQUIRE(Database::open(databasePath, *PassphraseKey::derive(passphrase, *stored), Database::OpenMode::Existing).has_value());
    auto wrong = Database::open(databasePath, *PassphraseKey::derive(QStringLiteral("een andere wachtwoordzin"), *stored),
                                Database::OpenMode::Existing);
    REQUIRE(wrong.error().code == ErrorCode::WrongKeyOrNotADatabase);

    writeFile(parametersPath, "casusregie-kdf 1\nalgorithm=scrypt\n");
    REQUIRE(PassphraseKey::readParameters(parametersPath).error().code == ErrorCode::KeyFileInvalid);
}

TEST_CASE("Passwords are stored as Argon2id encoded hashes with m = 64 MiB and t = 3")
{
    const QString password = QStringLiteral("Zoë's geheime zin 2026");
    const auto hash = PasswordHasher::hash(password);
    REQUIRE(hash.has_value());
    REQUIRE(hash->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
    REQUIRE_FALSE(hash->contains(password));
    REQUIRE(PasswordHasher::verify(password, *hash));
    REQUIRE_FALSE(PasswordHasher::verify(QStringLiteral("Zoë's geheime zin 2027"), *hash));
    REQUIRE(*PasswordHasher::hash(password) != *hash); // a fresh salt every time
    REQUIRE(PasswordHasher::hash(QStringLiteral("kort")).error().code == ErrorCode::InvalidArgument);
}
