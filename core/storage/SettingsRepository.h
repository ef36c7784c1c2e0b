#pragma once

#include "common/Result.h"

#include <QString>

namespace casusregie {

class Database;

// Database-wide settings, such as whether logins need a second factor.
class SettingsRepository {
public:
    explicit SettingsRepository(Database &database);

    Result<QString> value(const QString &name) const;
    Status setValue(const QString &name, const QString &value);

    // Every account needs a second factor, except on a demo database made for the embedded mode.
    Result<bool> secondFactorRequired() const;
    Status waiveSecondFactorForDemo();

private:
    Database &m_database;
};

} // namespace casusregie
