// Issue 15: the Windows installer cannot be built on this machine, but what it promises can be
// checked here: its WiX source copies the profile given as SERVERPROFILE (and its CA certificate
// as SERVERCA) to exactly where the client looks, CPack links that source in, and the documented
// silent-install properties are the ones it declares.
#include "net/ServerProfile.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace casusregie;
using namespace casusregie::test;

namespace {

QString sourcePath(const char *relative)
{
    return QStringLiteral(CASUSREGIE_SOURCE_DIR "/") + QLatin1String(relative);
}

struct CopiedFile {
    QString sourceProperty;
    QString destinationDirectory;
    QString destinationName;
};

// The parts of a WiX source the installer's promise rests on.
struct WixSource {
    QHash<QString, QString> directoryName;   // Id -> Name (empty for a standard folder)
    QHash<QString, QString> directoryParent; // Id -> parent Id
    QSet<QString> secureProperties;
    QSet<QString> componentGroups;
    QSet<QString> componentGroupRefs;
    QList<CopiedFile> copies;

    static WixSource read(const QString &path)
    {
        WixSource wix;
        QXmlStreamReader xml(readFile(path));
        QStringList openDirectories;
        while (!xml.atEnd()) {
            xml.readNext();
            const auto attribute = [&](const char *name) { return xml.attributes().value(QLatin1String(name)).toString(); };
            const bool isDirectory = xml.name() == QLatin1String("Directory") || xml.name() == QLatin1String("DirectoryRef");
            if (xml.isEndElement() && isDirectory)
                openDirectories.removeLast();
            if (!xml.isStartElement())
                continue;
            if (isDirectory) {
                const QString id = attribute("Id");
                wix.directoryName.insert(id, attribute("Name"));
                if (!openDirectories.isEmpty())
                    wix.directoryParent.insert(id, openDirectories.last());
                openDirectories << id;
            } else if (xml.name() == QLatin1String("Property") && attribute("Secure") == QLatin1String("yes")) {
                wix.secureProperties << attribute("Id");
            } else if (xml.name() == QLatin1String("ComponentGroup")) {
                wix.componentGroups << attribute("Id");
            } else if (xml.name() == QLatin1String("ComponentGroupRef")) {
                wix.componentGroupRefs << attribute("Id");
            } else if (xml.name() == QLatin1String("CopyFile")) {
                wix.copies << CopiedFile{attribute("SourceProperty"), attribute("DestinationDirectory"), attribute("DestinationName")};
            }
        }
        INFO(xml.errorString().toStdString());
        REQUIRE_FALSE(xml.hasError());
        return wix;
    }

    // The folder a directory id stands for, with Windows' standard folders given by the caller.
    QString folder(const QString &id, const QHash<QString, QString> &standardFolders) const
    {
        if (standardFolders.contains(id))
            return standardFolders.value(id);
        REQUIRE(directoryParent.contains(id));
        return folder(directoryParent.value(id), standardFolders) + QLatin1Char('/') + directoryName.value(id);
    }

    CopiedFile copyFrom(const QString &property) const
    {
        for (const CopiedFile &copy : copies) {
            if (copy.sourceProperty == property)
                return copy;
        }
        FAIL("no CopyFile takes its path from " << property.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("Issue 15: the Windows installer copies SERVERPROFILE and SERVERCA to where the client looks for the workstation's profile")
{
    const WixSource wix = WixSource::read(sourcePath("packaging/windows/werkplek-profiel.wxs"));
    const QString programData = QStringLiteral("C:/ProgramData");
    const QHash<QString, QString> standardFolders{{QStringLiteral("CommonAppDataFolder"), programData}};

    const CopiedFile profile = wix.copyFrom(QStringLiteral("SERVERPROFILE"));
    const QString clientLooksIn = ServerProfile::workstationFolder(ServerProfile::Platform::Windows, QStringLiteral("C:\\ProgramData"));
    CHECK(clientLooksIn == QStringLiteral("C:/ProgramData/Casusregie"));
    CHECK(wix.folder(profile.destinationDirectory, standardFolders) == clientLooksIn);
    CHECK(profile.destinationName == ServerProfile::fileName());

    // The CA certificate lands beside it under the name the exported profile gives it, so the
    // pair the installer leaves behind loads.
    const CopiedFile ca = wix.copyFrom(QStringLiteral("SERVERCA"));
    CHECK(wix.folder(ca.destinationDirectory, standardFolders) == clientLooksIn);
    QTemporaryDir installed;
    writeFile(installed.filePath(ca.destinationName), "-----BEGIN CERTIFICATE-----\n");
    writeFile(installed.filePath(profile.destinationName),
              "[server]\nhost=casusregie.zvhrr.nl\nport=8443\nca_certificate=ca.pem\norganisation=Politie Eenheid Rotterdam\n");
    const auto loaded = ServerProfile::load(installed.filePath(profile.destinationName));
    INFO((loaded ? std::string() : loaded.error().message.toStdString()));
    CHECK(loaded.has_value());

    // A managed (elevated) installation passes only secure public properties on.
    CHECK(wix.secureProperties.contains(QStringLiteral("SERVERPROFILE")));
    CHECK(wix.secureProperties.contains(QStringLiteral("SERVERCA")));
}

TEST_CASE("Issue 15: CPack links the profile copy into the Windows installer's feature and the documented msiexec line uses its properties")
{
    const WixSource wix = WixSource::read(sourcePath("packaging/windows/werkplek-profiel.wxs"));
    const WixSource patch = WixSource::read(sourcePath("packaging/windows/patch.xml"));
    REQUIRE(wix.componentGroups.size() == 1);
    CHECK(patch.componentGroupRefs.contains(*wix.componentGroups.begin()));
    CHECK(readFile(sourcePath("packaging/windows/patch.xml")).contains("CPackWiXFragment Id=\"#PRODUCTFEATURE\""));

    const QByteArray cpack = readFile(sourcePath("packaging/windows/CPackWix.cmake"));
    CHECK(cpack.contains("set(CPACK_WIX_EXTRA_SOURCES ${CMAKE_CURRENT_LIST_DIR}/werkplek-profiel.wxs)"));
    CHECK(cpack.contains("set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_LIST_DIR}/patch.xml)"));

    const QString documentation = QString::fromUtf8(readFile(sourcePath("docs/packaging.md")));
    const QString msiexec = documentation.section(QStringLiteral("msiexec /i"), 1, 1).section(QLatin1Char('\n'), 0, 0);
    INFO(msiexec.toStdString());
    CHECK(msiexec.contains(QStringLiteral("SERVERPROFILE=")));
    CHECK(msiexec.contains(QStringLiteral("SERVERCA=")));
    CHECK(msiexec.contains(QStringLiteral("INSTALL_ROOT="))); // the install folder's id in CPack's WiX sources
}
