#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "net/JobQueue.h"
#include "service/LocalService.h"

#include <QCborMap>
#include <QCborValue>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace casusregie {

class Database;

// The server's long reads (issue 11: the annual figures, and the reports to come) on a thread of
// their own with a connection of their own, one at a time, so the request thread goes on answering
// everyone else meanwhile. Each runs as the user of the session that asked, through the same
// service and policy as any other call, and is audited on its own connection.
class ReportWorker final : public QObject {
    Q_OBJECT
public:
    ReportWorker(QString databasePath, DatabaseKey key, AuditKey auditKey, const Clock &clock, QObject *parent = nullptr);
    // Finishes the report in progress, drops those not started, then stops.
    ~ReportWorker() override;

    // Whether the server hands this operation to the worker.
    static bool takes(const QString &operation);

    // Reports waiting at most: a flood of them must not grow the server's memory without bound.
    static constexpr std::size_t maxWaiting = 8;

    // Runs `operation` with `args` as the session's user; `done` runs on this object's thread.
    // False, and `done` is never called, when maxWaiting reports already wait.
    [[nodiscard]] bool run(const LocalService::SessionState &session, const QString &operation, const QCborMap &args,
                           std::function<void(const Result<QCborValue> &)> done);

private:
    struct Job {
        LocalService::SessionState session;
        QString operation;
        QCborMap args;
        std::function<void(const Result<QCborValue> &)> done;
    };
    void work(); // on m_thread
    Result<QCborValue> runAs(Database &database, const Job &job) const;

    const QString m_databasePath;
    const DatabaseKey m_key;
    const AuditKey m_auditKey;
    const Clock &m_clock;
    JobQueue<Job> m_jobs;
    std::unique_ptr<QThread> m_thread;
};

} // namespace casusregie
