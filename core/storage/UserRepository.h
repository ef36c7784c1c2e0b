#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QDateTime>

namespace casusregie {

class Database;

// What login needs to know about an account beyond the User itself.
struct LoginState {
    QByteArray totpSecret; // empty when no second factor is enrolled
    qint64 totpLastStep = 0;
    int failedLogins = 0;
    bool locked = false;
    QDateTime lastFailedAt;
    QByteArray pendingTotpSecret; // handed to the user's app, waiting for its first code
};

enum class PasswordKind {
    OneTime, // set by functioneel beheer: to be changed at the next login
    Own,     // chosen by the user
};

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
    // Disabling or enabling ends the account's open sessions.
    Status setActive(qint64 userId, bool active);
    Status setPassword(qint64 userId, const QString &passwordHash, PasswordKind kind);

    Result<LoginState> loginState(qint64 userId) const;
    // The user's own enrolment: a secret waits until the app's first code confirms it.
    Status setPendingTotpSecret(qint64 userId, const QByteArray &secret);
    Status activatePendingTotpSecret(qint64 userId, qint64 acceptedStep);
    // Functioneel beheer removes the second factor (never sees one); open sessions end.
    Status resetSecondFactor(qint64 userId);
    // A second factor enrolled outside the service: test fixtures and the demo database.
    Status setTotpSecret(qint64 userId, const QByteArray &secret);
    // A failed attempt: counted, and the account locked at `lockAt` consecutive failures.
    Status recordFailedLogin(qint64 userId, const QDateTime &at, int lockAt);
    Status recordSuccessfulLogin(qint64 userId, qint64 totpStep);
    Status unlock(qint64 userId);

private:
    Result<User> loadOne(const QString &where, const QVariant &value) const;
    Status updateUser(qint64 userId, const QString &assignments, const QVariantList &values);

    Database &m_database;
};

} // namespace casusregie
