#pragma once

#include "net/JobQueue.h"
#include "storage/AuditLog.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace casusregie {

// The server's group commit of the audit records of reads (issue 11). A read is answered only
// once its record is durable, but one commit, and so one fsync, serves every read that came in
// while the previous commit was being written: under load many reads share it, alone a read
// waits for one commit as before. The records are written on a thread of their own with a
// connection of their own, so the request thread goes on reading meanwhile; SQLite's write lock
// keeps them and every other writer in one unbroken chain.
class AuditGroupCommit final : public QObject {
    Q_OBJECT
public:
    AuditGroupCommit(QString databasePath, DatabaseKey key, AuditKey auditKey, QObject *parent = nullptr);
    // Writes what was handed over before, then stops.
    ~AuditGroupCommit() override;

    // Appends `entries` in the next commit; `done` runs on this object's thread afterwards with
    // whether they were written (if not, the read must not be answered).
    void write(QList<AuditEntry> entries, std::function<void(const Status &)> done);

private:
    struct Pending {
        QList<AuditEntry> entries;
        std::function<void(const Status &)> done;
    };
    void run(); // on m_thread

    const QString m_databasePath;
    const DatabaseKey m_key;
    const AuditKey m_auditKey;
    JobQueue<Pending> m_queue;
    std::unique_ptr<QThread> m_thread;
};

} // namespace casusregie
