#include "storage/RoleGrantRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectGrants = QStringLiteral(
    "SELECT g.id, g.user_id, u.username, u.display_name, g.role, g.requested_by, g.requested_at, g.decided_by, g.decided_at, "
    "g.confirmed FROM role_grants g JOIN users u ON u.id = g.user_id");

RoleGrant grantFrom(StoredRow &row)
{
    RoleGrant grant;
    grant.id = row.value("id").toLongLong();
    grant.userId = row.value("user_id").toLongLong();
    grant.username = row.value("username").toString();
    grant.displayName = row.value("display_name").toString();
    grant.role = row.enumAt<Role>("role");
    grant.requestedBy = row.value("requested_by").toLongLong();
    grant.requestedAt = row.value("requested_at").toDateTime();
    grant.decidedBy = row.value("decided_by").toLongLong();
    grant.decidedAt = row.value("decided_at").toDateTime();
    grant.confirmed = row.value("confirmed").toBool();
    return grant;
}

} // namespace

RoleGrantRepository::RoleGrantRepository(Database &database)
    : m_database(database)
{
}

Status RoleGrantRepository::request(qint64 userId, Role role, qint64 requestedBy, const QDateTime &at)
{
    return execSql(m_database.connection(),
                   QStringLiteral("INSERT INTO role_grants (user_id, role, requested_by, requested_at) SELECT ?, ?, ?, ? "
                                  "WHERE NOT EXISTS (SELECT 1 FROM user_roles WHERE user_id = ? AND role = ?) "
                                  "AND NOT EXISTS (SELECT 1 FROM role_grants WHERE user_id = ? AND role = ? AND decided_by IS NULL)"),
                   {userId, enumKey(role), requestedBy, at, userId, enumKey(role), userId, enumKey(role)});
}

Status RoleGrantRepository::withdrawPending(qint64 userId, Role role)
{
    return execSql(m_database.connection(),
                   QStringLiteral("DELETE FROM role_grants WHERE user_id = ? AND role = ? AND decided_by IS NULL"),
                   {userId, enumKey(role)});
}

Result<RoleGrant> RoleGrantRepository::byId(qint64 id) const
{
    return oneRow<RoleGrant>(m_database.connection(), selectGrants + QStringLiteral(" WHERE g.id = ?"), {id}, grantFrom,
                             QStringLiteral("Deze roltoekenning bestaat niet."));
}

Result<QList<RoleGrant>> RoleGrantRepository::all() const
{
    return listOf<RoleGrant>(m_database.connection(),
                             selectGrants + QStringLiteral(" ORDER BY g.decided_by IS NOT NULL, g.requested_at, g.id"), {}, grantFrom);
}

Status RoleGrantRepository::decide(qint64 id, qint64 decidedBy, const QDateTime &at, bool confirmed)
{
    return m_database.inTransaction([&]() -> Status {
        auto decided = runSql(m_database.connection(),
                              QStringLiteral("UPDATE role_grants SET decided_by = ?, decided_at = ?, confirmed = ? "
                                             "WHERE id = ? AND decided_by IS NULL"),
                              {decidedBy, at, confirmed, id});
        if (!decided)
            return std::unexpected(decided.error());
        if (decided->numRowsAffected() != 1)
            return fail(ErrorCode::Conflict, QStringLiteral("Over deze rol is al besloten."));
        if (!confirmed)
            return {};
        return execSql(m_database.connection(),
                       QStringLiteral("INSERT OR IGNORE INTO user_roles (user_id, role) SELECT user_id, role FROM role_grants WHERE id = ?"),
                       {id});
    });
}

} // namespace casusregie
