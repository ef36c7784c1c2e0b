#pragma once

#include "common/Clock.h"

#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace casusregie::admin {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct AdminContext {
    std::FILE *input;
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
};

// Runs `casusregie-admin` with its arguments (without the program name) and returns the exit code.
int runAdmin(const QStringList &arguments, AdminContext &context);

} // namespace casusregie::admin
