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
                                              "geheimhoudingsverklaring, vog_of_screening, active, created_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {user.username.trimmed(), user.displayName.trimmed(), user.partyId, passwordHash,
                                nullableDate(user.geheimhoudingsverklaring), nullableDate(user.vogOfScreening), user.active,
                                createdAt});
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
                                       "vog_of_screening, active FROM users WHERE %1 = ?")
                            .arg(where),
                        {value});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Deze gebruiker bestaat niet."));

    User user;
    user.id = query->value(0).toLongLong();
    user.username = query->value(1).toString();
    user.displayName = query->value(2).toString();
    user.partyId = query->value(3).toLongLong();
    user.geheimhoudingsverklaring = query->value(4).toDate();
    user.vogOfScreening = query->value(5).toDate();
    user.active = query->value(6).toBool();

    auto roles = runSql(m_database.connection(), QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"),
                        {user.id});
    if (!roles)
        return std::unexpected(roles.error());
    while (roles->next()) {
        if (const auto role = enumFromKey<Role>(roles->value(0).toString()))
            user.roles << *role;
    }
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
    auto query = runSql(m_database.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Deze gebruiker bestaat niet."));
    return query->value(0).toString();
}

Result<QList<User>> UserRepository::all() const
{
    auto ids = runSql(m_database.connection(), QStringLiteral("SELECT id FROM users ORDER BY username"));
    if (!ids)
        return std::unexpected(ids.error());
    QList<qint64> found;
    while (ids->next())
        found << ids->value(0).toLongLong();
    QList<User> users;
    for (const qint64 id : found) {
        auto user = byId(id);
        if (!user)
            return std::unexpected(user.error());
        users << *user;
    }
    return users;
}

Status UserRepository::setRoles(qint64 userId, const QList<Role> &roles)
{
    return m_database.inTransaction([&]() -> Status {
        if (auto exists = byId(userId); !exists)
            return std::unexpected(exists.error());
        if (auto cleared = runSql(m_database.connection(), QStringLiteral("DELETE FROM user_roles WHERE user_id = ?"), {userId});
            !cleared)
            return std::unexpected(cleared.error());
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

Result<int> UserRepository::count() const
{
    auto query = runSql(m_database.connection(), QStringLiteral("SELECT count(*) FROM users"));
    if (!query)
        return std::unexpected(query.error());
    query->next();
    return query->value(0).toInt();
}

} // namespace casusregie
