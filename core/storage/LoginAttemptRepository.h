#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace casusregie {

class Database;

// Failed logins counted per typed username, whether an account has that name or not, so "too many
// attempts" is said alike for every name and reveals nothing about which accounts exist. A name is
// kept only as a keyed hash: a password typed into the username field must not end up readable.
class LoginAttemptRepository {
public:
    struct Attempts {
        int failures = 0;
        QDateTime lastFailedAt;
    };

    explicit LoginAttemptRepository(Database &database);

    Result<Attempts> of(const QString &username) const;
    Status recordFailure(const QString &username, const QDateTime &at);
    // After a successful login, or when functioneel beheer lifts a lockout or creates the account.
    Status forget(const QString &username);

    // Names nobody has tried for this long are dropped, so a flood of invented names stays bounded.
    static constexpr int keptDays = 30;

private:
    Result<QString> nameKey(const QString &username, bool createKey) const;

    Database &m_database;
};

} // namespace casusregie
