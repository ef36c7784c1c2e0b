#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QString>

namespace casusregie::server {

// The server's INI file (docs/operations.md). Relative paths are taken from the file's folder.
struct ServerConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString certificatePath;
    QString privateKeyPath;
    QString clientCaPath; // optional: mutual TLS
    QString databasePath;
    QString keyFilePath;
    QString auditKeyFilePath;
    QString logDestination; // "stderr" (the default, for journald) or a file

    static Result<ServerConfig> load(const QString &path);
};

} // namespace casusregie::server
