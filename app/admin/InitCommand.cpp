#include "AdminSupport.h"

#include "PasswordInput.h"

#include "security/KeyFile.h"
#include "security/PasswordHasher.h"
#include "setup/DatabaseSetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <unistd.h>

namespace casusregie::admin {

namespace {

constexpr std::array initOptions{
    OptionSpec{"db", "BESTAND", "het nieuwe databasebestand (wordt nooit overschreven)"},
    OptionSpec{"key-file", "BESTAND", "sleutelbestand; wordt met rechten 0600 aangemaakt als het ontbreekt"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit; 0600)"},
    OptionSpec{"admin-user", "NAAM", "gebruikersnaam van het eerste account (standaard: beheer)"},
    OptionSpec{"admin-name", "TEKST", "weergavenaam van het eerste account (standaard: Functioneel beheer)"},
    OptionSpec{"password-stdin", nullptr, "lees het wachtwoord van het eerste account van standaardinvoer"},
    OptionSpec{"demo", nullptr, "demodatabase voor de embedded mode: inloggen zonder tweede factor"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

std::optional<QString> askNewPassword(AdminContext &context, bool fromStdin)
{
    if (fromStdin)
        return readPassword(context.input, stderr, QString());
    if (!::isatty(::fileno(context.input))) {
        context.err << "casusregie-admin: geen terminal om het wachtwoord te vragen; gebruik --password-stdin.\n";
        return std::nullopt;
    }
    const auto first = readPassword(context.input, stderr, QStringLiteral("Wachtwoord voor het eerste account: "));
    const auto second = readPassword(context.input, stderr, QStringLiteral("Herhaal het wachtwoord: "));
    if (!first || !second || *first != *second) {
        context.err << "casusregie-admin: de wachtwoorden komen niet overeen.\n";
        return std::nullopt;
    }
    return first;
}

} // namespace

const CommandSpec initCommand{
    "init",
    "Maakt een nieuwe versleutelde Casusregie-database aan met het schema, de partijen van het convenant\n"
    "en een eerste account met de rol functioneel beheer. Het wachtwoord (minstens 12 tekens) wordt\n"
    "zonder echo gevraagd, of met --password-stdin van standaardinvoer gelezen.",
    initOptions};

int runInit(AdminContext &context, const ParsedOptions &options)
{
    if (auto usage = requirePaths(context, options))
        return *usage;
    const QString databasePath = options.value(QStringLiteral("db"));
    const QString keyPath = options.value(QStringLiteral("key-file"));
    if (QFileInfo::exists(databasePath))
        return usageError(context, QStringLiteral("%1 bestaat al; init overschrijft nooit een database.").arg(databasePath));
    if (!QFileInfo(databasePath).absoluteDir().exists())
        return usageError(context, QStringLiteral("De map voor %1 bestaat niet.").arg(databasePath));

    FirstAccount account;
    account.username = options.values.value(QStringLiteral("admin-user"), QStringLiteral("beheer"));
    account.displayName = options.values.value(QStringLiteral("admin-name"), QStringLiteral("Functioneel beheer"));
    account.demo = options.hasFlag(QStringLiteral("demo"));
    const auto password = askNewPassword(context, options.hasFlag(QStringLiteral("password-stdin")));
    if (!password)
        return usageError(context, QStringLiteral("Er is geen wachtwoord opgegeven."));
    if (auto strong = PasswordHasher::checkStrength(*password); !strong)
        return usageError(context, strong.error().message);
    account.password = *password;

    const QString auditKeyPath = auditKeyPathOf(options);
    const bool keyExisted = QFileInfo::exists(keyPath);
    const bool auditKeyExisted = QFileInfo::exists(auditKeyPath);
    const auto forgetNewKeys = [&] { // a key without its database is of no use to anyone
        if (!keyExisted)
            QFile::remove(keyPath);
        if (!auditKeyExisted)
            QFile::remove(auditKeyPath);
    };
    auto key = keyExisted ? KeyFile::read(keyPath) : KeyFile::create(keyPath);
    if (!key)
        return usageError(context, key.error().message);
    auto auditKey = auditKeyExisted ? KeyFile::read(auditKeyPath) : KeyFile::create(auditKeyPath);
    if (!auditKey) {
        forgetNewKeys();
        return usageError(context, QStringLiteral("Auditsleutel: ") + auditKey.error().message);
    }

    auto database = DatabaseSetup::initialise(databasePath, *key, *auditKey, account, context.clock);
    if (!database) {
        forgetNewKeys();
        context.err << "casusregie-admin: " << database.error().message << "\n";
        return Failure;
    }
    context.out << "Database aangemaakt: " << databasePath << "\n"
                << (keyExisted ? "Bestaande sleutel gebruikt: " : "Nieuwe sleutel (0600): ") << keyPath << "\n"
                << (auditKeyExisted ? "Bestaande auditsleutel gebruikt: " : "Nieuwe auditsleutel (0600): ") << auditKeyPath
                << "\n"
                << "Eerste account (functioneel beheer): " << account.username << "\n";
    return Success;
}

} // namespace casusregie::admin
