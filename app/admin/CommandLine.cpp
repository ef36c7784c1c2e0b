#include "CommandLine.h"

namespace casusregie::admin {

namespace {

const OptionSpec *findOption(const CommandSpec &command, const QString &name)
{
    for (const OptionSpec &option : command.options) {
        if (name == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}

} // namespace

std::optional<ParsedOptions> parseOptions(const CommandSpec &command, const QStringList &arguments, QString &error)
{
    ParsedOptions parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            error = QStringLiteral("Onverwacht argument: %1").arg(argument);
            return std::nullopt;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name = name.left(equals);
        }
        const OptionSpec *option = findOption(command, name);
        if (!option) {
            error = QStringLiteral("Onbekende optie voor '%1': --%2").arg(QLatin1String(command.name), name);
            return std::nullopt;
        }
        if (!option->valueName) {
            if (inlineValue) {
                error = QStringLiteral("De optie --%1 heeft geen waarde.").arg(name);
                return std::nullopt;
            }
            parsed.flags << name;
            continue;
        }
        if (inlineValue) {
            parsed.values.insert(name, *inlineValue);
        } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
            parsed.values.insert(name, arguments.at(++i));
        } else {
            error = QStringLiteral("De optie --%1 verwacht een waarde (%2).").arg(name, QLatin1String(option->valueName));
            return std::nullopt;
        }
    }
    return parsed;
}

QString commandHelp(const CommandSpec &command)
{
    QString text = QStringLiteral("Gebruik: casusregie-admin %1 [opties]\n\n%2\n\nOpties:\n")
                       .arg(QLatin1String(command.name), QString::fromUtf8(command.summary));
    for (const OptionSpec &option : command.options) {
        QString left = QStringLiteral("  --%1").arg(QLatin1String(option.name));
        if (option.valueName)
            left += QStringLiteral(" %1").arg(QLatin1String(option.valueName));
        text += left.leftJustified(28) + QString::fromUtf8(option.help) + QLatin1Char('\n');
    }
    return text;
}

} // namespace casusregie::admin
