// Issue 15: the partner liaison's workstation: answers --version and --help without a display, and
// on first start without any profile it explains what to ask for and keeps a good profile only.
#include "app/FirstStartDialog.h"
#include "app/Translations.h"

#include "net/ServerProfile.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>

using namespace casusregie;
using namespace casusregie::ui;

namespace {

QString runWithoutDisplay(const QStringList &arguments, int &exitCode)
{
    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // would abort if a window were made
    client.setProcessEnvironment(environment);
    client.start(QStringLiteral(CASUSREGIE_CLIENT_EXECUTABLE), arguments);
    REQUIRE(client.waitForFinished(20000));
    exitCode = client.exitCode();
    return QString::fromUtf8(client.readAllStandardOutput());
}

void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void dutch()
{
    static const bool installed = [] {
        installDutchTranslations(*QCoreApplication::instance());
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace

TEST_CASE("Issue 15: casusregie --version and --help answer without a display")
{
    int exitCode = -1;
    CHECK(runWithoutDisplay({QStringLiteral("--version")}, exitCode).trimmed() == QStringLiteral("Casusregie " CASUSREGIE_VERSION_TEXT));
    CHECK(exitCode == 0);
    const QString help = runWithoutDisplay({QStringLiteral("--help")}, exitCode);
    CHECK(exitCode == 0);
    CHECK(help.contains(QStringLiteral("--profile")));
    CHECK(help.contains(QStringLiteral("Verbindingsprofiel")));
}

TEST_CASE("Issue 15: on first start without a profile the client says what to ask for and keeps only a good profile it is given")
{
    dutch();
    QTemporaryDir folder;
    const QString keepAt = folder.filePath(QStringLiteral("config/Casusregie/werkplek.ini"));
    FirstStartDialog dialog(keepAt, {keepAt, QStringLiteral("/etc/casusregie/werkplek.ini")});
    dialog.show();
    const QString explanation = dialog.findChild<QLabel *>(QStringLiteral("firstStartExplanation"))->text();
    CHECK(explanation.contains(QStringLiteral("functioneel beheer")));
    CHECK(explanation.contains(QStringLiteral("/etc/casusregie/werkplek.ini")));

    // The server's own configuration, handed out by mistake: refused, with the reason, nothing kept.
    const QString serverIni = folder.filePath(QStringLiteral("server.ini"));
    write(serverIni, "[server]\naddress=127.0.0.1\nport=8443\n[database]\npath=db.db\n");
    CHECK_FALSE(dialog.openProfile(serverIni));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("firstStartErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("geen verbindingsprofiel")));
    CHECK_FALSE(QFileInfo::exists(keepAt));
    CHECK(dialog.result() != QDialog::Accepted);

    // The profile from functioneel beheer, with its CA certificate beside it: kept, with the full path.
    const QString given = folder.filePath(QStringLiteral("download/werkplek.ini"));
    QDir(folder.path()).mkpath(QStringLiteral("download"));
    write(folder.filePath(QStringLiteral("download/zvhrr-ca.pem")), "-----BEGIN CERTIFICATE-----\n");
    write(given, "[server]\nhost=casusregie.zvhrr.nl\nport=8443\nca_certificate=zvhrr-ca.pem\norganisation=Politie\n");
    REQUIRE(dialog.openProfile(given));
    CHECK(dialog.result() == QDialog::Accepted);
    auto kept = ServerProfile::load(keepAt);
    REQUIRE(kept.has_value());
    CHECK(kept->host == QStringLiteral("casusregie.zvhrr.nl"));
    CHECK(kept->caCertificatePath == folder.filePath(QStringLiteral("download/zvhrr-ca.pem")));
    CHECK(ServerProfile::findIn({keepAt, QStringLiteral("/etc/casusregie/werkplek.ini")}) == keepAt);
}
