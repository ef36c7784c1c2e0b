#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/DatabaseKey.h"

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
};

namespace DatabaseSetup {

// Creates the encrypted database with its schema, the covenant's signatories and the first
// account, all or nothing: when any step fails, no file is left behind.
Result<std::unique_ptr<Database>> initialise(const QString &path, const DatabaseKey &key, const FirstAccount &account,
                                             const Clock &clock);

// Opens an existing database and reports what is wrong with it; an empty list means sound.
Result<QStringList> verify(const QString &path, const DatabaseKey &key);

} // namespace DatabaseSetup

} // namespace casusregie
