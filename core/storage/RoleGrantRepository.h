#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QList>

namespace casusregie {

class Database;

// Roles granted by functioneel beheer that wait for the hoofd's (or the FG's) confirmation, and
// the decisions on them.
class RoleGrantRepository {
public:
    explicit RoleGrantRepository(Database &database);

    // Asks confirmation of `role` for the account, unless it already holds it or waits for it.
    Status request(qint64 userId, Role role, qint64 requestedBy, const QDateTime &at);
    // Withdraws a pending request (beheer took the role off again before it was confirmed).
    Status withdrawPending(qint64 userId, Role role);
    Result<RoleGrant> byId(qint64 id) const;
    Result<QList<RoleGrant>> all() const;
    // Records the decision; a confirmed role is added to the account in the same step.
    Status decide(qint64 id, qint64 decidedBy, const QDateTime &at, bool confirmed);

private:
    Database &m_database;
};

} // namespace casusregie
