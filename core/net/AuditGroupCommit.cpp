#include "net/AuditGroupCommit.h"

#include "storage/Database.h"

#include <QThread>

namespace casusregie {

AuditGroupCommit::AuditGroupCommit(QString databasePath, DatabaseKey key, AuditKey auditKey, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
    , m_auditKey(std::move(auditKey))
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("audit-group-commit"));
    m_thread->start();
}

AuditGroupCommit::~AuditGroupCommit()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

void AuditGroupCommit::write(QList<AuditEntry> entries, std::function<void(const Status &)> done)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back(Pending{std::move(entries), std::move(done)});
    }
    m_wake.notify_one();
}

void AuditGroupCommit::run()
{
    // The connection is made, used and closed on this thread, as Qt's SQL connections must be.
    auto database = Database::open(m_databasePath, m_key, Database::OpenMode::Existing);
    const std::optional<Error> unavailable = database ? std::nullopt : std::optional<Error>(database.error());
    for (;;) {
        std::deque<Pending> group;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything handed over is written
            group.swap(m_queue);
        }
        Status written = unavailable ? Status(std::unexpected(*unavailable)) : Status{};
        if (written) {
            AuditLog audit(**database, m_auditKey);
            written = (*database)->inTransaction([&]() -> Status {
                for (const Pending &pending : group) {
                    for (const AuditEntry &entry : pending.entries) {
                        if (auto appended = audit.append(entry); !appended)
                            return appended;
                    }
                }
                return {};
            });
        }
        for (Pending &pending : group) {
            // Delivered on this object's thread, and dropped if it is gone by then.
            QMetaObject::invokeMethod(
                this, [done = std::move(pending.done), written] { done(written); }, Qt::QueuedConnection);
        }
    }
}

} // namespace casusregie
