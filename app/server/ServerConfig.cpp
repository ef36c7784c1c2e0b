#include "ServerConfig.h"

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
    ServerConfig config;
    const QString database = settings.value(QStringLiteral("database/path")).toString();
    const QString keyFile = settings.value(QStringLiteral("database/key_file")).toString();
    if (database.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("In [database] ontbreekt 'path'."));
    if (keyFile.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("In [database] ontbreekt 'key_file'."));
    config.databasePath = base.absoluteFilePath(database);
    config.keyFilePath = base.absoluteFilePath(keyFile);
    return config;
}

} // namespace casusregie::server
