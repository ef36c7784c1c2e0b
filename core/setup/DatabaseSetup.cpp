#include "setup/DatabaseSetup.h"

#include "rules/Operation.h"
#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/PartyRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SignatorySeed.h"
#include "storage/UserRepository.h"

namespace casusregie::DatabaseSetup {

namespace {

Result<qint64> partyIdByShortName(PartyRepository &parties, const QString &shortName)
{
    auto all = parties.all();
    if (!all)
        return std::unexpected(all.error());
    for (const Party &party : *all) {
        if (party.shortName == shortName)
            return party.id;
    }
    return fail(ErrorCode::NotFound, QStringLiteral("De partij van het eerste account bestaat niet."));
}

Status fillNewDatabase(Database &database, const AuditKey &auditKey, const FirstAccount &account, const QString &passwordHash,
                       const Clock &clock)
{
    return database.inTransaction([&]() -> Status {
        PartyRepository parties(database);
        if (auto seeded = SignatorySeed::seed(parties, clock.today()); !seeded)
            return seeded;
        auto partyId = partyIdByShortName(parties, account.partyShortName);
        if (!partyId)
            return std::unexpected(partyId.error());

        User user;
        user.username = account.username;
        user.displayName = account.displayName;
        user.partyId = *partyId;
        user.roles = {Role::FunctioneelBeheer};
        UserRepository users(database);
        auto added = users.add(user, passwordHash, clock.now());
        if (!added)
            return std::unexpected(added.error());

        if (account.demo) {
            if (auto waived = SettingsRepository(database).waiveSecondFactorForDemo(); !waived)
                return waived;
        }

        // The chain starts with its own creation.
        AuditEntry entry;
        entry.at = clock.now();
        entry.username = QStringLiteral("casusregie-admin");
        entry.action = enumKey(Operation::InitialiseDatabase);
        entry.objects = QStringLiteral("user:%1").arg(*added);
        entry.outcome = QStringLiteral("allowed");
        AuditLog audit(database, auditKey);
        if (auto checked = audit.recordKeyCheck(); !checked)
            return checked;
        return audit.append(entry);
    });
}

} // namespace

Result<std::unique_ptr<Database>> initialise(const QString &path, const DatabaseKey &key, const AuditKey &auditKey,
                                             const FirstAccount &account, const Clock &clock)
{
    if (account.username.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het eerste account heeft een gebruikersnaam nodig."));
    // Hash before creating anything, so a weak password leaves no file behind.
    auto passwordHash = PasswordHasher::hash(account.password);
    if (!passwordHash)
        return std::unexpected(passwordHash.error());

    auto database = Database::open(path, key, Database::OpenMode::CreateNew);
    if (!database)
        return database;
    if (auto filled = fillNewDatabase(**database, auditKey, account, *passwordHash, clock); !filled) {
        database->reset();
        Database::removeFiles(path);
        return std::unexpected(filled.error());
    }
    return database;
}

Result<QStringList> verify(const QString &path, const DatabaseKey &key, const AuditKey &auditKey,
                           const std::optional<AuditHead> &exportedHead)
{
    // Checked as found: an older schema is not migrated first.
    auto database = Database::open(path, key, Database::OpenMode::Inspect);
    if (!database)
        return std::unexpected(database.error());
    auto problems = (*database)->integrityCheck();
    if (!problems || !problems->isEmpty())
        return problems;
    auto chain = AuditLog(**database, auditKey).verify(exportedHead);
    if (!chain)
        return std::unexpected(chain.error());
    if (chain->wrongKey) // a key that does not fit is not damage: say which it is
        return fail(ErrorCode::WrongKeyOrNotADatabase, chain->problem);
    if (!chain->intact())
        return QStringList{QStringLiteral("Auditketen verbroken bij record %1: %2").arg(chain->firstBrokenId).arg(chain->problem)};
    return QStringList{};
}

Result<AuditHead> auditHead(const QString &path, const DatabaseKey &key)
{
    auto database = Database::open(path, key, Database::OpenMode::Inspect);
    if (!database)
        return std::unexpected(database.error());
    return AuditLog::readHead(**database);
}

} // namespace casusregie::DatabaseSetup
