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

TEST_CASE("The admin tool sets up a server from scratch: test CA, certificate, database, accounts confirmed by FG and hoofd, own TOTP, profile")
{
    QTemporaryDir folder;
    const auto at = [&](const char *name) { return folder.filePath(QLatin1String(name)); };
    run({QStringLiteral("tls"), QStringLiteral("make-test-ca"), QStringLiteral("--out-cert"), at("ca.pem"), QStringLiteral("--out-key"), at("ca.key")});
    run({QStringLiteral("tls"), QStringLiteral("make-server-cert"), QStringLiteral("--ca-cert"), at("ca.pem"), QStringLiteral("--ca-key"),
         at("ca.key"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--out-cert"), at("server.pem"),
         QStringLiteral("--out-key"), at("server.key")});
    const QStringList db{QStringLiteral("--db"), at("db.db"), QStringLiteral("--key-file"), at("db.key")};
    run(QStringList{QStringLiteral("init")} + db + QStringList{QStringLiteral("--password-stdin")}, "een lang genoeg wachtwoord\n");
    const QByteArray beheer = "een lang genoeg wachtwoord\n";
    const auto as = [&](const char *username) { return db + QStringList{QStringLiteral("--as"), QLatin1String(username)}; };
    // B6: every account starts with a one-time password, shown once; the roles that open personal
    // data wait for the hoofd, a hoofd for the FG.
    const auto addUser = [&](const char *username, const char *role) {
        const QString out = run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + as("beheer")
                                    + QStringList{QStringLiteral("--username"), QLatin1String(username), QStringLiteral("--name"),
                                                  QLatin1String(username), QStringLiteral("--party"), QStringLiteral("Rotterdam"),
                                                  QStringLiteral("--roles"), QLatin1String(role), QStringLiteral("--screened-on"),
                                                  QStringLiteral("2025-01-01")},
                                beheer);
        const auto match = QRegularExpression(QStringLiteral("Eenmalig wachtwoord.*: (\\S+)")).match(out);
        REQUIRE(match.hasMatch());
        return match.captured(1).toUtf8();
    };
    const auto ownPassword = [&](const char *username, const QByteArray &oneTime, const QByteArray &own) {
        run(QStringList{QStringLiteral("account"), QStringLiteral("password")} + as(username), oneTime + "\n" + own + "\n");
    };
    const auto confirmGrant = [&](const char *confirmer, const QByteArray &password, const char *username) {
        const QString grants = run(QStringList{QStringLiteral("user"), QStringLiteral("grants")} + as(confirmer), password);
        const auto match = QRegularExpression(QStringLiteral("^(\\d+)\\s+%1 ").arg(QLatin1String(username)),
                                              QRegularExpression::MultilineOption)
                               .match(grants);
        REQUIRE(match.hasMatch());
        run(QStringList{QStringLiteral("user"), QStringLiteral("confirm-role")} + as(confirmer)
                + QStringList{QStringLiteral("--grant"), match.captured(1)},
            password);
    };
    ownPassword("fg", addUser("fg", "fg_auditor"), "fg wachtwoord lang genoeg");
    const QByteArray hoofdOneTime = addUser("hoofd", "hoofd");
    confirmGrant("fg", "fg wachtwoord lang genoeg\n", "hoofd");
    ownPassword("hoofd", hoofdOneTime, "hoofd wachtwoord lang genoeg");
    const QByteArray prOneTime = addUser("pr.devries", "procesregisseur");
    int code = 0;
    run(QStringList{QStringLiteral("user"), QStringLiteral("confirm-role")} + as("beheer") + QStringList{QStringLiteral("--grant"), QStringLiteral("2")},
        beheer, &code);
    REQUIRE(code == 2); // beheer confirms no roles
    confirmGrant("hoofd", "hoofd wachtwoord lang genoeg\n", "pr.devries");
    ownPassword("pr.devries", prOneTime, "pr wachtwoord lang genoeg");
    run(QStringList{QStringLiteral("user"), QStringLiteral("add")} + as("beheer")
            + QStringList{QStringLiteral("--username"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"),
                          QStringLiteral("--party"), QStringLiteral("Rotterdam"), QStringLiteral("--roles"), QStringLiteral("keizer")},
        beheer, &code);
    REQUIRE(code == 2); // unknown role
    // The procesregisseur enrols their own second factor.
    const QString uri = run(QStringList{QStringLiteral("account"), QStringLiteral("enrol-totp")} + as("pr.devries"), "pr wachtwoord lang genoeg\n")
                            .trimmed();
    REQUIRE(uri.startsWith(QStringLiteral("otpauth://totp/Casusregie:pr.devries?")));
    const QByteArray secret = base32Decode(QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret")));
    const qint64 step = Totp::stepAt(QDateTime::currentDateTimeUtc());
    run(QStringList{QStringLiteral("account"), QStringLiteral("confirm-totp")} + as("pr.devries")
            + QStringList{QStringLiteral("--code"), Totp::codeFor(secret, step)},
        "pr wachtwoord lang genoeg\n");
    run({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
         QStringLiteral("8443"), QStringLiteral("--ca-cert"), at("ca.pem"), QStringLiteral("--pin-cert"), at("server.pem"),
         QStringLiteral("--organisation"), QStringLiteral("Gemeente Rotterdam"), QStringLiteral("--out"), at("werkplek.ini")});
    run(QStringList{QStringLiteral("party"), QStringLiteral("opzegging")} + as("beheer")
            + QStringList{QStringLiteral("--party"), QStringLiteral("Halt"), QStringLiteral("--date"),
                           QDate::currentDate().addDays(30).toString(Qt::ISODate)}, // from a date still ahead (C 22.3)
        beheer);

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
                                   Totp::codeFor(secret, step + 1)); // the enrolment used `step`; the next is accepted too
    INFO((user ? std::string() : user.error().message.toStdString()));
    REQUIRE(user.has_value());
    REQUIRE(client.searchCases({QStringLiteral("2026-0001"), {}, {}}).has_value());
    server.terminate();
    REQUIRE(server.waitForFinished(10000));
}
