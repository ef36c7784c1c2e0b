#include "AdminSupport.h"

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

} // namespace casusregie::admin
