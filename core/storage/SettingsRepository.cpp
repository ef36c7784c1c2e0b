#include "storage/SettingsRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString secondFactorSetting = QStringLiteral("tweede_factor_vereist");

} // namespace

SettingsRepository::SettingsRepository(Database &database)
    : m_database(database)
{
}

Result<QString> SettingsRepository::value(const QString &name) const
{
    return oneRow<QString>(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE name = ?"), {name},
                           [](const QSqlQuery &row) { return row.value(0).toString(); },
                           QStringLiteral("Deze instelling bestaat niet."));
}

Status SettingsRepository::setValue(const QString &name, const QString &value)
{
    return execSql(m_database.connection(), QStringLiteral("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)"),
                   {name, value});
}

Result<bool> SettingsRepository::secondFactorRequired() const
{
    auto setting = value(secondFactorSetting);
    if (!setting)
        return setting.error().code == ErrorCode::NotFound ? Result<bool>(true) : std::unexpected(setting.error());
    return *setting != QLatin1String("nee"); // anything but an explicit waiver requires it
}

Status SettingsRepository::waiveSecondFactorForDemo()
{
    return setValue(secondFactorSetting, QStringLiteral("nee"));
}

} // namespace casusregie
