#include "DatabaseLock.h"

#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <utility>

namespace casusregie::server {

Result<DatabaseLock> DatabaseLock::acquire(const QString &databasePath)
{
    const QString lockPath = databasePath + QStringLiteral(".lock");
    const int descriptor = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het vergrendelbestand %1 kan niet worden geopend.").arg(lockPath));
    if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
        char holder[32] = {};
        const ssize_t read = ::pread(descriptor, holder, sizeof holder - 1, 0);
        ::close(descriptor);
        const QString pid = read > 0 ? QString::fromLatin1(holder).trimmed() : QStringLiteral("onbekend");
        return fail(ErrorCode::Conflict, QStringLiteral("Er draait al een server op deze database (proces %1, vergrendeld via %2).")
                                             .arg(pid, lockPath));
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(descriptor, 0) != 0 || ::pwrite(descriptor, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        ::close(descriptor);
        return fail(ErrorCode::StorageFailure, QStringLiteral("Het vergrendelbestand %1 kan niet worden beschreven.").arg(lockPath));
    }
    return DatabaseLock(descriptor);
}

DatabaseLock::DatabaseLock(int descriptor)
    : m_descriptor(descriptor)
{
}

DatabaseLock::DatabaseLock(DatabaseLock &&other) noexcept
    : m_descriptor(std::exchange(other.m_descriptor, -1))
{
}

DatabaseLock::~DatabaseLock()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor); // releases the lock; the file stays, harmless and reused
}

} // namespace casusregie::server
