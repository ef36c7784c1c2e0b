// Issues 10 and 11: what one server does under a login flood, under 1, 8 and 32 paced clients, and
// while the retention run destroys, measured in one process over the loopback.
#include "ServerBench.h"

#include "Checked.h"

#include "net/CasusregieServer.h"
#include "net/RemoteService.h"
#include "net/TlsConfiguration.h"
#include "demo/DemoGenerator.h"
#include "security/TestCertificates.h"
#include "security/Totp.h"
#include "service/RetentionWorker.h"
#include "setup/DatabaseSetup.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

namespace casusregie::bench {

namespace {

// The system's time, moved on a TOTP step for each login of the load: the server refuses a code
// of a step already used (replay), and the load logs in many connections of the same users.
class BenchClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    QDateTime nextStep()
    {
        m_offsetSeconds += Totp::stepSeconds;
        return now();
    }

private:
    std::atomic<qint64> m_offsetSeconds{0};
};

// The server on its own thread, as in the real process, with a logged-in-able account.
struct BenchServer {
    QTemporaryDir folder;
    std::atomic<quint16> port{0};
    std::atomic<bool> stopping{false};
    QThread *thread = nullptr;
    QByteArray secret = Totp::generateSecret();
    BenchClock clock;
    QString path;
    DatabaseKey key = DatabaseKey::generate();
    DatabaseKey auditKey = DatabaseKey::generate();

    // With `cases` > 0, a demo database of that many casussen (logins without a second factor).
    bool start(const QString &password, ConnectionLimits limits, int cases = 0)
    {
        const auto at = [&](const char *name) { return folder.filePath(QLatin1String(name)); };
        auto ca = TestCertificates::makeCertificateAuthority(QStringLiteral("Bench-CA"), 2);
        auto cert = ca ? TestCertificates::makeServerCertificate(*ca, QStringLiteral("127.0.0.1"), 2) : ca;
        if (!cert || !TestCertificates::write(*ca, at("ca.pem"), at("ca.key")) || !TestCertificates::write(*cert, at("s.pem"), at("s.key")))
            return false;
        {
            auto db = DatabaseSetup::initialise(at("d.db"), key, auditKey,
                                                FirstAccount{QStringLiteral("beheer"), QStringLiteral("B"), password,
                                                             QStringLiteral("Rotterdam"), cases > 0},
                                                clock);
            if (!db || (cases > 0 && !demo::fillDemoData(**db, auditKey, clock, {cases, 7, {}})))
                return false;
            UserRepository users(**db);
            for (const QString &username : {QStringLiteral("beheer"), QStringLiteral("pr.devries"), QStringLiteral("pr.bakker")}) {
                auto user = users.byUsername(username);
                if (user && !users.setTotpSecret(user->id, secret))
                    return false;
            }
        }
        path = at("d.db");
        const QString certPath = at("s.pem");
        const QString keyPath = at("s.key");
        thread = QThread::create([this, certPath, keyPath, limits] {
            auto db = Database::open(path, key, Database::OpenMode::Existing);
            auto tls = tls::serverConfiguration(certPath, keyPath, {}, QDateTime::currentDateTimeUtc());
            if (!db || !tls)
                return;
            CasusregieServer server(**db, key, clock, auditKey, ServerSettings{QHostAddress::LocalHost, 0, *tls, limits});
            if (!server.listen())
                return;
            port = server.port();
            // Waits for events like the real server's loop (a poll without waiting would spin a core);
            // the sweep timer wakes it at least twice a second to see `stopping`.
            QEventLoop loop;
            while (!stopping)
                loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        });
        thread->setObjectName(QStringLiteral("bench-server")); // its own name in a profile
        thread->start();
        QElapsedTimer waited;
        waited.start();
        while (port == 0 && waited.elapsed() < 10000)
            QThread::msleep(10);
        return port != 0;
    }
    ~BenchServer()
    {
        if (thread) {
            stopping = true;
            thread->wait();
            delete thread;
        }
    }
    std::unique_ptr<RemoteService> client()
    {
        return std::make_unique<RemoteService>(ServerProfile{QStringLiteral("127.0.0.1"), port, {}, {}, {}},
                                               *tls::clientConfiguration(folder.filePath(QStringLiteral("ca.pem"))), 60000);
    }
};

// Calls paced at 40 per second, under the server's limit per connection (50): a faster client is
// cut off as a flood, and its failed calls would measure nothing.
double medianMs(int times, const std::function<void()> &call)
{
    std::vector<double> samples;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        call();
        samples.push_back(timer.nsecsElapsed() / 1e6);
        QThread::msleep(25);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

namespace {

std::mutex loginTurn;
QHash<QString, qint64> lastStepOf; // guarded by loginTurn

// Logs in as one of the two demo procesregisseurs, each user's logins on steps of their own
// (BenchClock); two users halve how far the clock moves, as sessions idle out after 15 minutes.
void logInForLoad(BenchServer &server, RemoteService &remote, int client)
{
    const std::lock_guard<std::mutex> turn(loginTurn);
    const QString username = client % 2 == 0 ? QStringLiteral("pr.devries") : QStringLiteral("pr.bakker");
    QDateTime at = server.clock.now();
    if (lastStepOf.value(username, -1) >= Totp::stepAt(at))
        at = server.clock.nextStep();
    lastStepOf.insert(username, Totp::stepAt(at));
    checked(remote.login(username, demo::demoPassword, Totp::codeFor(server.secret, Totp::stepAt(at))), "inloggen");
}

// Issue 11's load: each client a connection of its own, paced at 40 calls a second (the server
// allows 50 per connection), cycling through what a procesregisseur's client asks most.
struct Load {
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    qsizetype calls = 0;
    double cpuMsPerCall = 0; // the whole process, clients included: what a call costs on this machine
};

// Processor time of the whole process (all threads), user and system.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Real clients run on their own machines. Here 32 client threads share 2 cores with the server's
// one request thread, and the scheduler would give that thread a 33rd of the time: the figure would
// measure the bench, not the server. A client thread therefore runs at a lower priority (nice 10,
// which needs no privilege), and the processor time per call still counts both sides.
void yieldToTheServer()
{
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
}

double percentile(const std::vector<double> &sorted, double fraction)
{
    return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())))];
}

// `whileDestroying`: the retention run may destroy the casus a client asks for; "it does not exist"
// is then the right answer, and still an answered call.
Load paced(BenchServer &server, int clients, int milliseconds, bool whileDestroying = false)
{
    const auto answered = [whileDestroying](const auto &result, const char *what) {
        if (!(whileDestroying && !result && result.error().code == ErrorCode::NotFound))
            checked(result, what);
    };
    std::vector<std::vector<double>> latencies(static_cast<size_t>(clients));
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<QThread *> threads;
    for (int c = 0; c < clients; ++c) {
        threads.push_back(QThread::create([&, c] {
            yieldToTheServer();
            auto remote = server.client();
            logInForLoad(server, *remote, c);
            auto worklist = remote->worklist();
            checked(worklist, "werkvoorraad");
            const CasusOverview casus = worklist->value(c % std::max<qsizetype>(1, worklist->size()));
            ++ready;
            while (!go)
                QThread::msleep(1);
            QElapsedTimer clock;
            clock.start();
            qint64 nextAt = 0;
            for (int i = 0; clock.elapsed() < milliseconds; ++i) {
                QElapsedTimer call;
                call.start();
                switch (i % 4) {
                case 0: checked(remote->parties(), "partijen"); break;
                case 1: checked(remote->worklistPage(PageRequest{}), "werkvoorraadpagina"); break;
                case 2: answered(remote->casus(casus.id), "casus"); break;
                default: answered(remote->searchCases({casus.number.toString(), {}, {}}), "zoeken"); break;
                }
                latencies[size_t(c)].push_back(call.nsecsElapsed() / 1e6);
                // The next call a slot later; after a slow answer the schedule restarts instead of
                // catching up, which would burst past the server's limit and be cut off as a flood.
                nextAt = std::max(nextAt + 25, clock.elapsed());
                QThread::msleep(quint64(std::max<qint64>(0, nextAt - clock.elapsed())));
            }
        }));
        threads.back()->start();
    }
    while (ready < clients)
        QThread::msleep(5);
    QElapsedTimer wall;
    wall.start();
    const double cpuAtStart = processCpuMs();
    go = true;
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    const double seconds = wall.nsecsElapsed() / 1e9;
    const double cpuMs = processCpuMs() - cpuAtStart;
    std::vector<double> all;
    for (const auto &some : latencies)
        all.insert(all.end(), some.begin(), some.end());
    std::sort(all.begin(), all.end());
    return {double(all.size()) / seconds, percentile(all, 0.5), percentile(all, 0.99), all.empty() ? 0 : all.back(),
            qsizetype(all.size()), all.empty() ? 0 : cpuMs / double(all.size())};
}

// Seven years on, everything in the demo history is due: the longest run it can give.
class SevenYearsOn final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addYears(7); }
};

void reportLoad(Report &report, const QString &what, int clients, const Load &load)
{
    report.line(QStringLiteral("Server: %1, %2 clients").arg(what).arg(clients), load.perSecond,
                QStringLiteral("calls/s (p50 %1 ms, p99 %2 ms, max %3 ms; %4 ms processor time per call)")
                    .arg(load.p50, 0, 'f', 1)
                    .arg(load.p99, 0, 'f', 1)
                    .arg(load.max, 0, 'f', 1)
                    .arg(load.cpuMsPerCall, 0, 'f', 2));
    report.add(QStringLiteral("server"), {{QStringLiteral("load"), what},
                                          {QStringLiteral("clients"), clients},
                                          {QStringLiteral("calls_per_second"), load.perSecond},
                                          {QStringLiteral("p50_ms"), load.p50},
                                          {QStringLiteral("p99_ms"), load.p99},
                                          {QStringLiteral("max_ms"), load.max},
                                          {QStringLiteral("calls"), double(load.calls)},
                                          {QStringLiteral("cpu_ms_per_call"), load.cpuMsPerCall}});
}

void loadFigures(Report &report, int cases)
{
    BenchServer server;
    ConnectionLimits limits;
    limits.loginBurstPerAddress = 100000; // all clients log in from one address
    limits.loginsPerMinutePerAddress = 100000;
    if (!server.start(QStringLiteral("een lang genoeg wachtwoord"), limits, cases)) {
        report.line(QStringLiteral("Server with demo data: could not start"), 0, {});
        return;
    }
    const QString mix = QStringLiteral("parties, worklist page, casus, search by number at %1 casussen").arg(cases);
    for (const int clients : {1, 8, 32})
        reportLoad(report, mix, clients, paced(server, clients, 5000));

    SevenYearsOn later;
    RetentionWorker retention(server.path, server.key, server.auditKey, later);
    retention.start();
    const Load during = paced(server, 8, 5000, true);
    const bool stillRunning = retention.isRunning();
    reportLoad(report, mix + (stillRunning ? QStringLiteral(", during the retention run") : QStringLiteral(", retention run ended early")),
               8, during);
}

} // namespace

void serverFigures(Report &report, int cases)
{
    const auto line = [&report](const QString &what, double value, const QString &unit) { report.line(what, value, unit); };

    const QString password = QStringLiteral("een lang genoeg wachtwoord");
    ConnectionLimits generous; // the budget per address would refuse a bench from one address
    generous.loginBurstPerAddress = 100000;
    generous.loginsPerMinutePerAddress = 100000;
    BenchServer server;
    if (!server.start(password, generous)) {
        line(QStringLiteral("Server: could not start"), 0, {});
        return;
    }
    // Refused logins (unknown usernames, full Argon2id each) from 4 connections at once.
    constexpr int perClient = 5;
    QElapsedTimer timer;
    timer.start();
    std::vector<QThread *> flooders;
    for (int c = 0; c < 4; ++c) {
        flooders.push_back(QThread::create([&server, c] {
            auto remote = server.client();
            for (int i = 0; i < perClient; ++i)
                static_cast<void>(remote->login(QStringLiteral("onbekend%1-%2").arg(c).arg(i), QStringLiteral("geraden"),
                                                QStringLiteral("123456"))); // refused: that is the load
        }));
        flooders.back()->start();
    }
    for (QThread *flooder : flooders) {
        flooder->wait();
        delete flooder;
    }
    line(QStringLiteral("Server: password checks (logins) per second, 4 clients"), 4 * perClient / (timer.nsecsElapsed() / 1e9),
         QStringLiteral("per s"));

    auto user = server.client();
    checked(user->login(QStringLiteral("beheer"), password, Totp::codeFor(server.secret, Totp::stepAt(QDateTime::currentDateTimeUtc()))),
            "inloggen");
    const double quiet = medianMs(30, [&] { checked(user->parties(), "partijen opvragen"); });
    line(QStringLiteral("Server: parties() for a logged-in user, no flood"), quiet, QStringLiteral("ms (median)"));
    std::atomic<bool> stop{false};
    QThread *flood = QThread::create([&server, &stop] {
        auto remote = server.client();
        for (int i = 0; !stop; ++i)
            static_cast<void>(remote->login(QStringLiteral("onbekend%1").arg(i), QStringLiteral("geraden"),
                                            QStringLiteral("123456"))); // refused: that is the load
    });
    flood->start();
    QThread::msleep(300);
    const double flooded = medianMs(30, [&] { checked(user->parties(), "partijen opvragen"); });
    stop = true;
    flood->wait();
    delete flood;
    line(QStringLiteral("Server: the same during a login flood"), flooded, QStringLiteral("ms (median)"));
    loadFigures(report, cases);
}

} // namespace casusregie::bench
