#include "AdminSupport.h"

#include "security/KeyFile.h"
#include "setup/DatabaseSetup.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <array>

namespace casusregie::admin {

namespace {

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

} // namespace

const CommandSpec verifyCommand{
    "verify",
    "Controleert of de sleutel past, of de database onbeschadigd is (PRAGMA integrity_check) en of de\n"
    "auditketen ongeschonden is; noemt het eerste verbroken record.\n"
    "Afsluitcode 0 als de database in orde is, 1 als er iets mis is, 2 bij een gebruiksfout.",
    verifyOptions};

const CommandSpec auditHeadCommand{
    "audit-head",
    "Bewaart het laatste record van de auditketen in een bestand buiten de database. Geef dat bestand\n"
    "later aan 'verify --audit-head' om te bewijzen dat het einde van de keten niet is afgekapt.",
    auditHeadOptions};

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

} // namespace casusregie::admin
