#pragma once

#include "common/Result.h"

#include <QFile>
#include <QString>

namespace casusregie::server {

// Where the server's lines go: stderr (journald adds time and unit), or a file of its own with a
// UTC timestamp per line. Lines never hold personal data; callers only pass ids and counts.
class ServerLog {
public:
    // "stderr" or empty keeps stderr; anything else is a file, appended to, created 0640.
    Status redirectTo(const QString &destination);
    void write(const QString &line);

private:
    QFile m_file;
};

} // namespace casusregie::server
