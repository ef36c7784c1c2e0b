#include "AdminSupport.h"

#include "PasswordInput.h"

#include "security/KeyFile.h"

#include <QFileInfo>

namespace casusregie::admin {

int usageError(AdminContext &context, const QString &message)
{
    context.err << "casusregie-admin: " << message << "\n";
    context.err.flush();
    return UsageError;
}

int failure(AdminContext &context, const QString &message)
{
    context.err << "casusregie-admin: " << message << "\n";
    context.err.flush();
    return Failure;
}

std::optional<int> requirePaths(AdminContext &context, const ParsedOptions &options)
{
    for (const char *name : {"db", "key-file"}) {
        if (options.value(QLatin1String(name)).isEmpty())
            return usageError(context, QStringLiteral("De optie --%1 is verplicht.").arg(QLatin1String(name)));
    }
    return std::nullopt;
}

QString auditKeyPathOf(const ParsedOptions &options)
{
    const QString given = options.value(QStringLiteral("audit-key-file"));
    return given.isEmpty() ? KeyFile::defaultAuditKeyPath(options.value(QStringLiteral("key-file"))) : given;
}

std::expected<OpenedDatabase, int> openWithKeys(AdminContext &context, const ParsedOptions &options)
{
    if (auto usage = requirePaths(context, options))
        return std::unexpected(*usage);
    const QString databasePath = options.value(QStringLiteral("db"));
    if (!QFileInfo(databasePath).isFile())
        return std::unexpected(usageError(context, QStringLiteral("Het databasebestand %1 bestaat niet.").arg(databasePath)));
    if (!QFileInfo(databasePath).isReadable())
        return std::unexpected(usageError(context, QStringLiteral("Het databasebestand %1 is niet leesbaar.").arg(databasePath)));
    auto key = KeyFile::read(options.value(QStringLiteral("key-file")));
    if (!key)
        return std::unexpected(usageError(context, key.error().message));
    auto auditKey = KeyFile::read(auditKeyPathOf(options));
    if (!auditKey)
        return std::unexpected(usageError(context, QStringLiteral("Auditsleutel: ") + auditKey.error().message));
    auto database = Database::open(databasePath, *key, Database::OpenMode::Existing);
    if (!database)
        return std::unexpected(failure(context, database.error().message));
    return OpenedDatabase{std::move(*database), *auditKey};
}

std::expected<ServiceSession, int> loginAs(AdminContext &context, const ParsedOptions &options)
{
    const QString username = options.value(QStringLiteral("as"));
    if (username.isEmpty())
        return std::unexpected(usageError(context, QStringLiteral("Geef met --as het account waarmee u dit doet.")));
    const auto password = readPassword(context.input, stderr, QStringLiteral("Wachtwoord van %1: ").arg(username));
    if (!password)
        return std::unexpected(usageError(context, QStringLiteral("Er is geen wachtwoord opgegeven.")));
    return loginAs(context, options, *password);
}

std::expected<ServiceSession, int> loginAs(AdminContext &context, const ParsedOptions &options, const QString &password)
{
    const QString username = options.value(QStringLiteral("as"));
    if (username.isEmpty())
        return std::unexpected(usageError(context, QStringLiteral("Geef met --as het account waarmee u dit doet.")));
    auto opened = openWithKeys(context, options);
    if (!opened)
        return std::unexpected(opened.error());
    auto service = std::make_unique<LocalService>(*opened->database, context.clock, opened->auditKey,
                                                  LocalService::SecondFactor::HeldKeyFile);
    if (auto user = service->login(username, password); !user)
        return std::unexpected(failure(context, user.error().message));
    return ServiceSession{std::move(*opened), std::move(service)};
}

std::expected<Party, int> partyNamedIn(AdminContext &context, ServiceSession &session, const ParsedOptions &options)
{
    const QString shortName = options.value(QStringLiteral("party"));
    auto parties = session.service->parties();
    if (!parties)
        return std::unexpected(serviceFailure(context, parties.error()));
    for (const Party &party : *parties) {
        if (party.shortName == shortName)
            return party;
    }
    return std::unexpected(usageError(context, QStringLiteral("Onbekende partij: %1").arg(shortName)));
}

int serviceFailure(AdminContext &context, const Error &error)
{
    const bool refused = error.code == ErrorCode::AccessDenied || error.code == ErrorCode::InvalidArgument
        || error.code == ErrorCode::NotFound || error.code == ErrorCode::Conflict || error.code == ErrorCode::AlreadyExists;
    return refused ? usageError(context, error.message) : failure(context, error.message);
}

} // namespace casusregie::admin
