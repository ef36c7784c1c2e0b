#include "AdminSupport.h"

#include "PasswordInput.h"

#include "security/KeyFile.h"
#include "security/PassphraseKey.h"
#include "storage/Backup.h"

#include <QFileInfo>

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array backupOptions{
    OptionSpec{"db", "BESTAND", "de database (mag in gebruik zijn door de server)"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"out", "BESTAND", "het back-upbestand (wordt niet overschreven)"},
    OptionSpec{"out-key-file", "BESTAND", "nieuwe sleutel voor de back-up (0600); of:"},
    OptionSpec{"passphrase-stdin", nullptr, "versleutel met een wachtwoordzin van standaardinvoer (Argon2id; <out>.kdf)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array restoreOptions{
    OptionSpec{"backup", "BESTAND", "het back-upbestand"},
    OptionSpec{"backup-key-file", "BESTAND", "de sleutel van de back-up; of:"},
    OptionSpec{"passphrase-stdin", nullptr, "de wachtwoordzin van de back-up van standaardinvoer"},
    OptionSpec{"db", "BESTAND", "de nieuwe database (wordt niet overschreven)"},
    OptionSpec{"key-file", "BESTAND", "sleutel voor de nieuwe database; wordt aangemaakt (0600) als hij ontbreekt"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

// The key of a backup: a new key file, or a passphrase with fresh Argon2id parameters next to it.
Result<DatabaseKey> newBackupKey(AdminContext &context, const ParsedOptions &options, const QString &backupPath)
{
    if (options.hasFlag(QStringLiteral("passphrase-stdin"))) {
        const auto passphrase = readPassword(context.input, stderr, QStringLiteral("Wachtwoordzin voor de back-up: "));
        if (!passphrase)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Er is geen wachtwoordzin opgegeven."));
        const KdfParameters parameters = KdfParameters::withFreshSalt();
        auto key = PassphraseKey::derive(*passphrase, parameters);
        if (!key)
            return key;
        if (auto written = PassphraseKey::writeParameters(PassphraseKey::parametersPathFor(backupPath), parameters); !written)
            return std::unexpected(written.error());
        return key;
    }
    const QString keyPath = options.value(QStringLiteral("out-key-file"));
    if (keyPath.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Geef --out-key-file of --passphrase-stdin."));
    return KeyFile::create(keyPath);
}

Result<DatabaseKey> existingBackupKey(AdminContext &context, const ParsedOptions &options, const QString &backupPath)
{
    if (options.hasFlag(QStringLiteral("passphrase-stdin"))) {
        const auto passphrase = readPassword(context.input, stderr, QStringLiteral("Wachtwoordzin van de back-up: "));
        auto parameters = PassphraseKey::readParameters(PassphraseKey::parametersPathFor(backupPath));
        if (!passphrase || !parameters)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Wachtwoordzin of sleutelparameters (%1.kdf) ontbreken.").arg(backupPath));
        return PassphraseKey::derive(*passphrase, *parameters);
    }
    return KeyFile::read(options.value(QStringLiteral("backup-key-file")));
}

} // namespace

const CommandSpec backupCommand{"backup",
                                "Maakt een versleutelde kopie van een (ook draaiende) database met een eigen sleutel of "
                                "wachtwoordzin, en controleert die.",
                                backupOptions};
const CommandSpec restoreCommand{"restore", "Zet een back-up terug in een nieuw databasebestand en controleert dat.", restoreOptions};

int runBackup(AdminContext &context, const ParsedOptions &options)
{
    const QString out = options.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(context, QStringLiteral("De optie --out is verplicht."));
    if (QFileInfo::exists(out))
        return usageError(context, QStringLiteral("%1 bestaat al; een back-up overschrijft niets.").arg(out));
    if (auto usage = requirePaths(context, options))
        return *usage;
    auto source = KeyFile::read(options.value(QStringLiteral("key-file")));
    if (!source)
        return usageError(context, source.error().message);
    auto database = Database::open(options.value(QStringLiteral("db")), *source, Database::OpenMode::Existing);
    if (!database)
        return failure(context, database.error().message);
    auto key = newBackupKey(context, options, out);
    if (!key)
        return usageError(context, key.error().message);
    if (auto exported = Backup::exportTo(**database, out, *key); !exported)
        return failure(context, exported.error().message);
    context.out << "Back-up gemaakt en gecontroleerd: " << out << "\n";
    return Success;
}

int runRestore(AdminContext &context, const ParsedOptions &options)
{
    const QString backupPath = options.value(QStringLiteral("backup"));
    const QString target = options.value(QStringLiteral("db"));
    const QString keyPath = options.value(QStringLiteral("key-file"));
    if (backupPath.isEmpty() || target.isEmpty() || keyPath.isEmpty())
        return usageError(context, QStringLiteral("Geef --backup, --db en --key-file."));
    if (!QFileInfo(backupPath).isFile())
        return usageError(context, QStringLiteral("De back-up %1 bestaat niet.").arg(backupPath));
    if (QFileInfo::exists(target))
        return usageError(context, QStringLiteral("%1 bestaat al; terugzetten gebeurt altijd in een nieuw bestand.").arg(target));
    auto backupKey = existingBackupKey(context, options, backupPath);
    if (!backupKey)
        return usageError(context, backupKey.error().message);
    // Read as it is: the backup itself is never changed; the restored copy is migrated when opened.
    auto backup = Database::open(backupPath, *backupKey, Database::OpenMode::Inspect);
    if (!backup)
        return failure(context, backup.error().message);
    auto newKey = QFileInfo::exists(keyPath) ? KeyFile::read(keyPath) : KeyFile::create(keyPath);
    if (!newKey)
        return usageError(context, newKey.error().message);
    if (auto exported = Backup::exportTo(**backup, target, *newKey); !exported)
        return failure(context, exported.error().message);
    context.out << "Teruggezet en gecontroleerd: " << target << "\n";
    return Success;
}

} // namespace casusregie::admin
