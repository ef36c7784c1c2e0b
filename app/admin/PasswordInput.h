#pragma once

#include <QString>

#include <cstdio>
#include <optional>

namespace casusregie::admin {

// Reads one line from `input`. When `input` is a terminal, the typed characters are not echoed.
std::optional<QString> readPassword(std::FILE *input, std::FILE *prompt, const QString &promptText);

} // namespace casusregie::admin
