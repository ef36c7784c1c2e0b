#include "TestSupport.h"

#include "../render/PdfReader.h"

#include "security/KeyFile.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace casusregie;
using namespace casusregie::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(CASUSREGIE_ADMIN_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

const QByteArray password = "een lang genoeg wachtwoord\n";

struct InitialisedFolder {
    QTemporaryDir folder;
    QString db = folder.filePath(QStringLiteral("casusregie.db"));
    QString key = folder.filePath(QStringLiteral("casusregie.key"));

    InitialisedFolder()
    {
        const Run run = admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key,
                               QStringLiteral("--password-stdin")},
                              password);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    Run verify() const { return admin({QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key}); }
};

} // namespace

TEST_CASE("admin init creates an encrypted database, a 0600 key file and verify finds it sound")
{
    InitialisedFolder setup;
    struct stat status {};
    REQUIRE(::stat(QFile::encodeName(setup.key).constData(), &status) == 0);
    REQUIRE((status.st_mode & 0777) == 0600);
    REQUIRE_FALSE(QFile::exists(setup.db + QStringLiteral("-wal")));

    const QByteArray bytes = readFile(setup.db);
    for (const char *text : {"SQLite format 3", "CREATE TABLE", "parties", "users", "Rotterdam", "Politie", "beheer"})
        REQUIRE_FALSE(bytes.contains(text));

    const Run verified = setup.verify();
    REQUIRE(verified.exitCode == 0);
    REQUIRE(verified.out.contains(QStringLiteral("in orde")));
}

TEST_CASE("admin init: the sqlcipher tool cannot read the database without its key")
{
    InitialisedFolder setup;
    const QString sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    REQUIRE_FALSE(sqlcipher.isEmpty()); // installed by scripts/install-deps.sh
    QProcess process;
    process.start(sqlcipher, {setup.db, QStringLiteral("SELECT name FROM sqlite_master;")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() != 0);
    REQUIRE(process.readAllStandardError().contains("not a database"));
    REQUIRE(process.readAllStandardOutput().isEmpty());
}

TEST_CASE("admin verify returns 1 after a single byte in the middle of the file has changed")
{
    InitialisedFolder setup;
    QByteArray bytes = readFile(setup.db);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    writeFile(setup.db, bytes);
    const Run verified = setup.verify();
    REQUIRE(verified.exitCode == 1);
    REQUIRE_FALSE(verified.err.isEmpty());
}

TEST_CASE("admin verify checks a database of an older schema as found: it neither migrates nor changes the file")
{
    InitialisedFolder setup;
    {
        // What a database of the previous schema version looks like: without the newest table.
        auto database = Database::open(setup.db, *KeyFile::read(setup.key), Database::OpenMode::Existing);
        REQUIRE(database.has_value());
        REQUIRE(runSql((*database)->connection(), QStringLiteral("DROP TABLE calamiteitsevaluaties")).has_value());
        REQUIRE(runSql((*database)->connection(), QStringLiteral("PRAGMA user_version = 5")).has_value());
        REQUIRE((*database)->checkpointAndTruncateWal().has_value());
    }
    const QByteArray before = readFile(setup.db);
    const Run verified = setup.verify();
    INFO(verified.err.toStdString());
    REQUIRE(verified.exitCode == 0);
    REQUIRE(readFile(setup.db) == before);
    auto database = Database::open(setup.db, *KeyFile::read(setup.key), Database::OpenMode::Inspect);
    REQUIRE((*database)->schemaVersion() == 5);
}

TEST_CASE("admin verify with the wrong key says so in Dutch, returns 1 and changes nothing")
{
    InitialisedFolder setup;
    const QString otherKey = setup.folder.filePath(QStringLiteral("ander.key"));
    REQUIRE(admin({QStringLiteral("init"), QStringLiteral("--db"), setup.folder.filePath(QStringLiteral("ander.db")),
                   QStringLiteral("--key-file"), otherKey, QStringLiteral("--password-stdin")},
                  password)
                .exitCode
            == 0);
    const QByteArray before = readFile(setup.db);
    const Run run = admin({QStringLiteral("verify"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), otherKey});
    REQUIRE(run.exitCode == 1);
    REQUIRE(run.err.contains(QStringLiteral("De sleutel past niet bij deze database, of het bestand is geen Casusregie-database")));
    REQUIRE(readFile(setup.db) == before);
    REQUIRE_FALSE(QFile::exists(setup.db + QStringLiteral("-wal")));
}

TEST_CASE("admin verify names the first broken audit record after one is altered with the database key")
{
    InitialisedFolder setup;
    REQUIRE(QFile::exists(setup.key + QStringLiteral(".audit")));
    REQUIRE(setup.verify().out.contains(QStringLiteral("auditketen is ongeschonden")));
    {
        auto database = casusregie::Database::open(setup.db, *casusregie::KeyFile::read(setup.key),
                                                   casusregie::Database::OpenMode::Existing);
        REQUIRE(database.has_value());
        REQUIRE(casusregie::runSql((*database)->connection(),
                                   QStringLiteral("UPDATE audit_log SET username = 'iemand anders' WHERE id = 1"))
                    .has_value());
    }
    const Run run = setup.verify();
    REQUIRE(run.exitCode == 1);
    REQUIRE(run.err.contains(QStringLiteral("Auditketen verbroken bij record 1")));
}

TEST_CASE("admin audit-head exports the head, verify --audit-head then detects a cut-off tail")
{
    InitialisedFolder setup;
    const QString head = setup.folder.filePath(QStringLiteral("audit.head"));
    const Run exported = admin({QStringLiteral("audit-head"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"),
                                setup.key, QStringLiteral("--out"), head});
    REQUIRE(exported.exitCode == 0);
    const QStringList verifyWithHead{QStringLiteral("verify"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"),
                                     setup.key, QStringLiteral("--audit-head"), head};
    REQUIRE(admin(verifyWithHead).exitCode == 0);
    {
        auto database = casusregie::Database::open(setup.db, *casusregie::KeyFile::read(setup.key),
                                                   casusregie::Database::OpenMode::Existing);
        REQUIRE(casusregie::runSql((*database)->connection(), QStringLiteral("DELETE FROM audit_log")).has_value());
    }
    REQUIRE(setup.verify().exitCode == 0); // an empty chain looks whole on its own
    const Run run = admin(verifyWithHead);
    REQUIRE(run.exitCode == 1);
    REQUIRE(run.err.contains(QStringLiteral("afgekapt")));
}

TEST_CASE("admin demo fills the database deterministically, retention run --dry-run lists and changes nothing")
{
    InitialisedFolder setup;
    const QStringList paths{QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key};
    const Run filled = admin(QStringList{QStringLiteral("demo")} + paths + QStringList{QStringLiteral("--cases"), QStringLiteral("80"),
                                                                                       QStringLiteral("--seed"), QStringLiteral("3")});
    REQUIRE(filled.exitCode == 0);
    REQUIRE(filled.out.contains(QStringLiteral("80 casussen")));
    REQUIRE(filled.out.contains(QStringLiteral("pr.devries")));
    REQUIRE(filled.err.contains(QStringLiteral("Demogegevens: 8 van 80 casussen"))); // progress on the terminal
    REQUIRE(filled.err.contains(QStringLiteral("Demogegevens: 80 van 80 casussen")));

    const QStringList dryRun = QStringList{QStringLiteral("retention"), QStringLiteral("run")} + paths + QStringList{QStringLiteral("--dry-run")};
    const QByteArray before = readFile(setup.db);
    const Run listed = admin(dryRun);
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.out.contains(QStringLiteral("proefdraai")));
    REQUIRE(readFile(setup.db) == before);

    const Run destroyed = admin(QStringList{QStringLiteral("retention"), QStringLiteral("run")} + paths);
    REQUIRE(destroyed.exitCode == 0);
    REQUIRE(destroyed.out.contains(QStringLiteral("vernietigd")));
    REQUIRE(admin(dryRun).out.contains(QStringLiteral("0 te vernietigen")));
    REQUIRE(setup.verify().exitCode == 0);
    REQUIRE(admin(QStringList{QStringLiteral("demo")} + paths + QStringList{QStringLiteral("--cases"), QStringLiteral("veel")}).exitCode == 2);
}

TEST_CASE("admin backup makes a verified encrypted copy with its own key, restore brings it back into a new file")
{
    InitialisedFolder setup;
    const QString backup = setup.folder.filePath(QStringLiteral("backup.db"));
    const QString backupKey = setup.folder.filePath(QStringLiteral("backup.key"));
    const Run made = admin({QStringLiteral("backup"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key,
                            QStringLiteral("--out"), backup, QStringLiteral("--out-key-file"), backupKey});
    REQUIRE(made.exitCode == 0);
    REQUIRE_FALSE(readFile(backup).contains("parties"));
    // The database key does not open the backup: it has its own.
    auto withDatabaseKey = casusregie::Database::open(backup, *casusregie::KeyFile::read(setup.key),
                                                      casusregie::Database::OpenMode::Existing);
    REQUIRE(withDatabaseKey.error().code == casusregie::ErrorCode::WrongKeyOrNotADatabase);

    const QString restored = setup.folder.filePath(QStringLiteral("terug.db"));
    const QString restoredKey = setup.folder.filePath(QStringLiteral("terug.key"));
    REQUIRE(admin({QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--backup-key-file"), backupKey,
                   QStringLiteral("--db"), restored, QStringLiteral("--key-file"), restoredKey})
                .exitCode
            == 0);
    const Run verified = admin({QStringLiteral("verify"), QStringLiteral("--db"), restored, QStringLiteral("--key-file"), restoredKey,
                                QStringLiteral("--audit-key-file"), setup.key + QStringLiteral(".audit")});
    REQUIRE(verified.exitCode == 0);
    REQUIRE(admin({QStringLiteral("backup"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key,
                   QStringLiteral("--out"), backup, QStringLiteral("--out-key-file"), backupKey + QStringLiteral("2")})
                .exitCode
            == 2); // never overwrites
}

TEST_CASE("admin init refuses to overwrite an existing database")
{
    InitialisedFolder setup;
    const QByteArray before = readFile(setup.db);
    const Run run = admin({QStringLiteral("init"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key,
                           QStringLiteral("--password-stdin")},
                          password);
    REQUIRE(run.exitCode == 2);
    REQUIRE(run.err.contains(QStringLiteral("overschrijft nooit")));
    REQUIRE(readFile(setup.db) == before);
}

TEST_CASE("admin init with a weak or missing password creates no files")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("c.db"));
    const QString key = folder.filePath(QStringLiteral("c.key"));
    const QStringList arguments{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), key};

    const Run weak = admin(arguments + QStringList{QStringLiteral("--password-stdin")}, "kort\n");
    REQUIRE(weak.exitCode == 2);
    REQUIRE(weak.err.contains(QStringLiteral("minstens 12 tekens")));

    const Run noTerminal = admin(arguments); // no terminal to ask on, and no --password-stdin
    REQUIRE(noTerminal.exitCode == 2);
    REQUIRE_FALSE(QFile::exists(db));
    REQUIRE_FALSE(QFile::exists(key));
}

TEST_CASE("admin refuses a key file that others can read, with exit code 2")
{
    InitialisedFolder setup;
    ::chmod(QFile::encodeName(setup.key).constData(), 0644);
    const Run run = setup.verify();
    REQUIRE(run.exitCode == 2);
    REQUIRE(run.err.contains(QStringLiteral("chmod 600")));
}

TEST_CASE("admin reports unknown options, unknown commands and missing files with exit code 2")
{
    QTemporaryDir folder;
    const QString missing = folder.filePath(QStringLiteral("ontbreekt.db"));
    const QString key = folder.filePath(QStringLiteral("ontbreekt.key"));

    const Run unknownOption = admin({QStringLiteral("verify"), QStringLiteral("--frobnicate")});
    REQUIRE(unknownOption.exitCode == 2);
    REQUIRE(unknownOption.err.contains(QStringLiteral("Onbekende optie")));

    REQUIRE(admin({QStringLiteral("opruimen")}).exitCode == 2);
    REQUIRE(admin({}).exitCode == 2);
    REQUIRE(admin({QStringLiteral("verify"), QStringLiteral("--db")}).exitCode == 2);
    REQUIRE(admin({QStringLiteral("verify"), QStringLiteral("--key-file"), key}).exitCode == 2);

    const Run missingDb = admin({QStringLiteral("verify"), QStringLiteral("--db"), missing, QStringLiteral("--key-file"), key});
    REQUIRE(missingDb.exitCode == 2);
    REQUIRE(missingDb.err.contains(QStringLiteral("bestaat niet")));
    REQUIRE_FALSE(QFile::exists(missing));
}

TEST_CASE("admin --help is in Dutch for the tool and for every command")
{
    const Run general = admin({QStringLiteral("--help")});
    REQUIRE(general.exitCode == 0);
    REQUIRE(general.out.contains(QStringLiteral("Gebruik: casusregie-admin")));
    for (const char *command : {"init", "verify", "audit-head", "demo"}) {
        const Run help = admin({QLatin1String(command), QStringLiteral("--help")});
        REQUIRE(help.exitCode == 0);
        REQUIRE(help.out.contains(QStringLiteral("Opties:")));
        REQUIRE(help.out.contains(QStringLiteral("--db BESTAND")));
    }
}

TEST_CASE("B6: the admin tool acts through the service gate: audited under the account that acted, refused for other roles")
{
    InitialisedFolder setup;
    const QStringList db{QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key};
    const auto addAnalist = [&](const QString &as, const QByteArray &input) {
        return admin(QStringList{QStringLiteral("user"), QStringLiteral("add")} + db
                         + QStringList{QStringLiteral("--as"), as, QStringLiteral("--username"), QStringLiteral("analist"),
                                       QStringLiteral("--name"), QStringLiteral("Analist"), QStringLiteral("--party"),
                                       QStringLiteral("Rotterdam"), QStringLiteral("--roles"), QStringLiteral("data_analist")},
                     input);
    };
    const Run wrongPassword = addAnalist(QStringLiteral("beheer"), "niet het wachtwoord\n");
    REQUIRE(wrongPassword.exitCode == 1);
    REQUIRE(wrongPassword.err.contains(QStringLiteral("onjuist")));

    const Run added = addAnalist(QStringLiteral("beheer"), password);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString oneTime = QRegularExpression(QStringLiteral("Eenmalig wachtwoord.*: (\\S+)")).match(added.out).captured(1);
    REQUIRE(oneTime.size() == 20);

    // The analyst, once it has its own password, is refused beheer's work like in the client.
    const Run own = admin(QStringList{QStringLiteral("account"), QStringLiteral("password")} + db
                              + QStringList{QStringLiteral("--as"), QStringLiteral("analist")},
                          oneTime.toUtf8() + "\nanalist wachtwoord lang genoeg\n");
    REQUIRE(own.exitCode == 0);
    const Run refused = admin(QStringList{QStringLiteral("user"), QStringLiteral("disable")} + db
                                  + QStringList{QStringLiteral("--as"), QStringLiteral("analist"), QStringLiteral("--username"),
                                                QStringLiteral("beheer")},
                              "analist wachtwoord lang genoeg\n");
    REQUIRE(refused.exitCode == 2);

    // Every step is in the audit log under the account that took it, written by the service's gate.
    auto database = Database::open(setup.db, *KeyFile::read(setup.key), Database::OpenMode::Existing);
    REQUIRE(database.has_value());
    auto query = runSql((*database)->connection(), QStringLiteral("SELECT username, action, outcome FROM audit_log ORDER BY id"));
    QStringList trail;
    while (query->next())
        trail << QStringLiteral("%1 %2 %3").arg(query->value(0).toString(), query->value(1).toString(), query->value(2).toString());
    INFO(trail.join(QLatin1Char('\n')).toStdString());
    REQUIRE(trail.contains(QStringLiteral("beheer manage_users allowed")));
    REQUIRE(trail.contains(QStringLiteral("analist change_own_password allowed")));
    REQUIRE(trail.contains(QStringLiteral("analist view_users denied"))); // finding the account is already refused
    // Only the initialisation, before any account exists, is the tool's own.
    REQUIRE(trail.filter(QStringLiteral("casusregie-admin")) == QStringList{QStringLiteral("casusregie-admin initialise_database allowed")});
}

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return status.st_mode & 0777;
}

} // namespace

TEST_CASE("Issue 10: the database, its backups and their key and .kdf files are created readable by their owner only")
{
    InitialisedFolder setup;
    REQUIRE(modeOf(setup.db) == 0600);
    REQUIRE(modeOf(setup.key + QStringLiteral(".audit")) == 0600);
    const QString backup = setup.folder.filePath(QStringLiteral("backup.db"));
    const Run made = admin({QStringLiteral("backup"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key,
                            QStringLiteral("--out"), backup, QStringLiteral("--passphrase-stdin")},
                           "een lange wachtzin voor de back-up\n");
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    REQUIRE(modeOf(backup) == 0600);
    REQUIRE(modeOf(backup + QStringLiteral(".kdf")) == 0600);
}

TEST_CASE("Issue 10: a wrong audit key is named as such, not as a damaged database")
{
    InitialisedFolder setup;
    const QString otherKey = setup.folder.filePath(QStringLiteral("andere.audit"));
    REQUIRE(KeyFile::create(otherKey).has_value());
    const Run verified = admin({QStringLiteral("verify"), QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key,
                                QStringLiteral("--audit-key-file"), otherKey});
    REQUIRE(verified.exitCode == 1);
    REQUIRE(verified.err.contains(QStringLiteral("auditsleutel past niet")));
    REQUIRE_FALSE(verified.err.contains(QStringLiteral("beschadigd")));
}

TEST_CASE("Issue 12: admin report writes the privacy officer's documents as PDF through the service gate, readable by the owner only, and refuses other roles")
{
    InitialisedFolder setup;
    const QStringList paths{QStringLiteral("--db"), setup.db, QStringLiteral("--key-file"), setup.key};
    REQUIRE(admin(QStringList{QStringLiteral("demo")} + paths + QStringList{QStringLiteral("--cases"), QStringLiteral("5")}).exitCode == 0);
    const QByteArray demoPassword = "demo-wachtwoord-2026\n";
    const auto report = [&](const QString &kind, const QString &as, const QString &out) {
        return admin(QStringList{QStringLiteral("report"), kind} + paths
                         + QStringList{QStringLiteral("--as"), as, QStringLiteral("--out"), out},
                     demoPassword);
    };

    const QString datalekken = setup.folder.filePath(QStringLiteral("datalekken.pdf"));
    const Run made = report(QStringLiteral("datalekken"), QStringLiteral("privacy.mulder"), datalekken);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(modeOf(datalekken) == 0600);
    const QString text = pdfReading(datalekken);
    CHECK(text.contains(QStringLiteral("Overzicht van datalekken")));
    CHECK(text.contains(QStringLiteral("Verslag naar een verkeerde ontvanger gemaild")));
    CHECK(text.contains(QStringLiteral("pagina 1 van")));

    const QString registerPdf = setup.folder.filePath(QStringLiteral("register.pdf"));
    REQUIRE(report(QStringLiteral("verwerkingsregister"), QStringLiteral("privacy.mulder"), registerPdf).exitCode == 0);
    CHECK(pdfReading(registerPdf).contains(QStringLiteral("a. Verwerkingsverantwoordelijken")));
    const QString verwerkers = setup.folder.filePath(QStringLiteral("verwerkers.pdf"));
    REQUIRE(report(QStringLiteral("verwerkers"), QStringLiteral("privacy.mulder"), verwerkers).exitCode == 0);
    CHECK(pdfReading(verwerkers).contains(QStringLiteral("Overzicht van verwerkers")));

    // C 12.3: the annual figures for the data analyst, anonymised, with their charts.
    const QString jaarcijfers = setup.folder.filePath(QStringLiteral("jaarcijfers.pdf"));
    const Run figures = admin(QStringList{QStringLiteral("report"), QStringLiteral("jaarcijfers")} + paths
                                  + QStringList{QStringLiteral("--as"), QStringLiteral("analist.bos"), QStringLiteral("--year"),
                                                QString::number(QDate::currentDate().year()), QStringLiteral("--out"), jaarcijfers},
                              demoPassword);
    INFO(figures.err.toStdString());
    REQUIRE(figures.exitCode == 0);
    CHECK(pdfReading(jaarcijfers).contains(QStringLiteral("Jaarcijfers %1").arg(QDate::currentDate().year())));

    // A procesregisseur may not read the breach register: refused, and no file.
    const QString refusedFile = setup.folder.filePath(QStringLiteral("geweigerd.pdf"));
    const Run refused = report(QStringLiteral("datalekken"), QStringLiteral("pr.devries"), refusedFile);
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(refusedFile));
    // Without --out nothing is read.
    CHECK(admin(QStringList{QStringLiteral("report"), QStringLiteral("datalekken")} + paths
                    + QStringList{QStringLiteral("--as"), QStringLiteral("privacy.mulder")},
                demoPassword)
              .exitCode == 2);
}
