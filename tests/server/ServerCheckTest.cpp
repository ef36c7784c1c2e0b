#include "TestSupport.h"

#include "security/KeyFile.h"
#include "setup/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <sys/stat.h>

using namespace casusregie;
using namespace casusregie::test;

namespace {

struct ServerFolder {
    QTemporaryDir folder;
    QString config = folder.filePath(QStringLiteral("server.ini"));
    QString key = folder.filePath(QStringLiteral("server.key"));

    ServerFolder()
    {
        FakeClock clock;
        auto created = DatabaseSetup::initialise(folder.filePath(QStringLiteral("server.db")), *KeyFile::create(key),
                                                 DatabaseKey::generate(), FirstAccount{QStringLiteral("beheer"), QStringLiteral("Beheer"),
                                                              QStringLiteral("een lang genoeg wachtwoord")},
                                                 clock);
        REQUIRE(created.has_value());
        writeFile(config, "[database]\npath=server.db\nkey_file=server.key\n");
    }
};

int runServer(const QStringList &arguments, QString *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(CASUSREGIE_SERVER_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(30000));
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

} // namespace

TEST_CASE("server --check accepts a sound configuration and database")
{
    ServerFolder setup;
    REQUIRE(runServer({QStringLiteral("--config"), setup.config, QStringLiteral("--check")}) == 0);
}

TEST_CASE("server refuses to start with a missing configuration or a key file others can read")
{
    ServerFolder setup;
    QString errors;
    REQUIRE(runServer({QStringLiteral("--config"), setup.folder.filePath(QStringLiteral("geen.ini")), QStringLiteral("--check")},
                      &errors)
            == 2);
    REQUIRE(errors.contains(QStringLiteral("bestaat niet")));

    ::chmod(QFile::encodeName(setup.key).constData(), 0644);
    REQUIRE(runServer({QStringLiteral("--config"), setup.config, QStringLiteral("--check")}, &errors) == 2);
    REQUIRE(errors.contains(QStringLiteral("chmod 600")));
}

TEST_CASE("server refuses a database that does not match its key")
{
    ServerFolder setup;
    QFile::remove(setup.key);
    REQUIRE(KeyFile::create(setup.key).has_value());
    QString errors;
    REQUIRE(runServer({QStringLiteral("--config"), setup.config, QStringLiteral("--check")}, &errors) == 1);
    REQUIRE(errors.contains(QStringLiteral("De sleutel past niet")));
}
