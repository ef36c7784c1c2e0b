#include "ServerFixture.h"

#include "net/CborSchema.h"
#include "storage/Backup.h"
#include "storage/CasusRepository.h"
#include "storage/SqlStatement.h"

#include <QThread>
#include <QTimer>

#include <atomic>

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("Concurrency: 16 clients writing at once, every acknowledged write present afterwards")
{
    constexpr int clients = 16;
    constexpr int writesPerClient = 10;
    ServerFixture fixture;
    for (int i = 0; i < clients; ++i)
        fixture.addUser(QStringLiteral("partner%1").arg(i), Role::Partnerdeelnemer, "Politie");
    fixture.start();

    std::atomic<int> acknowledged{0};
    std::atomic<int> refused{0};
    QList<QThread *> threads;
    for (int i = 0; i < clients; ++i) {
        const QString username = QStringLiteral("partner%1").arg(i);
        const QString code = fixture.codeFor(username);
        const auto tls = *tls::clientConfiguration(fixture.path("ca.pem"));
        const quint16 port = fixture.port();
        threads << QThread::create([=, &acknowledged, &refused] {
            RemoteService remote(ServerProfile{QStringLiteral("127.0.0.1"), port, {}, {}, {}}, tls, 60000);
            if (!remote.login(username, ServerFixture::password, code)) {
                refused += writesPerClient;
                return;
            }
            for (int w = 0; w < writesPerClient; ++w) {
                if (remote.submitAanmelding({QStringLiteral("Gelijktijdige aanmelding %1-%2 (fictief)").arg(username).arg(w)}))
                    ++acknowledged;
                else
                    ++refused;
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        REQUIRE(thread->wait(120000));
        delete thread;
    }
    REQUIRE(refused == 0); // no client ever saw SQLITE_BUSY or any other refusal
    REQUIRE(acknowledged == clients * writesPerClient);
    fixture.stop();
    auto database = fixture.reopen();
    auto query = runSql(database->connection(), QStringLiteral("SELECT count(*) FROM casus"));
    REQUIRE(query->next());
    REQUIRE(query->value(0).toInt() == clients * writesPerClient);
}

TEST_CASE("Durability: after SIGKILL mid-stream every acknowledged write is there and the database is sound")
{
    ServerFixture fixture;
    fixture.addUser(QStringLiteral("politie"), Role::Partnerdeelnemer, "Politie");
    fixture.start();
    auto partner = fixture.loggedIn(QStringLiteral("politie"));
    QList<CasusNumber> acknowledged;
    for (int i = 0; i < 25; ++i) {
        auto aanmelding = partner->submitAanmelding({QStringLiteral("Aanmelding %1 (fictief)").arg(i)});
        REQUIRE(aanmelding.has_value());
        acknowledged << aanmelding->number;
    }
    // One more request on its way while the server dies.
    // Its answer may never come: the server is killed.
    static_cast<void>(partner->request(QStringLiteral("submitAanmelding"),
                                       {{QStringLiteral("aanmelding"), cbor::encode(NewAanmelding{QStringLiteral("onderweg (fictief)")})}}));
    fixture.kill();

    fixture.start(); // it starts again on the same files
    fixture.stop();
    auto database = fixture.reopen();
    REQUIRE(database->integrityCheck()->isEmpty());
    CasusRepository cases(*database);
    for (const CasusNumber &number : acknowledged)
        REQUIRE(cases.byNumber(number).has_value());
}

TEST_CASE("Backup of a live database: taken while the server runs and writes, verified and restorable")
{
    ServerFixture fixture;
    fixture.addUser(QStringLiteral("politie"), Role::Partnerdeelnemer, "Politie");
    fixture.start();
    auto partner = fixture.loggedIn(QStringLiteral("politie"));
    for (int i = 0; i < 5; ++i)
        REQUIRE(partner->submitAanmelding({QStringLiteral("Voor de back-up %1 (fictief)").arg(i)}).has_value());
    {
        auto live = fixture.reopen(); // a second connection next to the running server
        const DatabaseKey backupKey = DatabaseKey::generate();
        REQUIRE(Backup::exportTo(*live, fixture.path("backup.db"), backupKey).has_value());
        auto copy = Database::open(fixture.path("backup.db"), backupKey, Database::OpenMode::Existing);
        REQUIRE(copy.has_value());
        auto query = runSql((*copy)->connection(), QStringLiteral("SELECT count(*) FROM casus"));
        REQUIRE(query->next());
        REQUIRE(query->value(0).toInt() == 5);
    }
    REQUIRE(partner->submitAanmelding({QStringLiteral("Na de back-up (fictief)")}).has_value()); // the server went on
}

