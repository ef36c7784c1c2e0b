#include "setup/DatabaseSetup.h"

#include "security/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/PartyRepository.h"
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

Status fillNewDatabase(Database &database, const FirstAccount &account, const QString &passwordHash, const Clock &clock)
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
        return {};
    });
}

} // namespace

Result<std::unique_ptr<Database>> initialise(const QString &path, const DatabaseKey &key, const FirstAccount &account,
                                             const Clock &clock)
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
    if (auto filled = fillNewDatabase(**database, account, *passwordHash, clock); !filled) {
        database->reset();
        Database::removeFiles(path);
        return std::unexpected(filled.error());
    }
    return database;
}

Result<QStringList> verify(const QString &path, const DatabaseKey &key)
{
    auto database = Database::open(path, key, Database::OpenMode::Existing);
    if (!database)
        return std::unexpected(database.error());
    return (*database)->integrityCheck();
}

} // namespace casusregie::DatabaseSetup
