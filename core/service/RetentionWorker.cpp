#include "service/RetentionWorker.h"

#include "service/RetentionJob.h"
#include "storage/Database.h"

#include <QThread>

namespace casusregie {

RetentionWorker::RetentionWorker(QString databasePath, DatabaseKey key, AuditKey auditKey, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
    , m_auditKey(std::move(auditKey))
    , m_clock(clock)
{
}

RetentionWorker::~RetentionWorker()
{
    m_stopRequested = true;
    if (m_thread)
        m_thread->wait();
}

bool RetentionWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void RetentionWorker::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait(); // finished; only its end is still being signalled
    m_thread.reset(QThread::create([this] {
        const QString summary = runOnce();
        // Delivered on this object's thread, and dropped if the worker is gone by then.
        QMetaObject::invokeMethod(this, [this, summary] { Q_EMIT finished(summary); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

QString RetentionWorker::runOnce()
{
    // The connection is made, used and closed on this thread, as Qt's SQL connections must be.
    auto database = Database::open(m_databasePath, m_key, Database::OpenMode::Existing);
    if (!database)
        return QStringLiteral("bewaartermijnen: %1").arg(database.error().message);
    RetentionJob job(**database, m_clock, m_auditKey);
    // A breath between destructions: a request waiting for the write lock takes it there.
    const auto keepGoing = [this] {
        QThread::msleep(2);
        return !m_stopRequested.load();
    };
    auto outcome = job.run(false, std::nullopt, keepGoing);
    if (!outcome)
        return QStringLiteral("bewaartermijnen: %1").arg(outcome.error().message);
    if (outcome->interrupted)
        return QStringLiteral("bewaartermijnen: %1 van %2 vernietigd, onderbroken; de volgende run doet de rest")
            .arg(outcome->destroyed)
            .arg(outcome->due.size());
    return QStringLiteral("bewaartermijnen: %1 vernietigd").arg(outcome->destroyed);
}

} // namespace casusregie
