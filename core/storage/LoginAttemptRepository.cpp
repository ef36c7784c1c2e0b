#include "storage/LoginAttemptRepository.h"

#include "security/SecureRandom.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlStatement.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace casusregie {

namespace {

const QString nameKeySetting = QStringLiteral("inlognaam_sleutel");

} // namespace

LoginAttemptRepository::LoginAttemptRepository(Database &database)
    : m_database(database)
{
}

// The key is made on the first failure; without one no name has failed yet.
Result<QString> LoginAttemptRepository::nameKey(const QString &username, bool createKey) const
{
    SettingsRepository settings(m_database);
    auto key = settings.value(nameKeySetting);
    if (!key && key.error().code == ErrorCode::NotFound && createKey) {
        key = QString::fromLatin1(secureRandomBytes(32).toHex());
        if (auto stored = settings.setValue(nameKeySetting, *key); !stored)
            return std::unexpected(stored.error());
    }
    if (!key)
        return key;
    const QByteArray name = username.trimmed().toUtf8(); // as UserRepository::byUsername matches it
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(name, QByteArray::fromHex(key->toLatin1()), QCryptographicHash::Sha256).toHex());
}

Result<LoginAttemptRepository::Attempts> LoginAttemptRepository::of(const QString &username) const
{
    auto key = nameKey(username, false);
    if (!key)
        return key.error().code == ErrorCode::NotFound ? Result<Attempts>(Attempts{}) : std::unexpected(key.error());
    auto attempts = oneRow<Attempts>(m_database.connection(),
                                     QStringLiteral("SELECT failures, last_failed_at FROM login_attempts WHERE name_key = ?"),
                                     {*key},
                                     [](const QSqlQuery &row) {
                                         return Attempts{row.value(0).toInt(), row.value(1).toDateTime()};
                                     },
                                     QString());
    if (!attempts && attempts.error().code == ErrorCode::NotFound)
        return Attempts{};
    return attempts;
}

Status LoginAttemptRepository::recordFailure(const QString &username, const QDateTime &at)
{
    auto key = nameKey(username, true);
    if (!key)
        return std::unexpected(key.error());
    if (auto pruned = execSql(m_database.connection(), QStringLiteral("DELETE FROM login_attempts WHERE last_failed_at < ?"),
                              {at.addDays(-keptDays)});
        !pruned)
        return pruned;
    // SQLCipher 3.4 has no upsert: make the row, then count.
    if (auto made = execSql(m_database.connection(),
                            QStringLiteral("INSERT OR IGNORE INTO login_attempts (name_key, failures, last_failed_at) VALUES (?, 0, ?)"),
                            {*key, at});
        !made)
        return made;
    return execSql(m_database.connection(),
                   QStringLiteral("UPDATE login_attempts SET failures = failures + 1, last_failed_at = ? WHERE name_key = ?"),
                   {at, *key});
}

Status LoginAttemptRepository::forget(const QString &username)
{
    auto key = nameKey(username, false);
    if (!key)
        return key.error().code == ErrorCode::NotFound ? Status{} : std::unexpected(key.error());
    return execSql(m_database.connection(), QStringLiteral("DELETE FROM login_attempts WHERE name_key = ?"), {*key});
}

} // namespace casusregie
