#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/DatabaseKey.h"
#include "storage/AuditLog.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace casusregie {

class Database;

// The first account of a new database: functioneel beheer, so that someone can create the others
// (access-policy.md: the first FB account is made by `casusregie-admin init`).
struct FirstAccount {
    QString username;
    QString displayName;
    QString password;
    QString partyShortName = QStringLiteral("Rotterdam"); // the gemeente that hosts the ZVHRR (C 12.2)
    bool demo = false; // a demo database for the embedded mode: logins need no second factor
};

namespace DatabaseSetup {

// Creates the encrypted database with its schema, the covenant's signatories, the first account
// and the first audit record, all or nothing: when any step fails, no file is left behind.
Result<std::unique_ptr<Database>> initialise(const QString &path, const DatabaseKey &key, const AuditKey &auditKey,
                                             const FirstAccount &account, const Clock &clock);

// Opens an existing database and reports what is wrong with it: the integrity check and the
// audit chain (against an exported head, when given). An empty list means sound.
Result<QStringList> verify(const QString &path, const DatabaseKey &key, const AuditKey &auditKey,
                           const std::optional<AuditHead> &exportedHead = std::nullopt);

// The last record of the audit chain, to be kept outside the database.
Result<AuditHead> auditHead(const QString &path, const DatabaseKey &key);

} // namespace DatabaseSetup

} // namespace casusregie
