#include "net/ServerProfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace casusregie {

namespace {

const QString profileFileName = QStringLiteral("werkplek.ini");

Error refused(const QString &path, const QString &why)
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("Het verbindingsprofiel %1 is niet te gebruiken: %2").arg(path, why)};
}

} // namespace

Result<ServerProfile> ServerProfile::load(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return std::unexpected(refused(path, QStringLiteral("het bestand bestaat niet.")));
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return std::unexpected(refused(path, QStringLiteral("het bestand is beschadigd.")));
    const QStringList known{QStringLiteral("server/host"), QStringLiteral("server/port"), QStringLiteral("server/ca_certificate"),
                            QStringLiteral("server/fingerprint"), QStringLiteral("server/organisation")};
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        if (!known.contains(key))
            return std::unexpected(refused(path, QStringLiteral("het is geen verbindingsprofiel van Casusregie (onbekende instelling %1).").arg(key)));
    }
    ServerProfile profile;
    profile.host = settings.value(QStringLiteral("server/host")).toString().trimmed();
    if (profile.host.isEmpty() || profile.host.contains(QLatin1Char(' ')))
        return std::unexpected(refused(path, QStringLiteral("het serveradres (host) ontbreekt of klopt niet.")));
    bool numeric = false;
    const uint port = settings.value(QStringLiteral("server/port")).toString().toUInt(&numeric);
    if (!numeric || port == 0 || port > 65535)
        return std::unexpected(refused(path, QStringLiteral("de poort is geen getal van 1 tot en met 65535.")));
    profile.port = quint16(port);
    const QString ca = settings.value(QStringLiteral("server/ca_certificate")).toString().trimmed();
    if (ca.isEmpty())
        return std::unexpected(refused(path, QStringLiteral("het CA-certificaat (ca_certificate) ontbreekt.")));
    profile.caCertificatePath = QFileInfo(ca).isAbsolute() ? ca : QFileInfo(path).absoluteDir().filePath(ca);
    if (!QFileInfo(profile.caCertificatePath).isFile())
        return std::unexpected(refused(path, QStringLiteral("het CA-certificaat %1 is niet gevonden.").arg(profile.caCertificatePath)));
    profile.pinnedFingerprint = settings.value(QStringLiteral("server/fingerprint")).toString().trimmed();
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!profile.pinnedFingerprint.isEmpty() && !sha256.match(profile.pinnedFingerprint).hasMatch())
        return std::unexpected(refused(path, QStringLiteral("de vingerafdruk is geen SHA-256 (64 hexadecimale tekens).")));
    profile.organisation = settings.value(QStringLiteral("server/organisation")).toString().trimmed();
    return profile;
}

QByteArray ServerProfile::toIni() const
{
    return QStringLiteral("[server]\nhost=%1\nport=%2\nca_certificate=%3\nfingerprint=%4\norganisation=%5\n")
        .arg(host)
        .arg(port)
        .arg(caCertificatePath, pinnedFingerprint, organisation)
        .toUtf8();
}

QStringList ServerProfile::standardLocations()
{
#ifdef Q_OS_WIN
    const QString workstation = workstationFolder(Platform::Windows, qEnvironmentVariable("ProgramData"));
#else
    const QString workstation = workstationFolder(Platform::Unix);
#endif
    return {QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(profileFileName),
            QDir(workstation).filePath(profileFileName)};
}

QString ServerProfile::workstationFolder(Platform platform, const QString &programDataFolder)
{
    if (platform == Platform::Windows) // separators spelled out: fromNativeSeparators() does nothing off Windows
        return QDir(QString(programDataFolder).replace(QLatin1Char('\\'), QLatin1Char('/'))).filePath(QStringLiteral("Casusregie"));
    return QStringLiteral("/etc/casusregie");
}

QString ServerProfile::fileName()
{
    return profileFileName;
}

std::optional<QString> ServerProfile::findIn(const QStringList &locations)
{
    for (const QString &location : locations) {
        if (QFileInfo(location).isFile())
            return location;
    }
    return std::nullopt;
}

} // namespace casusregie
