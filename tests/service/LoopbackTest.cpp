// Every operation of the table, called through RemoteService -> TLS -> CasusregieServer ->
// LocalService on one copy of a database, and directly on LocalService on an identical copy:
// the answers, refusals included, must be the same, and each call is audited under the action
// the table names.
#include "ServiceWorld.h"

#include "net/CasusregieServer.h"
#include "demo/DemoGenerator.h"
#include "net/CborSchema.h"
#include "net/OperationTable.h"
#include "net/RemoteService.h"
#include "net/ReportWorker.h"
#include "net/TlsConfiguration.h"
#include "security/TestCertificates.h"
#include "security/Totp.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

using namespace casusregie;
using namespace casusregie::test;

namespace {

// The value every parameter of a type gets in one pass over the table: ids of the world's casus
// (or of nothing), sensible text and dates, and structures filled only where they name a casus.
struct Samples {
    qint64 id = 0;
    QDateTime now;

    template <typename T>
    T make() const
    {
        if constexpr (std::is_same_v<T, qint64>)
            return id;
        else if constexpr (std::is_same_v<T, int>)
            return now.date().year();
        else if constexpr (std::is_same_v<T, bool>)
            return true;
        else if constexpr (std::is_same_v<T, QString>)
            return QStringLiteral("Via de loopback");
        else if constexpr (std::is_same_v<T, QDate>)
            return now.date();
        else if constexpr (std::is_same_v<T, QDateTime>)
            return now.addDays(1);
        else if constexpr (std::is_enum_v<T>)
            return allEnumValues<T>().back();
        else if constexpr (requires { typename T::value_type; } && !std::is_same_v<T, QString>)
            return T{make<typename T::value_type>()};
        else {
            T value{};
            if constexpr (requires { value.casusId; })
                value.casusId = id;
            return value;
        }
    }
};

template <typename R>
QByteArray answerOf(const R &result)
{
    if (!result)
        return QByteArray("fout ") + QByteArray::number(int(result.error().code)) + ' ' + result.error().message.toUtf8();
    if constexpr (std::is_void_v<typename R::value_type>)
        return QByteArrayLiteral("ok");
    else
        return cbor::encode(*result).toCbor();
}

QString lastAuditAction(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")) || !query.next())
        return {};
    return query.value(0).toString();
}

struct Pair {
    Service &direct;
    Service &remote;
    Database &directDatabase;
};

template <typename R, typename... P>
void compare(const OperationDescription &operation, R (Service::*member)(P...), Pair pair, const Samples &samples)
{
    auto arguments = std::make_tuple(samples.make<std::remove_cvref_t<P>>()...);
    const QString before = lastAuditAction(pair.directDatabase);
    const R direct = std::apply([&](auto &...value) { return (pair.direct.*member)(value...); }, arguments);
    const QString audited = lastAuditAction(pair.directDatabase);
    const R remote = std::apply([&](auto &...value) { return (pair.remote.*member)(value...); }, arguments);
    INFO(operation.name.toStdString() << " met id " << samples.id);
    INFO("direct: " << answerOf(direct).left(300).toStdString());
    INFO("remote: " << answerOf(remote).left(300).toStdString());
    if (operation.name == QLatin1String("beginSecondFactorEnrolment")) // a new random secret each time
        REQUIRE(direct.has_value() == remote.has_value());
    else
        REQUIRE(answerOf(direct) == answerOf(remote));
    INFO("auditactie " << audited.toStdString() << ", vorige " << before.toStdString());
    REQUIRE(audited.toStdString() == enumKey(operation.policy).toStdString());
}

void compareEveryOperation(Pair pair, const Samples &samples)
{
    const QList<OperationDescription> table = OperationTable::descriptions();
    qsizetype index = 0;
#define CASUSREGIE_COMPARE(name, operation, R, parameters, arguments) \
    compare(table.at(index++), &Service::name, pair, samples);
    CASUSREGIE_SERVICE_OPERATIONS(CASUSREGIE_COMPARE)
#undef CASUSREGIE_COMPARE
}

std::unique_ptr<Database> copyOf(Database &source, const QString &path, const DatabaseKey &key)
{
    REQUIRE(Backup::exportTo(source, path, key).has_value());
    auto opened = Database::open(path, key, Database::OpenMode::Existing);
    REQUIRE(opened.has_value());
    return std::move(*opened);
}

// A test CA and server certificate in `folder` (the client trusts folder/ca.pem), and no rate
// limit: a test calls as fast as it can.
ServerSettings loopbackSettings(const QTemporaryDir &folder)
{
    auto ca = TestCertificates::makeCertificateAuthority(QStringLiteral("Loopback-CA"), 2);
    auto certificate = TestCertificates::makeServerCertificate(*ca, QStringLiteral("127.0.0.1"), 2);
    REQUIRE(TestCertificates::write(*ca, folder.filePath(QStringLiteral("ca.pem")), folder.filePath(QStringLiteral("ca.key"))));
    REQUIRE(TestCertificates::write(*certificate, folder.filePath(QStringLiteral("server.pem")),
                                    folder.filePath(QStringLiteral("server.key"))));
    ServerSettings settings;
    settings.tls = *tls::serverConfiguration(folder.filePath(QStringLiteral("server.pem")),
                                             folder.filePath(QStringLiteral("server.key")), {}, QDateTime::currentDateTimeUtc());
    settings.limits.maxRequestsPerSecond = 100000;
    return settings;
}

// Runs this thread's event loop (the server's) until every client thread has finished.
void serveUntilDone(const std::vector<QThread *> &clients)
{
    QEventLoop serving;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &serving, [&] {
        if (std::all_of(clients.begin(), clients.end(), [](QThread *client) { return client->isFinished(); }))
            serving.quit();
    });
    poll.start(10);
    serving.exec();
}

} // namespace

TEST_CASE("Loopback: every operation answers through the server exactly as the service does directly, refusals included, audited under its action")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 betrokkeneId = world.addBetrokkene(casusId);
    REQUIRE(world.addGegeven(QStringLiteral("politie"), casusId, betrokkeneId, DataCategory::Politiegegevens,
                          QStringLiteral("Politie"), Grondslag::Wpg20)
                .has_value());
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    const QStringList seats{QStringLiteral("pr1"), QStringLiteral("politie"), QStringLiteral("hoofd"),
                            QStringLiteral("fg"), QStringLiteral("fb")};
    QHash<QString, QByteArray> secrets;
    for (const QString &seat : seats) {
        secrets.insert(seat, Totp::generateSecret());
        REQUIRE(UserRepository(world.setup.database()).setTotpSecret(world.userId(seat), secrets.value(seat)).has_value());
    }

    QTemporaryDir folder;
    auto viaServer = copyOf(world.setup.database(), folder.filePath(QStringLiteral("server.db")), world.setup.key);
    auto direct = copyOf(world.setup.database(), folder.filePath(QStringLiteral("direct.db")), world.setup.key);

    const ServerSettings settings = loopbackSettings(folder);
    CasusregieServer server(*viaServer, world.setup.key, world.clock, world.setup.auditKey, settings);
    REQUIRE(server.listen().has_value());
    const auto clientTls = tls::clientConfiguration(folder.filePath(QStringLiteral("ca.pem")));

    for (const QString &seat : seats) {
        const QString code = Totp::codeFor(secrets.value(seat), Totp::stepAt(world.clock.now()));
        RemoteService remote(ServerProfile{QStringLiteral("127.0.0.1"), server.port(), {}, {}, {}}, *clientTls, 20000);
        LocalService local(*direct, world.clock, world.setup.auditKey, LocalService::SecondFactor::AlwaysRequired);
        INFO("als " << seat.toStdString());
        REQUIRE(answerOf(remote.login(seat, ServiceWorld::password, code)) == answerOf(local.login(seat, ServiceWorld::password, code)));
        for (const qint64 id : {casusId, qint64(987654)})
            compareEveryOperation({local, remote, *direct}, Samples{id, world.clock.now()});
        remote.logout();
        local.logout();
    }
}

// Issue 11: the server writes the audit records of reads in groups (AuditGroupCommit), one commit for
// all reads that came in meanwhile. A read's answer still waits for its record.
TEST_CASE("Issue 11, B6 3.6: through the server reads from many connections at once each keep their audit record in one unbroken chain, and a read whose record cannot be written gets no data")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const QStringList users{QStringLiteral("pr1"), QStringLiteral("pr2"), QStringLiteral("politie"), QStringLiteral("antes")};
    const QByteArray secret = Totp::generateSecret();
    for (const QString &user : users)
        REQUIRE(UserRepository(world.setup.database()).setTotpSecret(world.userId(user), secret).has_value());
    QTemporaryDir folder;
    auto served = copyOf(world.setup.database(), folder.filePath(QStringLiteral("server.db")), world.setup.key);
    const ServerSettings settings = loopbackSettings(folder);
    CasusregieServer server(*served, world.setup.key, world.clock, world.setup.auditKey, settings);
    REQUIRE(server.listen().has_value());
    const auto clientTls = tls::clientConfiguration(folder.filePath(QStringLiteral("ca.pem")));
    const auto countOf = [&](const char *action) {
        auto query = runSql(served->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND outcome = 'allowed'"),
                            {QLatin1String(action)});
        REQUIRE(query.has_value());
        REQUIRE(query->next());
        return query->value(0).toInt();
    };

    // Four connections at once, each on a thread of its own, while this thread serves them.
    constexpr int rounds = 10;
    const int partiesBefore = countOf("view_parties");
    const int pagesBefore = countOf("view_worklist");
    const QString code = Totp::codeFor(secret, Totp::stepAt(world.clock.now()));
    std::atomic<int> answered{0};
    std::vector<QThread *> clients;
    for (const QString &user : users) {
        clients.push_back(QThread::create([&, user] {
            RemoteService remote(ServerProfile{QStringLiteral("127.0.0.1"), server.port(), {}, {}, {}}, *clientTls, 20000);
            if (!remote.login(user, ServiceWorld::password, code))
                return;
            for (int round = 0; round < rounds; ++round) {
                answered += remote.parties().has_value() ? 1 : 0;
                answered += remote.worklistPage(PageRequest{}).has_value() ? 1 : 0;
            }
        }));
        clients.back()->start();
    }
    serveUntilDone(clients);
    for (QThread *client : clients)
        delete client;
    clients.clear();
    REQUIRE(answered == 2 * int(users.size()) * rounds);
    REQUIRE(countOf("view_parties") == partiesBefore + int(users.size()) * rounds);
    REQUIRE(countOf("view_worklist") == pagesBefore + int(users.size()) * rounds);
    const auto chain = AuditLog(*served, world.setup.auditKey).verify();
    REQUIRE(chain.has_value());
    REQUIRE(chain->intact());

    // The group commit cannot write the record of this kind of read: the reader gets no parties.
    REQUIRE(runSql(served->connection(), QStringLiteral("CREATE TRIGGER geen_partijen BEFORE INSERT ON audit_log "
                                                        "WHEN NEW.action = 'view_parties' BEGIN SELECT RAISE(ABORT, 'nee'); END"))
                .has_value());
    RemoteService remote(ServerProfile{QStringLiteral("127.0.0.1"), server.port(), {}, {}, {}}, *clientTls, 20000);
    world.clock.set(world.clock.now().addSecs(30)); // a TOTP code opens one login
    REQUIRE(remote.login(QStringLiteral("pr1"), ServiceWorld::password, Totp::codeFor(secret, Totp::stepAt(world.clock.now())))
                .has_value());
    const auto refused = remote.parties();
    REQUIRE_FALSE(refused.has_value());
    REQUIRE(refused.error().code == ErrorCode::StorageFailure);
    REQUIRE(remote.casus(casusId).has_value()); // other reads are still answered
}

// Issue 11: the annual figures read the whole database (set-based, linear): the server computes them
// on its report worker, so the request thread answers everyone else meanwhile.
TEST_CASE("Issue 11: while the server computes the annual figures for the hoofd, it goes on answering other users")
{
    ServiceWorld world;
    REQUIRE(demo::fillDemoData(world.setup.database(), world.setup.auditKey, world.clock, {1000, 3, {}}).has_value());
    const QByteArray secret = Totp::generateSecret();
    for (const QString &user : {QStringLiteral("hoofd"), QStringLiteral("pr1")})
        REQUIRE(UserRepository(world.setup.database()).setTotpSecret(world.userId(user), secret).has_value());
    QTemporaryDir folder;
    auto served = copyOf(world.setup.database(), folder.filePath(QStringLiteral("server.db")), world.setup.key);
    CasusregieServer server(*served, world.setup.key, world.clock, world.setup.auditKey, loopbackSettings(folder));
    REQUIRE(server.listen().has_value());
    const auto clientTls = tls::clientConfiguration(folder.filePath(QStringLiteral("ca.pem")));
    const QString code = Totp::codeFor(secret, Totp::stepAt(world.clock.now()));
    const auto connect = [&] {
        return std::make_unique<RemoteService>(ServerProfile{QStringLiteral("127.0.0.1"), server.port(), {}, {}, {}}, *clientTls, 60000);
    };

    std::atomic<int> phase{0}; // 1: both logged in, 2: the figures were asked for, 3: they arrived
    std::atomic<bool> figuresArrived{false};
    std::atomic<int> answeredMeanwhile{0};
    std::vector<QThread *> clients;
    clients.push_back(QThread::create([&] {
        auto hoofd = connect();
        if (!hoofd->login(QStringLiteral("hoofd"), ServiceWorld::password, code)) {
            phase = 3;
            return;
        }
        while (phase < 1)
            QThread::msleep(1);
        phase = 2;
        figuresArrived = hoofd->annualFigures(2025).has_value();
        phase = 3;
    }));
    clients.push_back(QThread::create([&] {
        auto pr = connect();
        const bool loggedIn = pr->login(QStringLiteral("pr1"), ServiceWorld::password, code).has_value();
        phase = loggedIn ? 1 : 3;
        while (phase < 2)
            QThread::msleep(1);
        while (phase < 3) {
            const bool answered = pr->parties().has_value();
            if (answered && phase < 3)
                ++answeredMeanwhile;
        }
    }));
    for (QThread *client : clients)
        client->start();
    serveUntilDone(clients);
    for (QThread *client : clients)
        delete client;
    REQUIRE(figuresArrived);
    // On the request thread the figures would hold up every other request until they were done;
    // one request may slip in before them.
    INFO("beantwoord terwijl de jaarcijfers liepen: " << answeredMeanwhile);
    REQUIRE(answeredMeanwhile >= 3);
}

// Availability: a flood of report requests waits in a bounded queue; what does not fit is refused
// at once, and every report that was taken on gets its answer.
TEST_CASE("Issue 11: the report worker keeps at most a few reports waiting, refuses the rest at once and answers every one it took")
{
    ServiceWorld world;
    LocalService &hoofd = world.as(QStringLiteral("hoofd"));
    const auto session = hoofd.sessionState();
    REQUIRE(session.has_value());
    ReportWorker worker(world.setup.path(), world.setup.key, world.setup.auditKey, world.clock); // a connection of its own
    int taken = 0;
    int refused = 0;
    int answered = 0;
    for (int i = 0; i < 200; ++i) {
        const bool queued = worker.run(*session, QStringLiteral("annualFigures"), QCborMap{{QStringLiteral("year"), 2026}},
                                       [&](const Result<QCborValue> &) { ++answered; });
        (queued ? taken : refused) += 1;
    }
    REQUIRE(refused > 0);
    QDeadlineTimer deadline(60000);
    while (answered < taken && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(answered == taken);
}
