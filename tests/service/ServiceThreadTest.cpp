#include "TestSupport.h"

#include "service/EmbeddedService.h"
#include "service/ServiceThread.h"
#include "storage/CasusRepository.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

using namespace casusregie;
using namespace casusregie::test;

namespace {

// Runs the caller's event loop until the condition holds (or ten seconds pass).
bool processEventsUntil(const std::function<bool()> &condition)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!condition() && elapsed.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

struct ThreadedService {
    FakeClock clock;
    InitialisedDatabase setup{clock};
    std::unique_ptr<ServiceThread> thread = std::make_unique<ServiceThread>();

    static inline const QString username = QStringLiteral("pr.test");

    ThreadedService()
    {
        const qint64 userId = addScreenedUser(setup.database(), username, QStringLiteral("Procesregisseur"), Role::Procesregisseur,
                                              QStringLiteral("Rotterdam"), clock.now());
        partyId = UserRepository(setup.database()).byId(userId)->partyId;
        setup.close();
        REQUIRE(thread->start([this]() { return openEmbeddedService(setup.path(), setup.key, setup.auditKey, clock); }).has_value());
    }

    void logIn()
    {
        bool done = false;
        thread->call(&context, [](Service &service) { return service.login(username, InitialisedDatabase::password); },
                     [&](const Result<User> &user) {
                         REQUIRE(user.has_value());
                         done = true;
                     });
        REQUIRE(processEventsUntil([&]() { return done; }));
    }

    QObject context;
    qint64 partyId = 0;
};

} // namespace

TEST_CASE("Service calls run off the window's thread, in the order made, and answer on the caller's thread")
{
    ThreadedService s;
    s.logIn();
    QThread *const callerThread = QThread::currentThread();
    QList<int> answered;
    bool workRanElsewhere = true;
    bool answersOnCaller = true;
    for (int i = 0; i < 5; ++i) {
        s.thread->call(&s.context,
                       [&, i](Service &service) {
                           workRanElsewhere = workRanElsewhere && QThread::currentThread() != callerThread;
                           auto parties = service.parties();
                           return parties ? Result<int>(i) : Result<int>(std::unexpected(parties.error()));
                       },
                       [&](const Result<int> &order) {
                           answersOnCaller = answersOnCaller && QThread::currentThread() == callerThread;
                           answered << (order ? *order : -1);
                       });
    }
    REQUIRE(s.thread->isBusy());
    REQUIRE(processEventsUntil([&]() { return answered.size() == 5; }));
    REQUIRE(answered == QList<int>{0, 1, 2, 3, 4});
    REQUIRE(workRanElsewhere);
    REQUIRE(answersOnCaller);
    REQUIRE_FALSE(s.thread->isBusy());
}

TEST_CASE("A call that waits in an event loop, as a remote call does, is finished before the next call starts")
{
    ThreadedService s;
    std::atomic<int> running{0};
    std::atomic<bool> overlapped{false};
    std::atomic<bool> firstWaiting{false};
    int answered = 0;
    auto waitingWork = [&](Service &service) {
        if (++running > 1)
            overlapped = true;
        firstWaiting = true;
        QEventLoop loop; // where the next call's wake-up arrives
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        --running;
        return service.parties();
    };
    s.thread->call(&s.context, waitingWork, [&](const Result<QList<Party>> &) { ++answered; });
    REQUIRE(processEventsUntil([&]() { return bool(firstWaiting); }));
    s.thread->call(&s.context, waitingWork, [&](const Result<QList<Party>> &) { ++answered; });
    REQUIRE(processEventsUntil([&]() { return answered == 2; }));
    REQUIRE_FALSE(overlapped);
}

TEST_CASE("A slow service call does not hold up the window: its events keep running meanwhile")
{
    ThreadedService s;
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&]() { ++ticks; });
    ticker.start(10);
    bool done = false;
    s.thread->call(&s.context,
                   [](Service &service) {
                       std::this_thread::sleep_for(std::chrono::milliseconds(400)); // a slow network
                       return service.parties();
                   },
                   [&](const Result<QList<Party>> &) { done = true; });
    REQUIRE(processEventsUntil([&]() { return done; }));
    REQUIRE(ticks >= 5);
}

TEST_CASE("An answer for a window that has closed meanwhile is dropped, not delivered to freed memory")
{
    ThreadedService s;
    auto window = std::make_unique<QObject>();
    bool delivered = false;
    bool finished = false;
    s.thread->call(window.get(),
                   [](Service &service) {
                       std::this_thread::sleep_for(std::chrono::milliseconds(100));
                       return service.parties();
                   },
                   [&](const Result<QList<Party>> &) { delivered = true; });
    window.reset();
    s.thread->call(&s.context, [](Service &service) { return service.parties(); },
                   [&](const Result<QList<Party>> &) { finished = true; });
    REQUIRE(processEventsUntil([&]() { return finished; }));
    REQUIRE_FALSE(delivered);
}

TEST_CASE("Closing the client finishes every save already made: nothing the user submitted is lost")
{
    ThreadedService s;
    s.logIn();
    QObject closedWindow;
    for (int i = 0; i < 3; ++i) {
        NewAanmelding aanmelding;
        aanmelding.reden = QStringLiteral("Zorgen over woonoverlast en schulden, melding %1").arg(i);
        s.thread->call(&closedWindow, [aanmelding](Service &service) { return service.submitAanmelding(aanmelding); },
                       [](const Result<CasusOverview> &) {});
    }
    s.thread.reset(); // at once, without waiting for the answers

    auto database = Database::open(s.setup.path(), s.setup.key, Database::OpenMode::Existing);
    REQUIRE(database.has_value());
    REQUIRE(CasusRepository(**database).aanmeldingenOf(s.partyId)->size() == 3);
}

TEST_CASE("A call after the session ended reports it, so the window can ask for a new login")
{
    ThreadedService s;
    QList<ErrorCode> lost;
    QObject::connect(s.thread.get(), &ServiceThread::sessionLost, [&](const Error &error) { lost << error.code; });
    std::optional<ErrorCode> answer;
    s.thread->call(&s.context, [](Service &service) { return service.searchCases({QStringLiteral("2026-0001"), {}, {}}); },
                   [&](const Result<QList<CasusOverview>> &found) { answer = found.error().code; });
    REQUIRE(processEventsUntil([&]() { return answer.has_value(); }));
    REQUIRE(*answer == ErrorCode::SessionEnded);
    REQUIRE(lost == QList<ErrorCode>{ErrorCode::SessionEnded});
}

TEST_CASE("Without a service (the database did not open) a call answers with an error instead of never")
{
    ServiceThread thread;
    const auto started = thread.start([]() -> Result<std::shared_ptr<Service>> {
        return fail(ErrorCode::WrongKeyOrNotADatabase, QStringLiteral("De sleutel past niet."));
    });
    REQUIRE(started.error().code == ErrorCode::WrongKeyOrNotADatabase);
    QObject context;
    std::optional<Status> answer;
    thread.call(&context, [](Service &service) { return service.takeOnCase(1); }, [&](const Status &status) { answer = status; });
    REQUIRE(processEventsUntil([&]() { return answer.has_value(); }));
    REQUIRE(answer->error().code == ErrorCode::ConnectionLost);
}
