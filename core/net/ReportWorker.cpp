#include "net/ReportWorker.h"

#include "net/Dispatcher.h"
#include "storage/Database.h"

#include <QThread>

namespace casusregie {

ReportWorker::ReportWorker(QString databasePath, DatabaseKey key, AuditKey auditKey, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
    , m_auditKey(std::move(auditKey))
    , m_clock(clock)
    , m_thread(QThread::create([this] { work(); }))
{
    m_thread->setObjectName(QStringLiteral("report-worker"));
    m_thread->start();
}

ReportWorker::~ReportWorker()
{
    m_jobs.stop(true);
    m_thread->wait();
}

// Set-based but linear in the database (2.9 s at 50,000 casussen): too long for the request thread.
bool ReportWorker::takes(const QString &operation)
{
    return operation == QLatin1String("annualFigures");
}

bool ReportWorker::run(const LocalService::SessionState &session, const QString &operation, const QCborMap &args,
                       std::function<void(const Result<QCborValue> &)> done)
{
    return m_jobs.push(Job{session, operation, args, std::move(done)}, maxWaiting);
}

Result<QCborValue> ReportWorker::runAs(Database &database, const Job &job) const
{
    LocalService service(database, m_clock, m_auditKey, LocalService::SecondFactor::AlwaysRequired);
    service.continueSession(job.session);
    return Dispatcher::dispatch(service, job.operation, job.args);
}

void ReportWorker::work()
{
    // The connection is made, used and closed on this thread, as Qt's SQL connections must be.
    auto database = Database::open(m_databasePath, m_key, Database::OpenMode::Existing);
    for (;;) {
        std::deque<Job> next = m_jobs.take(false);
        if (next.empty())
            return; // stopped; the reports still waiting were dropped
        Job job = std::move(next.front());
        const Result<QCborValue> answer = database ? runAs(**database, job) : Result<QCborValue>(std::unexpected(database.error()));
        // Delivered on this object's thread, and dropped if it is gone by then.
        QMetaObject::invokeMethod(
            this, [done = std::move(job.done), answer] { done(answer); }, Qt::QueuedConnection);
    }
}

} // namespace casusregie
