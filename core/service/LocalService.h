#pragma once

#include "common/Clock.h"
#include "service/Service.h"

#include <optional>

namespace casusregie {

class Database;

// The service running in-process on an open database (embedded mode, and later inside the server).
class LocalService final : public Service {
public:
    LocalService(Database &database, const Clock &clock);

    Result<User> login(const QString &username, const QString &password) override;
    void logout() override;
    Result<QList<Party>> parties() override;

private:
    Status requireLogin() const;

    Database &m_database;
    const Clock &m_clock;
    std::optional<User> m_user;
};

} // namespace casusregie
