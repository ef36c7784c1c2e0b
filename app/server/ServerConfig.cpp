#include "ServerConfig.h"

#include "security/KeyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace casusregie::server {

Result<ServerConfig> ServerConfig::load(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return fail(ErrorCode::FileMissing, QStringLiteral("Het configuratiebestand %1 bestaat niet.").arg(path));
    if (!file.isReadable())
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het configuratiebestand %1 is niet leesbaar.").arg(path));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het configuratiebestand %1 is geen geldig INI-bestand.").arg(path));

    const QDir base = file.absoluteDir();
    const auto pathOf = [&](const char *key) {
        const QString value = settings.value(QLatin1String(key)).toString();
        return value.isEmpty() ? QString() : base.absoluteFilePath(value);
    };
    ServerConfig config;
    config.databasePath = pathOf("database/path");
    config.keyFilePath = pathOf("database/key_file");
    config.auditKeyFilePath = pathOf("database/audit_key_file");
    if (config.auditKeyFilePath.isEmpty() && !config.keyFilePath.isEmpty())
        config.auditKeyFilePath = KeyFile::defaultAuditKeyPath(config.keyFilePath);
    config.certificatePath = pathOf("server/certificate");
    config.privateKeyPath = pathOf("server/private_key");
    config.clientCaPath = pathOf("server/client_ca");
    const QString logDestination = settings.value(QStringLiteral("log/destination")).toString();
    config.logDestination = logDestination.isEmpty() || logDestination == QLatin1String("stderr") ? QString() : pathOf("log/destination");
    for (const auto &[value, key] : {std::pair{config.databasePath, "[database] path"}, std::pair{config.keyFilePath, "[database] key_file"},
                                     std::pair{config.certificatePath, "[server] certificate"},
                                     std::pair{config.privateKeyPath, "[server] private_key"}}) {
        if (value.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("In het configuratiebestand ontbreekt %1.").arg(QLatin1String(key)));
    }
    const QString address = settings.value(QStringLiteral("server/address"), QStringLiteral("127.0.0.1")).toString();
    if (!config.address.setAddress(address))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("[server] address is geen IP-adres: %1").arg(address));
    bool ok = true;
    const uint port = settings.value(QStringLiteral("server/port"), 8443).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("[server] port is geen geldig poortnummer."));
    config.port = quint16(port);
    return config;
}

} // namespace casusregie::server
