#include "AdminCommands.h"

#include "CommandLine.h"
#include "PasswordInput.h"

#include "security/KeyFile.h"
#include "security/PasswordHasher.h"
#include "setup/DatabaseSetup.h"
#include "storage/Database.h"

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
    OptionSpec{"admin-user", "NAAM", "gebruikersnaam van het eerste account (standaard: beheer)"},
    OptionSpec{"admin-name", "TEKST", "weergavenaam van het eerste account (standaard: Functioneel beheer)"},
    OptionSpec{"password-stdin", nullptr, "lees het wachtwoord van het eerste account van standaardinvoer"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array verifyOptions{
    OptionSpec{"db", "BESTAND", "de te controleren database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr CommandSpec initCommand{
    "init",
    "Maakt een nieuwe versleutelde Casusregie-database aan met het schema, de partijen van het convenant\n"
    "en een eerste account met de rol functioneel beheer. Het wachtwoord (minstens 12 tekens) wordt\n"
    "zonder echo gevraagd, of met --password-stdin van standaardinvoer gelezen.",
    initOptions};

constexpr CommandSpec verifyCommand{
    "verify",
    "Controleert of de sleutel past en of de database onbeschadigd is (PRAGMA integrity_check).\n"
    "Afsluitcode 0 als de database in orde is, 1 als er iets mis is, 2 bij een gebruiksfout.",
    verifyOptions};

constexpr std::array commands{&initCommand, &verifyCommand};

QString generalHelp()
{
    QString text = QStringLiteral("Gebruik: casusregie-admin <opdracht> [opties]\n\n"
                                  "Beheer van een Casusregie-database.\n\nOpdrachten:\n");
    for (const CommandSpec *command : commands) {
        const QString summary = QString::fromUtf8(command->summary).section(QLatin1Char('\n'), 0, 0);
        text += QStringLiteral("  %1").arg(QLatin1String(command->name)).leftJustified(12) + summary + QLatin1Char('\n');
    }
    text += QStringLiteral("\nMeer over een opdracht: casusregie-admin <opdracht> --help\n");
    return text;
}

int usageError(AdminContext &context, const QString &message)
{
    context.err << "casusregie-admin: " << message << "\n";
    context.err.flush();
    return UsageError;
}

// Checks that both --db and --key-file were given; returns an exit code when they were not.
std::optional<int> requirePaths(AdminContext &context, const ParsedOptions &options)
{
    for (const char *name : {"db", "key-file"}) {
        if (options.value(QLatin1String(name)).isEmpty())
            return usageError(context, QStringLiteral("De optie --%1 is verplicht.").arg(QLatin1String(name)));
    }
    return std::nullopt;
}

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
    const auto password = askNewPassword(context, options.hasFlag(QStringLiteral("password-stdin")));
    if (!password)
        return usageError(context, QStringLiteral("Er is geen wachtwoord opgegeven."));
    if (auto strong = PasswordHasher::checkStrength(*password); !strong)
        return usageError(context, strong.error().message);
    account.password = *password;

    const bool keyExisted = QFileInfo::exists(keyPath);
    auto key = keyExisted ? KeyFile::read(keyPath) : KeyFile::create(keyPath);
    if (!key)
        return usageError(context, key.error().message);

    auto database = DatabaseSetup::initialise(databasePath, *key, account, context.clock);
    if (!database) {
        if (!keyExisted)
            QFile::remove(keyPath); // a key without its database is of no use to anyone
        context.err << "casusregie-admin: " << database.error().message << "\n";
        return Failure;
    }
    context.out << "Database aangemaakt: " << databasePath << "\n"
                << (keyExisted ? "Bestaande sleutel gebruikt: " : "Nieuwe sleutel (0600): ") << keyPath << "\n"
                << "Eerste account (functioneel beheer): " << account.username << "\n";
    return Success;
}

int runVerify(AdminContext &context, const ParsedOptions &options)
{
    if (auto usage = requirePaths(context, options))
        return *usage;
    const QString databasePath = options.value(QStringLiteral("db"));
    if (!QFileInfo(databasePath).isFile())
        return usageError(context, QStringLiteral("Het databasebestand %1 bestaat niet.").arg(databasePath));
    if (!QFileInfo(databasePath).isReadable())
        return usageError(context, QStringLiteral("Het databasebestand %1 is niet leesbaar.").arg(databasePath));
    auto key = KeyFile::read(options.value(QStringLiteral("key-file")));
    if (!key)
        return usageError(context, key.error().message);

    auto problems = DatabaseSetup::verify(databasePath, *key);
    if (!problems) {
        context.err << "casusregie-admin: " << problems.error().message << "\n";
        return Failure;
    }
    if (!problems->isEmpty()) {
        context.err << "casusregie-admin: de database is beschadigd:\n";
        for (const QString &problem : *problems)
            context.err << "  " << problem << "\n";
        return Failure;
    }
    context.out << "De database is in orde.\n";
    return Success;
}

} // namespace

int runAdmin(const QStringList &arguments, AdminContext &context)
{
    if (arguments.isEmpty())
        return usageError(context, QStringLiteral("Geef een opdracht.\n\n") + generalHelp());
    const QString name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("help") || name == QLatin1String("-h")) {
        context.out << generalHelp();
        return Success;
    }

    for (const CommandSpec *command : commands) {
        if (name != QLatin1String(command->name))
            continue;
        QString error;
        const auto options = parseOptions(*command, arguments.mid(1), error);
        if (!options)
            return usageError(context, error + QStringLiteral("\n\n") + commandHelp(*command));
        if (options->hasFlag(QStringLiteral("help"))) {
            context.out << commandHelp(*command);
            return Success;
        }
        const int code = command == &initCommand ? runInit(context, *options) : runVerify(context, *options);
        context.out.flush();
        context.err.flush();
        return code;
    }
    return usageError(context, QStringLiteral("Onbekende opdracht: %1\n\n").arg(name) + generalHelp());
}

} // namespace casusregie::admin
