#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace casusregie::admin {

struct OptionSpec {
    const char *name;      // without the leading dashes
    const char *valueName; // nullptr for a flag
    const char *help;      // Dutch
};

struct CommandSpec {
    const char *name;
    const char *summary; // Dutch, one line
    std::span<const OptionSpec> options;
};

struct ParsedOptions {
    QMap<QString, QString> values;
    QStringList flags;

    bool hasFlag(const QString &name) const { return flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

// Parses `--name value`, `--name=value` and `--flag` against a command's options.
// On an unknown option or a missing value, `error` holds a Dutch message and nothing is returned.
std::optional<ParsedOptions> parseOptions(const CommandSpec &command, const QStringList &arguments, QString &error);

// The Dutch help text of one command, with its options.
QString commandHelp(const CommandSpec &command);

} // namespace casusregie::admin
