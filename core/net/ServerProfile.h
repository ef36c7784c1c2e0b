#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace casusregie {

// What a partner liaison's workstation needs to reach the server: written by
// `casusregie-admin profile export`, read by the client.
struct ServerProfile {
    QString host;
    quint16 port = 0;
    QString caCertificatePath; // absolute once loaded: a relative one is read next to the profile
    QString pinnedFingerprint; // optional SHA-256 of the server certificate
    QString organisation;

    // Reads and checks a profile as a whole: a damaged or foreign file (a server.ini, a port out of
    // range, a missing CA certificate, a malformed fingerprint, keys it does not know) is refused
    // with the reason, never used in part.
    static Result<ServerProfile> load(const QString &path);
    // The file load() reads, as `casusregie-admin profile export` writes it.
    QByteArray toIni() const;

    // Where the client looks for a profile when none is named, the user's own first, then the one
    // the IT department installed for the whole workstation (/etc/casusregie/werkplek.ini, or
    // %ProgramData%\Casusregie\werkplek.ini on Windows).
    static QStringList standardLocations();
    // The workstation-wide folder of each platform, so the Windows one (which the installer in
    // packaging/windows fills) can be checked on any machine.
    enum class Platform { Unix, Windows };
    static QString workstationFolder(Platform platform, const QString &programDataFolder = {});
    static QString fileName();
    static std::optional<QString> findIn(const QStringList &locations);
};

} // namespace casusregie
