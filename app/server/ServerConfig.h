#pragma once

#include "common/Result.h"

#include <QString>

namespace casusregie::server {

// The server's INI file. Only the storage part exists yet; TLS and listening follow with the
// network layer.
struct ServerConfig {
    QString databasePath;
    QString keyFilePath;

    // Reads and checks the file: both paths present; relative paths are taken from the file's folder.
    static Result<ServerConfig> load(const QString &path);
};

} // namespace casusregie::server
