#include "AdminSupport.h"

#include "net/ServerProfile.h"
#include "net/TlsConfiguration.h"
#include "security/TestCertificates.h"

#include <QSaveFile>
#include <QSslCertificate>

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array caOptions{
    OptionSpec{"out-cert", "BESTAND", "waar het CA-certificaat komt (PEM)"},
    OptionSpec{"out-key", "BESTAND", "waar de CA-sleutel komt (PEM, 0600)"},
    OptionSpec{"days", "DAGEN", "geldigheid (standaard 365)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array serverCertOptions{
    OptionSpec{"ca-cert", "BESTAND", "het CA-certificaat"},
    OptionSpec{"ca-key", "BESTAND", "de CA-sleutel"},
    OptionSpec{"host", "NAAM", "hostnaam of IP-adres van de server (bijvoorbeeld 127.0.0.1)"},
    OptionSpec{"out-cert", "BESTAND", "waar het servercertificaat komt (PEM)"},
    OptionSpec{"out-key", "BESTAND", "waar de serversleutel komt (PEM, 0600)"},
    OptionSpec{"days", "DAGEN", "geldigheid (standaard 365)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array profileOptions{
    OptionSpec{"host", "NAAM", "adres van de server"},
    OptionSpec{"port", "POORT", "poort van de server"},
    OptionSpec{"ca-cert", "BESTAND", "het CA-certificaat dat de werkplek vertrouwt"},
    OptionSpec{"pin-cert", "BESTAND", "optioneel: het servercertificaat zelf, waarvan de vingerafdruk wordt vastgepind"},
    OptionSpec{"organisation", "TEKST", "de organisatie van de werkplek"},
    OptionSpec{"out", "BESTAND", "het profielbestand (INI)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

std::optional<int> days(AdminContext &context, const ParsedOptions &options, int &out)
{
    out = 365;
    if (!options.values.contains(QStringLiteral("days")))
        return std::nullopt;
    bool ok = false;
    out = options.value(QStringLiteral("days")).toInt(&ok);
    if (!ok || out < 1)
        return usageError(context, QStringLiteral("--days verwacht een positief geheel getal."));
    return std::nullopt;
}

std::optional<int> requireOptions(AdminContext &context, const ParsedOptions &options, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (options.value(QLatin1String(name)).isEmpty())
            return usageError(context, QStringLiteral("De optie --%1 is verplicht.").arg(QLatin1String(name)));
    }
    return std::nullopt;
}

} // namespace

const CommandSpec tlsCaCommand{"tls make-test-ca", "Maakt een CA voor test- en demo-opstellingen (niet voor productie).", caOptions};
const CommandSpec tlsServerCertCommand{"tls make-server-cert", "Maakt met die test-CA een servercertificaat.", serverCertOptions};
const CommandSpec profileExportCommand{"profile export",
                                       "Schrijft een verbindingsprofiel voor de werkplekken van partners: serveradres, poort, "
                                       "CA-certificaat of vingerafdruk en organisatie.",
                                       profileOptions};

int runTlsCa(AdminContext &context, const ParsedOptions &options)
{
    if (auto usage = requireOptions(context, options, {"out-cert", "out-key"}))
        return *usage;
    int validity = 0;
    if (auto usage = days(context, options, validity))
        return *usage;
    auto ca = TestCertificates::makeCertificateAuthority(QStringLiteral("Casusregie test-CA"), validity);
    if (!ca)
        return failure(context, ca.error().message);
    if (auto written = TestCertificates::write(*ca, options.value(QStringLiteral("out-cert")), options.value(QStringLiteral("out-key")));
        !written)
        return usageError(context, written.error().message);
    context.out << "Test-CA aangemaakt: " << options.value(QStringLiteral("out-cert")) << "\n";
    return Success;
}

int runTlsServerCert(AdminContext &context, const ParsedOptions &options)
{
    if (auto usage = requireOptions(context, options, {"ca-cert", "ca-key", "host", "out-cert", "out-key"}))
        return *usage;
    int validity = 0;
    if (auto usage = days(context, options, validity))
        return *usage;
    auto ca = TestCertificates::read(options.value(QStringLiteral("ca-cert")), options.value(QStringLiteral("ca-key")));
    if (!ca)
        return usageError(context, ca.error().message);
    auto issued = TestCertificates::makeServerCertificate(*ca, options.value(QStringLiteral("host")), validity);
    if (!issued)
        return failure(context, issued.error().message);
    if (auto written = TestCertificates::write(*issued, options.value(QStringLiteral("out-cert")), options.value(QStringLiteral("out-key")));
        !written)
        return usageError(context, written.error().message);
    context.out << "Servercertificaat aangemaakt voor " << options.value(QStringLiteral("host")) << "\n";
    return Success;
}

int runProfileExport(AdminContext &context, const ParsedOptions &options)
{
    if (auto usage = requireOptions(context, options, {"host", "port", "ca-cert", "organisation", "out"}))
        return *usage;
    if (auto checked = tls::clientConfiguration(options.value(QStringLiteral("ca-cert"))); !checked)
        return usageError(context, checked.error().message);
    bool numeric = false;
    const uint port = options.value(QStringLiteral("port")).toUInt(&numeric);
    if (!numeric || port == 0 || port > 65535)
        return usageError(context, QStringLiteral("De poort is een getal van 1 tot en met 65535."));
    QString pin;
    if (const QString pinPath = options.value(QStringLiteral("pin-cert")); !pinPath.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pinPath);
        if (certificates.isEmpty())
            return usageError(context, QStringLiteral("%1 is geen PEM-certificaat.").arg(pinPath));
        pin = tls::fingerprint(certificates.first());
    }
    QSaveFile out(options.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return usageError(context, QStringLiteral("%1 kan niet worden geschreven.").arg(options.value(QStringLiteral("out"))));
    ServerProfile profile;
    profile.host = options.value(QStringLiteral("host"));
    profile.port = quint16(port);
    profile.caCertificatePath = options.value(QStringLiteral("ca-cert"));
    profile.pinnedFingerprint = pin;
    profile.organisation = options.value(QStringLiteral("organisation"));
    out.write(profile.toIni());
    if (!out.commit())
        return usageError(context, QStringLiteral("%1 kan niet worden geschreven.").arg(options.value(QStringLiteral("out"))));
    context.out << "Verbindingsprofiel geschreven: " << options.value(QStringLiteral("out")) << "\n";
    return Success;
}

} // namespace casusregie::admin
