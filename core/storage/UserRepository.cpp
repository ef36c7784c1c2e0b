#include "storage/UserRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

UserRepository::UserRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> UserRepository::add(const User &user, const QString &passwordHash, const QDateTime &createdAt)
{
    if (user.username.trimmed().isEmpty() || user.displayName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een gebruiker heeft een gebruikersnaam en een naam."));
    if (passwordHash.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een gebruiker heeft een wachtwoord."));

    qint64 id = 0;
    auto stored = m_database.inTransaction([&]() -> Status {
        auto inserted = runSql(m_database.connection(),
                               QStringLiteral("INSERT INTO users (username, display_name, party_id, password_hash, "
                                              "geheimhoudingsverklaring, vog_of_screening, active, created_at, must_change_password) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {user.username.trimmed(), user.displayName.trimmed(), user.partyId, passwordHash,
                                nullableDate(user.geheimhoudingsverklaring), nullableDate(user.vogOfScreening), user.active,
                                createdAt, user.mustChangePassword});
        if (!inserted)
            return std::unexpected(inserted.error().code == ErrorCode::Conflict
                                       ? Error{ErrorCode::AlreadyExists,
                                               QStringLiteral("Die gebruikersnaam is al in gebruik, of de partij bestaat niet.")}
                                       : inserted.error());
        id = inserted->lastInsertId().toLongLong();
        for (const Role role : user.roles) {
            auto granted = runSql(m_database.connection(),
                                  QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (?, ?)"), {id, enumKey(role)});
            if (!granted)
                return std::unexpected(granted.error());
        }
        return {};
    });
    if (!stored)
        return std::unexpected(stored.error());
    return id;
}

Result<User> UserRepository::loadOne(const QString &where, const QVariant &value) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, username, display_name, party_id, geheimhoudingsverklaring, "
                                       "vog_of_screening, active, must_change_password, totp_secret IS NOT NULL AS second_factor_enrolled, session_epoch, locked "
                                       "FROM users WHERE %1 = ?")
                            .arg(where),
                        {value});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Deze gebruiker bestaat niet."));

    StoredRow row(*query);
    User user;
    user.id = row.value("id").toLongLong();
    user.username = row.value("username").toString();
    user.displayName = row.value("display_name").toString();
    user.partyId = row.value("party_id").toLongLong();
    user.geheimhoudingsverklaring = row.value("geheimhoudingsverklaring").toDate();
    user.vogOfScreening = row.value("vog_of_screening").toDate();
    user.active = row.value("active").toBool();
    user.mustChangePassword = row.value("must_change_password").toBool();
    user.secondFactorEnrolled = row.value("second_factor_enrolled").toBool();
    user.sessionEpoch = row.value("session_epoch").toLongLong();
    user.lockedOut = row.value("locked").toBool();
    if (auto readable = row.status(); !readable)
        return std::unexpected(readable.error());

    auto roles = runSql(m_database.connection(), QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"),
                        {user.id});
    if (!roles)
        return std::unexpected(roles.error());
    auto storedRoles = remainingRows<Role>(*roles, [](StoredRow &roleRow) { return roleRow.enumAt<Role>("role"); });
    if (!storedRoles)
        return std::unexpected(storedRoles.error());
    user.roles = *storedRoles;

    auto pending = runSql(m_database.connection(),
                          QStringLiteral("SELECT role FROM role_grants WHERE user_id = ? AND decided_by IS NULL ORDER BY role"), {user.id});
    if (!pending)
        return std::unexpected(pending.error());
    auto pendingRoles = remainingRows<Role>(*pending, [](StoredRow &roleRow) { return roleRow.enumAt<Role>("role"); });
    if (!pendingRoles)
        return std::unexpected(pendingRoles.error());
    user.pendingRoles = *pendingRoles;
    return user;
}

Result<User> UserRepository::byId(qint64 id) const
{
    return loadOne(QStringLiteral("id"), id);
}

Result<User> UserRepository::byUsername(const QString &username) const
{
    return loadOne(QStringLiteral("username"), username.trimmed());
}

Result<QString> UserRepository::passwordHash(qint64 userId) const
{
    return oneRow<QString>(m_database.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId},
                           [](const QSqlQuery &row) { return row.value(0).toString(); },
                           QStringLiteral("Deze gebruiker bestaat niet."));
}

Result<QList<User>> UserRepository::all() const
{
    auto ids = idsOf(m_database.connection(), QStringLiteral("SELECT id FROM users ORDER BY username"));
    if (!ids)
        return std::unexpected(ids.error());
    return loadEach<User>(*ids, [this](qint64 id) { return byId(id); });
}

Status UserRepository::setRoles(qint64 userId, const QList<Role> &roles)
{
    return m_database.inTransaction([&]() -> Status {
        if (auto exists = byId(userId); !exists)
            return std::unexpected(exists.error());
        if (auto cleared = execSql(m_database.connection(), QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId});
                                   !cleared)
            return cleared;
        for (const Role role : roles) {
            auto granted = runSql(m_database.connection(),
                                  QStringLiteral("INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?, ?)"),
                                  {userId, enumKey(role)});
            if (!granted)
                return std::unexpected(granted.error());
        }
        return {};
    });
}

Status UserRepository::updateUser(qint64 userId, const QString &assignments, const QVariantList &values)
{
    return changeOneRow(m_database.connection(), QStringLiteral("UPDATE users SET %1 WHERE id = ?").arg(assignments),
                        values + QVariantList{userId},
                        QStringLiteral("Deze gebruiker bestaat niet."));
}

Status UserRepository::setActive(qint64 userId, bool active)
{
    return updateUser(userId, QStringLiteral("active = ?, session_epoch = session_epoch + 1"), {active});
}

Status UserRepository::setPassword(qint64 userId, const QString &passwordHash, PasswordKind kind)
{
    const bool oneTime = kind == PasswordKind::OneTime;
    // A password set by beheer ends the account's open sessions; the user's own change keeps theirs.
    return updateUser(userId,
                      oneTime ? QStringLiteral("password_hash = ?, must_change_password = 1, session_epoch = session_epoch + 1")
                              : QStringLiteral("password_hash = ?, must_change_password = 0"),
                      {passwordHash});
}

Result<LoginState> UserRepository::loginState(qint64 userId) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT totp_secret, totp_last_step, failed_logins, locked, last_failed_at, "
                                       "totp_pending_secret FROM users WHERE id = ?"),
                        {userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Deze gebruiker bestaat niet."));
    StoredRow row(*query);
    const LoginState state{row.value("totp_secret").toByteArray(), row.value("totp_last_step").toLongLong(),
                           row.value("failed_logins").toInt(), row.value("locked").toBool(),
                           row.value("last_failed_at").toDateTime(), row.value("totp_pending_secret").toByteArray()};
    if (auto readable = row.status(); !readable)
        return std::unexpected(readable.error());
    return state;
}

Status UserRepository::setPendingTotpSecret(qint64 userId, const QByteArray &secret)
{
    return updateUser(userId, QStringLiteral("totp_pending_secret = ?"), {secret});
}

Status UserRepository::activatePendingTotpSecret(qint64 userId, qint64 acceptedStep)
{
    return updateUser(userId,
                      QStringLiteral("totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = ?"),
                      {acceptedStep});
}

Status UserRepository::setTotpSecret(qint64 userId, const QByteArray &secret)
{
    return updateUser(userId, QStringLiteral("totp_secret = ?, totp_last_step = 0"), {secret});
}

Status UserRepository::resetSecondFactor(qint64 userId)
{
    return updateUser(userId, QStringLiteral("totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = 0, "
                                             "session_epoch = session_epoch + 1"),
                      {});
}

Status UserRepository::recordFailedLogin(qint64 userId, const QDateTime &at, int lockAt)
{
    return updateUser(userId,
                      QStringLiteral("failed_logins = failed_logins + 1, last_failed_at = ?, "
                                     "locked = CASE WHEN failed_logins + 1 >= ? THEN 1 ELSE locked END"),
                      {at, lockAt});
}

Status UserRepository::recordSuccessfulLogin(qint64 userId, qint64 totpStep)
{
    return updateUser(userId, QStringLiteral("failed_logins = 0, totp_last_step = max(totp_last_step, ?)"), {totpStep});
}

Status UserRepository::unlock(qint64 userId)
{
    return updateUser(userId, QStringLiteral("failed_logins = 0, locked = 0"), {});
}

Result<int> UserRepository::count() const
{
    auto query = runSql(m_database.connection(), QStringLiteral("SELECT count(*) FROM users"));
    if (!query)
        return std::unexpected(query.error());
    query->next();
    return query->value(0).toInt();
}

} // namespace casusregie
