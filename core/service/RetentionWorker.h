#pragma once

#include "common/Clock.h"
#include "security/DatabaseKey.h"
#include "storage/AuditLog.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace casusregie {

// The server's retention run (P 11) on a thread of its own with its own database connection, so
// accepting connections and answering requests never wait for it. SQLite keeps one writer at a
// time; every destruction is a short transaction of its own, so a request's write waits at most
// for one destruction, never for the run.
class RetentionWorker final : public QObject {
    Q_OBJECT
public:
    RetentionWorker(QString databasePath, DatabaseKey key, AuditKey auditKey, const Clock &clock,
                    QObject *parent = nullptr);
    // Asks a run in progress to stop after its current destruction and waits for that; the next
    // run does the rest.
    ~RetentionWorker() override;

    // Starts a run, unless one is still going (that run already covers this one).
    void start();
    bool isRunning() const;

Q_SIGNALS:
    // One line for the server log, without personal data: what was destroyed, or why it failed.
    void finished(const QString &summary);

private:
    QString runOnce(); // on the worker's thread

    const QString m_databasePath;
    const DatabaseKey m_key;
    const AuditKey m_auditKey;
    const Clock &m_clock;
    std::atomic<bool> m_stopRequested{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace casusregie
