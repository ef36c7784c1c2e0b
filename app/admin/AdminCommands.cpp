#include "AdminCommands.h"

#include "AdminSupport.h"

#include <array>

namespace casusregie::admin {

namespace {

struct Command {
    const CommandSpec *spec;
    int (*run)(AdminContext &, const ParsedOptions &);
};

const std::array commands{
    Command{&initCommand, runInit},         Command{&verifyCommand, runVerify},
    Command{&auditHeadCommand, runAuditHead}, Command{&demoCommand, runDemo},
    Command{&retentionRunCommand, runRetention},
    Command{&userAddCommand, runUserAdd},   Command{&userResetTotpCommand, runUserResetTotp},
    Command{&userGrantsCommand, runUserGrants}, Command{&userConfirmRoleCommand, runUserConfirmRole},
    Command{&accountPasswordCommand, runAccountPassword}, Command{&accountEnrolTotpCommand, runAccountEnrolTotp},
    Command{&accountConfirmTotpCommand, runAccountConfirmTotp},
    Command{&userDisableCommand, runUserDisable}, Command{&userEnableCommand, runUserEnable},
    Command{&userRolesCommand, runUserRoles}, Command{&userResetPasswordCommand, runUserResetPassword},
    Command{&tlsCaCommand, runTlsCa},       Command{&tlsServerCertCommand, runTlsServerCert},
    Command{&profileExportCommand, runProfileExport},
    Command{&backupCommand, runBackup},     Command{&restoreCommand, runRestore},
    Command{&partyOpzeggingCommand, runPartyOpzegging}, Command{&partyUitsluitingCommand, runPartyUitsluiting},
    Command{&reportVerwerkingsregisterCommand, runReportVerwerkingsregister},
    Command{&reportVerwerkersCommand, runReportVerwerkers}, Command{&reportDatalekkenCommand, runReportDatalekken},
    Command{&reportJaarcijfersCommand, runReportJaarcijfers},
};

QString generalHelp()
{
    QString text = QStringLiteral("Gebruik: casusregie-admin <opdracht> [opties]\n\n"
                                  "Beheer van een Casusregie-database.\n\nOpdrachten:\n");
    for (const Command &command : commands) {
        const QString summary = QString::fromUtf8(command.spec->summary).section(QLatin1Char('\n'), 0, 0);
        // A name longer than the column still keeps a space before its summary.
        text += (QStringLiteral("  %1").arg(QLatin1String(command.spec->name)) + QLatin1Char(' ')).leftJustified(28) + summary
                + QLatin1Char('\n');
    }
    text += QStringLiteral("\nMeer over een opdracht: casusregie-admin <opdracht> --help\n");
    return text;
}

// A command's name may have two words ("retention run"): how many arguments it takes, or 0.
qsizetype matchedWords(const CommandSpec &spec, const QStringList &arguments)
{
    const QStringList words = QString::fromLatin1(spec.name).split(QLatin1Char(' '));
    if (arguments.size() < words.size())
        return 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (arguments.at(i) != words.at(i))
            return 0;
    }
    return words.size();
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

    for (const Command &command : commands) {
        const qsizetype words = matchedWords(*command.spec, arguments);
        if (words == 0)
            continue;
        QString error;
        const auto options = parseOptions(*command.spec, arguments.mid(words), error);
        if (!options)
            return usageError(context, error + QStringLiteral("\n\n") + commandHelp(*command.spec));
        if (options->hasFlag(QStringLiteral("help"))) {
            context.out << commandHelp(*command.spec);
            return Success;
        }
        const int code = command.run(context, *options);
        context.out.flush();
        context.err.flush();
        return code;
    }
    return usageError(context, QStringLiteral("Onbekende opdracht: %1\n\n").arg(name) + generalHelp());
}

} // namespace casusregie::admin
