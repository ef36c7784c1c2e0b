#include "TestSupport.h"

#include "net/RemoteService.h"
#include "net/TlsConfiguration.h"
#include "security/Totp.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace casusregie;
using namespace casusregie::test;

namespace {

QString run(const QStringList &arguments, const QByteArray &input = {}, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CASUSREGIE_ADMIN_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    else
        REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAll());
}

QByteArray base32Decode(const QString &text)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        buffer = (buffer << 5) | quint32(c.isDigit() ? c.digitValue() + 24 : c.toLatin1() - 'A');
        bits += 5;
        if (bits >= 8) {
            bytes += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("The admin tool sets up a server from scratch: test CA, certificate, database, user with TOTP, profile")
{
    QTemporaryDir folder;
    const auto at = [&](const char *name) { return folder.filePath(QLatin1String(name)); };
    run({QStringLiteral("tls"), QStringLiteral("make-test-ca"), QStringLiteral("--out-cert"), at("ca.pem"), QStringLiteral("--out-key"), at("ca.key")});
    run({QStringLiteral("tls"), QStringLiteral("make-server-cert"), QStringLiteral("--ca-cert"), at("ca.pem"), QStringLiteral("--ca-key"),
         at("ca.key"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--out-cert"), at("server.pem"),
         QStringLiteral("--out-key"), at("server.key")});
    const QStringList db{QStringLiteral("--db"), at("db.db"), QStringLiteral("--key-file"), at("db.key")};
    run(QStringList{QStringLiteral("init")} + db + QStringList{QStringLiteral("--password-stdin")}, "een lang genoeg wachtwoord\n");
    run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + db
            + QStringList{QStringLiteral("--username"), QStringLiteral("pr.devries"), QStringLiteral("--name"), QStringLiteral("Anouk"),
                          QStringLiteral("--party"), QStringLiteral("Rotterdam"), QStringLiteral("--roles"), QStringLiteral("procesregisseur"),
                          QStringLiteral("--screened-on"), QStringLiteral("2025-01-01"), QStringLiteral("--password-stdin")},
        "pr wachtwoord lang genoeg\n");
    int code = 0;
    run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + db
            + QStringList{QStringLiteral("--username"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"),
                          QStringLiteral("--party"), QStringLiteral("Rotterdam"), QStringLiteral("--roles"), QStringLiteral("keizer"),
                          QStringLiteral("--password-stdin")},
        "pr wachtwoord lang genoeg\n", &code);
    REQUIRE(code == 2); // unknown role
    const QString uri = run(QStringList{QStringLiteral("user"), QStringLiteral("enrol-totp")} + db
                            + QStringList{QStringLiteral("--username"), QStringLiteral("pr.devries")})
                            .trimmed();
    REQUIRE(uri.startsWith(QStringLiteral("otpauth://totp/Casusregie:pr.devries?")));
    const QByteArray secret = base32Decode(QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret")));
    run({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
         QStringLiteral("0"), QStringLiteral("--ca-cert"), at("ca.pem"), QStringLiteral("--pin-cert"), at("server.pem"),
         QStringLiteral("--organisation"), QStringLiteral("Gemeente Rotterdam"), QStringLiteral("--out"), at("werkplek.ini")});
    run(QStringList{QStringLiteral("party"), QStringLiteral("opzegging")} + db
        + QStringList{QStringLiteral("--party"), QStringLiteral("Halt"), QStringLiteral("--date"), QStringLiteral("2026-07-01")});

    writeFile(at("server.ini"), "[server]\naddress=127.0.0.1\nport=0\ncertificate=server.pem\nprivate_key=server.key\n"
                                "[database]\npath=db.db\nkey_file=db.key\n");
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(CASUSREGIE_SERVER_EXECUTABLE), {QStringLiteral("--config"), at("server.ini")});
    REQUIRE(server.waitForStarted());
    quint16 port = 0;
    QString output;
    while (port == 0 && server.waitForReadyRead(10000)) {
        output += QString::fromUtf8(server.readAll());
        const auto match = QRegularExpression(QStringLiteral("luistert op 127\\.0\\.0\\.1:(\\d+)")).match(output);
        if (match.hasMatch())
            port = quint16(match.captured(1).toUInt());
    }
    REQUIRE(port != 0);

    auto profile = ServerProfile::load(at("werkplek.ini"));
    REQUIRE(profile.has_value());
    REQUIRE(profile->pinnedFingerprint.size() == 64);
    profile->port = port;
    RemoteService client(*profile, *tls::clientConfiguration(profile->caCertificatePath));
    const auto user = client.login(QStringLiteral("pr.devries"), QStringLiteral("pr wachtwoord lang genoeg"),
                                   Totp::codeFor(secret, Totp::stepAt(QDateTime::currentDateTimeUtc())));
    INFO((user ? std::string() : user.error().message.toStdString()));
    REQUIRE(user.has_value());
    REQUIRE(client.searchCases({QStringLiteral("2026-0001"), {}, {}}).has_value());
    server.terminate();
    REQUIRE(server.waitForFinished(10000));
}
