// Issue 15: the workstation's connection profile is used whole or not at all.
#include "net/ServerProfile.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace casusregie;
using namespace casusregie::test;

namespace {

struct ProfileFolder {
    QTemporaryDir folder;

    ProfileFolder() { write("ca.pem", "-----BEGIN CERTIFICATE-----\n"); }

    QString path(const char *name) const { return folder.filePath(QLatin1String(name)); }
    QString write(const char *name, const QByteArray &text) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    }
};

const QByteArray goodProfile = "[server]\nhost=casusregie.zvhrr.nl\nport=8443\nca_certificate=ca.pem\n"
                               "fingerprint=AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34AB12CD34\n"
                               "organisation=Gemeente Rotterdam\n";

} // namespace

TEST_CASE("Issue 15: a connection profile is read whole and its CA certificate is found next to it")
{
    ProfileFolder folder;
    auto profile = ServerProfile::load(folder.write("werkplek.ini", goodProfile));
    REQUIRE(profile.has_value());
    CHECK(profile->host == QStringLiteral("casusregie.zvhrr.nl"));
    CHECK(profile->port == 8443);
    CHECK(profile->caCertificatePath == folder.path("ca.pem"));
    CHECK(profile->pinnedFingerprint.size() == 64);
    CHECK(profile->organisation == QStringLiteral("Gemeente Rotterdam"));
}

TEST_CASE("Issue 15: a damaged or foreign connection profile is refused with its reason and never used in part")
{
    ProfileFolder folder;
    const QList<QPair<QByteArray, QString>> broken{
        {"[server]\nport=8443\nca_certificate=ca.pem\n", QStringLiteral("serveradres")},
        {"[server]\nhost=zvhrr\nport=0\nca_certificate=ca.pem\n", QStringLiteral("poort")},
        {"[server]\nhost=zvhrr\nport=70000\nca_certificate=ca.pem\n", QStringLiteral("poort")},
        {"[server]\nhost=zvhrr\nport=84x3\nca_certificate=ca.pem\n", QStringLiteral("poort")},
        {"[server]\nhost=zvhrr\nport=8443\n", QStringLiteral("CA-certificaat")},
        {"[server]\nhost=zvhrr\nport=8443\nca_certificate=elders.pem\n", QStringLiteral("niet gevonden")},
        {"[server]\nhost=zvhrr\nport=8443\nca_certificate=ca.pem\nfingerprint=1234\n", QStringLiteral("vingerafdruk")},
        // The server's own configuration handed out by mistake.
        {"[server]\naddress=127.0.0.1\nport=8443\n[database]\npath=db.db\nkey_file=db.key\n", QStringLiteral("geen verbindingsprofiel")},
        {QByteArray(), QStringLiteral("serveradres")},
    };
    for (const auto &[text, reason] : broken) {
        INFO(text.toStdString());
        const auto profile = ServerProfile::load(folder.write("werkplek.ini", text));
        REQUIRE_FALSE(profile.has_value());
        CHECK(profile.error().code == ErrorCode::InvalidArgument);
        CHECK(profile.error().message.contains(reason));
    }
    CHECK(ServerProfile::load(folder.path("bestaat-niet.ini")).error().message.contains(QStringLiteral("bestaat niet")));
}

TEST_CASE("Issue 15: without a named profile the user's own is taken first and then the workstation's")
{
    ProfileFolder user;
    ProfileFolder system;
    const QStringList locations{user.path("werkplek.ini"), system.path("werkplek.ini")};
    CHECK_FALSE(ServerProfile::findIn(locations).has_value());
    system.write("werkplek.ini", goodProfile);
    CHECK(ServerProfile::findIn(locations) == system.path("werkplek.ini"));
    user.write("werkplek.ini", goodProfile);
    CHECK(ServerProfile::findIn(locations) == user.path("werkplek.ini"));
#ifndef Q_OS_WIN
    CHECK(ServerProfile::standardLocations().last() == QStringLiteral("/etc/casusregie/werkplek.ini"));
#endif
    CHECK(ServerProfile::standardLocations().first().endsWith(QStringLiteral("/werkplek.ini")));
}
