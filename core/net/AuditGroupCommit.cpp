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
    m_queue.stop(false);
    m_thread->wait();
}

void AuditGroupCommit::write(QList<AuditEntry> entries, std::function<void(const Status &)> done)
{
    m_queue.push(Pending{std::move(entries), std::move(done)});
}

void AuditGroupCommit::run()
{
    // The connection is made, used and closed on this thread, as Qt's SQL connections must be.
    auto database = Database::open(m_databasePath, m_key, Database::OpenMode::Existing);
    const std::optional<Error> unavailable = database ? std::nullopt : std::optional<Error>(database.error());
    for (;;) {
        std::deque<Pending> group = m_queue.take(true);
        if (group.empty())
            return; // stopped, and everything handed over is written
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
