#include "AdminCommands.h"

#include "CommandLine.h"
#include "PasswordInput.h"

#include "security/KeyFile.h"
#include "security/PasswordHasher.h"
#include "setup/DatabaseSetup.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array verifyOptions{
    OptionSpec{"db", "BESTAND", "de te controleren database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"audit-head", "BESTAND", "eerder geëxporteerd laatste auditrecord: bewijst dat niets is afgekapt"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array auditHeadOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"out", "BESTAND", "waar het laatste auditrecord wordt bewaard (buiten de database)"},
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
    "Controleert of de sleutel past, of de database onbeschadigd is (PRAGMA integrity_check) en of de\n"
    "auditketen ongeschonden is; noemt het eerste verbroken record.\n"
    "Afsluitcode 0 als de database in orde is, 1 als er iets mis is, 2 bij een gebruiksfout.",
    verifyOptions};

constexpr CommandSpec auditHeadCommand{
    "audit-head",
    "Bewaart het laatste record van de auditketen in een bestand buiten de database. Geef dat bestand\n"
    "later aan 'verify --audit-head' om te bewijzen dat het einde van de keten niet is afgekapt.",
    auditHeadOptions};

constexpr std::array commands{&initCommand, &verifyCommand, &auditHeadCommand};

QString generalHelp()
{
    QString text = QStringLiteral("Gebruik: casusregie-admin <opdracht> [opties]\n\n"
                                  "Beheer van een Casusregie-database.\n\nOpdrachten:\n");
    for (const CommandSpec *command : commands) {
        const QString summary = QString::fromUtf8(command->summary).section(QLatin1Char('\n'), 0, 0);
        text += QStringLiteral("  %1").arg(QLatin1String(command->name)).leftJustified(14) + summary + QLatin1Char('\n');
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

QString auditKeyPathOf(const ParsedOptions &options)
{
    const QString given = options.value(QStringLiteral("audit-key-file"));
    return given.isEmpty() ? KeyFile::defaultAuditKeyPath(options.value(QStringLiteral("key-file"))) : given;
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
    auto auditKey = KeyFile::read(auditKeyPathOf(options));
    if (!auditKey)
        return usageError(context, QStringLiteral("Auditsleutel: ") + auditKey.error().message);
    std::optional<AuditHead> exportedHead;
    if (const QString headPath = options.value(QStringLiteral("audit-head")); !headPath.isEmpty()) {
        QFile headFile(headPath);
        if (!headFile.open(QIODevice::ReadOnly | QIODevice::Text))
            return usageError(context, QStringLiteral("Het bestand %1 kan niet worden gelezen.").arg(headPath));
        exportedHead = AuditLog::decodeHead(QString::fromUtf8(headFile.readAll()));
        if (!exportedHead)
            return usageError(context, QStringLiteral("%1 is geen geëxporteerd auditrecord.").arg(headPath));
    }

    auto problems = DatabaseSetup::verify(databasePath, *key, *auditKey, exportedHead);
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
    context.out << "De database is in orde; de auditketen is ongeschonden.\n";
    return Success;
}

int runAuditHead(AdminContext &context, const ParsedOptions &options)
{
    if (auto usage = requirePaths(context, options))
        return *usage;
    const QString outPath = options.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usageError(context, QStringLiteral("De optie --out is verplicht."));
    if (!QFileInfo(options.value(QStringLiteral("db"))).isFile())
        return usageError(context, QStringLiteral("Het databasebestand %1 bestaat niet.").arg(options.value(QStringLiteral("db"))));
    auto key = KeyFile::read(options.value(QStringLiteral("key-file")));
    if (!key)
        return usageError(context, key.error().message);
    auto head = DatabaseSetup::auditHead(options.value(QStringLiteral("db")), *key);
    if (!head) {
        context.err << "casusregie-admin: " << head.error().message << "\n";
        return Failure;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return usageError(context, QStringLiteral("%1 kan niet worden geschreven.").arg(outPath));
    out.write(AuditLog::encodeHead(*head).toUtf8());
    if (!out.commit())
        return usageError(context, QStringLiteral("%1 kan niet worden geschreven.").arg(outPath));
    context.out << "Laatste auditrecord " << head->id << " bewaard in " << outPath << "\n";
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
        const int code = command == &initCommand     ? runInit(context, *options)
                       : command == &verifyCommand ? runVerify(context, *options)
                                                   : runAuditHead(context, *options);
        context.out.flush();
        context.err.flush();
        return code;
    }
    return usageError(context, QStringLiteral("Onbekende opdracht: %1\n\n").arg(name) + generalHelp());
}

} // namespace casusregie::admin
