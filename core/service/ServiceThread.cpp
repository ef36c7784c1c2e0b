#include "service/ServiceThread.h"

#include <QMutexLocker>

#include <future>

namespace casusregie {

ServiceThread::ServiceThread(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("casusregie-service"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ServiceThread::~ServiceThread()
{
    // Queued after every call already made, so those finish first.
    enqueue([this]() {
        if (m_service) {
            m_service->logout();
            m_service.reset();
        }
        m_thread.quit();
    });
    m_thread.wait();
    delete m_worker;
}

Status ServiceThread::start(Factory factory)
{
    std::promise<Status> started;
    std::future<Status> done = started.get_future();
    enqueue([this, &factory, &started]() {
        auto service = factory();
        if (!service) {
            started.set_value(std::unexpected(service.error()));
            return;
        }
        m_service = std::move(*service);
        m_secondFactorRequired = m_service->secondFactorRequired();
        started.set_value({});
    });
    return done.get();
}

Error ServiceThread::notStarted()
{
    return Error{ErrorCode::ConnectionLost, QStringLiteral("Casusregie is niet verbonden met een database of server.")};
}

void ServiceThread::post(std::function<void(Service *)> job)
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    enqueue([this, job = std::move(job)]() { job(m_service.get()); });
}

void ServiceThread::enqueue(std::function<void()> job)
{
    {
        QMutexLocker locker(&m_queueMutex);
        m_queue.push_back(std::move(job));
    }
    QMetaObject::invokeMethod(m_worker, [this]() { runQueuedJobs(); }, Qt::QueuedConnection);
}

void ServiceThread::runQueuedJobs()
{
    // A remote call waits for its answer in an event loop, where this could be woken again; the
    // next job must wait until the current one is done, or the two calls would interleave.
    if (m_running)
        return;
    m_running = true;
    while (true) {
        std::function<void()> job;
        {
            QMutexLocker locker(&m_queueMutex);
            if (m_queue.empty())
                break;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        job();
    }
    m_running = false;
}

void ServiceThread::deliver(std::function<void()> answer)
{
    QMetaObject::invokeMethod(this, [this, answer = std::move(answer)]() {
        answer();
        if (--m_pending == 0)
            Q_EMIT busyChanged(false);
    }, Qt::QueuedConnection);
}

void ServiceThread::noticeError(const Error &error)
{
    if (losesSession(error))
        Q_EMIT sessionLost(error);
}

} // namespace casusregie
