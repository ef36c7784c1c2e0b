#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QDateTime>

namespace casusregie {

class Database;

class UserRepository {
public:
    explicit UserRepository(Database &database);

    // Stores the user and its roles together; the password arrives already hashed.
    Result<qint64> add(const User &user, const QString &passwordHash, const QDateTime &createdAt);
    Result<User> byId(qint64 id) const;
    Result<User> byUsername(const QString &username) const;
    Result<QString> passwordHash(qint64 userId) const;
    Result<int> count() const;
    Result<QList<User>> all() const;
    Status setRoles(qint64 userId, const QList<Role> &roles);

private:
    Result<User> loadOne(const QString &where, const QVariant &value) const;

    Database &m_database;
};

} // namespace casusregie
