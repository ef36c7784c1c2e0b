#pragma once

#include "service/Service.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>
#include <type_traits>

namespace casusregie {

// Runs the service on a thread of its own, so a window never waits for the database or the
// network. Calls run one at a time in the order they were made; each answer comes back on the
// caller's thread, and only while its receiver still exists. A call that finds the connection
// lost or the session ended also raises sessionLost, so the window can ask for a new login
// while everything the user typed stays where it is.
class ServiceThread final : public QObject {
    Q_OBJECT
public:
    // Builds the service on the service thread: database connections and sockets belong to the
    // thread that made them, and are destroyed there too.
    using Factory = std::function<Result<std::shared_ptr<Service>>()>;

    explicit ServiceThread(QObject *parent = nullptr);
    // Finishes every call already made (nothing the user saved is dropped), logs out and
    // destroys the service on its own thread.
    ~ServiceThread() override;

    // Waits for the factory; meant for start-up, before the first window shows.
    Status start(Factory factory);

    // Runs work(Service &) on the service thread, then done(answer) on this thread if receiver
    // still exists. Work returns a Result or Status.
    template <typename Work, typename Done>
    void call(QObject *receiver, Work work, Done done)
    {
        using Answer = std::invoke_result_t<Work &, Service &>;
        QPointer<QObject> guard(receiver);
        post([this, guard, work = std::move(work), done = std::move(done)](Service *service) mutable {
            auto answer = std::make_shared<Answer>(service ? work(*service) : Answer(std::unexpected(notStarted())));
            deliver([this, guard, answer, done = std::move(done)]() mutable {
                if (!*answer)
                    noticeError(answer->error());
                if (guard)
                    done(std::move(*answer));
            });
        });
    }

    bool isBusy() const { return m_pending > 0; }
    // The connection is gone or the session ended: logging in again is the way on.
    static bool losesSession(const Error &error)
    {
        return error.code == ErrorCode::SessionEnded || error.code == ErrorCode::ConnectionLost;
    }
    // Whether login asks for a TOTP code; known once start() succeeded.
    bool secondFactorRequired() const { return m_secondFactorRequired; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void sessionLost(const casusregie::Error &error);

private:
    static Error notStarted();
    void post(std::function<void(Service *)> job); // the job gets nullptr when there is no service
    void enqueue(std::function<void()> job);
    void runQueuedJobs(); // on the service thread
    void deliver(std::function<void()> answer); // called on the service thread
    void noticeError(const Error &error);

    QThread m_thread;
    QObject *m_worker; // lives on m_thread: its queued calls wake runQueuedJobs
    QMutex m_queueMutex;
    std::deque<std::function<void()>> m_queue; // guarded by m_queueMutex
    bool m_running = false;             // touched only on m_thread
    std::shared_ptr<Service> m_service; // touched only on m_thread
    int m_pending = 0;
    bool m_secondFactorRequired = true;
};

} // namespace casusregie
