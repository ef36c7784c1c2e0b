// Issue 10: what one server does under a login flood, measured in one process over the loopback.
#include "ServerBench.h"

#include "Checked.h"

#include "net/CasusregieServer.h"
#include "net/RemoteService.h"
#include "net/TlsConfiguration.h"
#include "security/TestCertificates.h"
#include "security/Totp.h"
#include "setup/DatabaseSetup.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace casusregie::bench {

namespace {

// The server on its own thread, as in the real process, with a logged-in-able account.
struct BenchServer {
    QTemporaryDir folder;
    std::atomic<quint16> port{0};
    std::atomic<bool> stopping{false};
    QThread *thread = nullptr;
    QByteArray secret = Totp::generateSecret();

    bool start(const QString &password, ConnectionLimits limits)
    {
        const auto at = [&](const char *name) { return folder.filePath(QLatin1String(name)); };
        auto ca = TestCertificates::makeCertificateAuthority(QStringLiteral("Bench-CA"), 2);
        auto cert = ca ? TestCertificates::makeServerCertificate(*ca, QStringLiteral("127.0.0.1"), 2) : ca;
        if (!cert || !TestCertificates::write(*ca, at("ca.pem"), at("ca.key")) || !TestCertificates::write(*cert, at("s.pem"), at("s.key")))
            return false;
        const DatabaseKey key = DatabaseKey::generate();
        const DatabaseKey auditKey = DatabaseKey::generate();
        static SystemClock clock;
        {
            auto db = DatabaseSetup::initialise(at("d.db"), key, auditKey, FirstAccount{QStringLiteral("beheer"), QStringLiteral("B"), password},
                                                clock);
            if (!db)
                return false;
            UserRepository users(**db);
            if (!users.setTotpSecret(users.byUsername(QStringLiteral("beheer"))->id, secret))
                return false;
        }
        const QString path = at("d.db");
        const QString certPath = at("s.pem");
        const QString keyPath = at("s.key");
        thread = QThread::create([this, path, key, auditKey, certPath, keyPath, limits] {
            auto db = Database::open(path, key, Database::OpenMode::Existing);
            auto tls = tls::serverConfiguration(certPath, keyPath, {}, QDateTime::currentDateTimeUtc());
            if (!db || !tls)
                return;
            CasusregieServer server(**db, clock, auditKey, ServerSettings{QHostAddress::LocalHost, 0, *tls, limits});
            if (!server.listen())
                return;
            port = server.port();
            QEventLoop loop;
            while (!stopping)
                loop.processEvents(QEventLoop::AllEvents, 50);
        });
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

void serverFigures(const std::function<void(const QString &, double, const QString &)> &line)
{
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
}

} // namespace casusregie::bench
