#pragma once

#include "common/Result.h"

#include <QString>

namespace casusregie::server {

// One server per database (issue 10): an exclusive lock on `<database>.lock`, held for the
// server's lifetime. The kernel releases it when the process ends, also after a crash, so a
// stale lock never keeps a restarted server out. The file holds the holder's process id, which
// the refusal names.
class DatabaseLock {
public:
    static Result<DatabaseLock> acquire(const QString &databasePath);
    DatabaseLock(DatabaseLock &&other) noexcept;
    DatabaseLock &operator=(DatabaseLock &&) = delete;
    ~DatabaseLock();

private:
    explicit DatabaseLock(int descriptor);
    int m_descriptor = -1;
};

} // namespace casusregie::server
