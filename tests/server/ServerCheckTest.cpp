#include "ServerFixture.h"

#include <sys/stat.h>

using namespace casusregie;
using namespace casusregie::test;

namespace {

int check(ServerFixture &fixture, QString *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(CASUSREGIE_SERVER_EXECUTABLE),
                  {QStringLiteral("--config"), fixture.path("server.ini"), QStringLiteral("--check")});
    REQUIRE(process.waitForFinished(30000));
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

} // namespace

TEST_CASE("server --check accepts a sound set-up")
{
    ServerFixture fixture;
    REQUIRE(check(fixture) == 0);
}

TEST_CASE("server refuses to start, naming the problem: missing file, open key file, wrong database key")
{
    ServerFixture fixture;
    QString errors;
    QFile::rename(fixture.path("server.pem"), fixture.path("elders.pem"));
    REQUIRE(check(fixture, &errors) == 2);
    REQUIRE(errors.contains(QStringLiteral("servercertificaat ontbreekt")));
    QFile::rename(fixture.path("elders.pem"), fixture.path("server.pem"));

    ::chmod(QFile::encodeName(fixture.path("server.key")).constData(), 0644);
    REQUIRE(check(fixture, &errors) == 2);
    REQUIRE(errors.contains(QStringLiteral("leesbaar voor anderen")));
    ::chmod(QFile::encodeName(fixture.path("server.key")).constData(), 0600);

    ::chmod(QFile::encodeName(fixture.path("db.key")).constData(), 0640);
    REQUIRE(check(fixture, &errors) == 2);
    REQUIRE(errors.contains(QStringLiteral("chmod 600")));
    ::chmod(QFile::encodeName(fixture.path("db.key")).constData(), 0600);

    QFile::remove(fixture.path("db.key"));
    REQUIRE(KeyFile::create(fixture.path("db.key")).has_value());
    REQUIRE(check(fixture, &errors) == 1);
    REQUIRE(errors.contains(QStringLiteral("De sleutel past niet")));
}

TEST_CASE("server logs to the file named in [log] destination, without personal data, an unwritable log stops the start")
{
    ServerFixture fixture;
    fixture.addUser(QStringLiteral("politie"), Role::Partnerdeelnemer, "Politie");
    fixture.writeConfig(QStringLiteral("[log]\ndestination=geen-map/server.log"));
    QString errors;
    REQUIRE(check(fixture, &errors) == 2);
    REQUIRE(errors.contains(QStringLiteral("logbestand")));

    fixture.writeConfig(QStringLiteral("[log]\ndestination=server.log"));
    fixture.start(fixture.path("server.log"));
    const QString reden = QStringLiteral("Zoë Çelik, Dorpsstraat 12: overlast (fictief)");
    REQUIRE(fixture.loggedIn(QStringLiteral("politie"))->submitAanmelding({reden}).has_value());
    fixture.stop();

    const QString log = QString::fromUtf8(readFile(fixture.path("server.log")));
    REQUIRE(log.contains(QStringLiteral("luistert op")));
    REQUIRE(log.contains(QStringLiteral("gestopt; database gesloten")));
    REQUIRE_FALSE(log.contains(QStringLiteral("Çelik")));
    REQUIRE_FALSE(log.contains(QStringLiteral("Dorpsstraat")));
    REQUIRE((QFile::permissions(fixture.path("server.log")) & (QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);
}

TEST_CASE("server refuses an expired certificate and a certificate that does not belong to its key")
{
    ServerFixture fixture;
    auto ca = TestCertificates::read(fixture.path("ca.pem"), fixture.path("ca.key"));
    auto expired = TestCertificates::makeServerCertificate(*ca, QStringLiteral("127.0.0.1"), 10, 20);
    QFile::remove(fixture.path("server.pem"));
    QFile::remove(fixture.path("server.key"));
    REQUIRE(TestCertificates::write(*expired, fixture.path("server.pem"), fixture.path("server.key")).has_value());
    QString errors;
    REQUIRE(check(fixture, &errors) == 2);
    REQUIRE(errors.contains(QStringLiteral("verlopen")));

    auto other = TestCertificates::makeServerCertificate(*ca, QStringLiteral("127.0.0.1"), 10);
    QFile::remove(fixture.path("server.pem"));
    writeFile(fixture.path("server.pem"), other->certificatePem); // certificate of another key
    REQUIRE(check(fixture, &errors) == 2);
    REQUIRE(errors.contains(QStringLiteral("hoort niet bij de privésleutel")));
}

TEST_CASE("TLS: a TLS 1.2 client is refused, openssl s_client -tls1_2 gets no session")
{
    ServerFixture fixture;
    fixture.start();
    QSslSocket socket;
    QSslConfiguration tls12 = *tls::clientConfiguration(fixture.path("ca.pem"));
    tls12.setProtocol(QSsl::TlsV1_2);
    socket.setSslConfiguration(tls12);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), fixture.port());
    REQUIRE_FALSE(socket.waitForEncrypted(10000));

    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                              QStringLiteral("127.0.0.1:%1").arg(fixture.port()), QStringLiteral("-tls1_2")});
    REQUIRE(openssl.waitForStarted());
    openssl.closeWriteChannel();
    REQUIRE(openssl.waitForFinished(20000));
    const QString output = QString::fromUtf8(openssl.readAllStandardOutput());
    REQUIRE(output.contains(QStringLiteral("Cipher is (NONE)")));
}

TEST_CASE("TLS: the client refuses a server certificate from another CA")
{
    ServerFixture fixture;
    fixture.start();
    auto otherCa = TestCertificates::makeCertificateAuthority(QStringLiteral("Andere CA"), 30);
    writeFile(fixture.path("other-ca.pem"), otherCa->certificatePem);
    auto remote = fixture.client(fixture.path("other-ca.pem"));
    const auto connected = remote->connectToServer();
    REQUIRE_FALSE(connected.has_value());
    REQUIRE_FALSE(remote->login(QStringLiteral("beheer"), ServerFixture::password).has_value());
}

TEST_CASE("Over TLS with password and TOTP, a client walks a case through its phases")
{
    ServerFixture fixture;
    fixture.addUser(QStringLiteral("pr1"), Role::Procesregisseur);
    fixture.addUser(QStringLiteral("politie"), Role::Partnerdeelnemer, "Politie");
    fixture.start();

    auto partner = fixture.loggedIn(QStringLiteral("politie"));
    const auto aanmelding = partner->submitAanmelding({QStringLiteral("Overlast (fictief)")});
    REQUIRE(aanmelding.has_value());
    auto pr = fixture.loggedIn(QStringLiteral("pr1"));
    const qint64 casusId = aanmelding->id;
    REQUIRE(pr->takeOnCase(casusId).has_value());
    const qint64 persoon = *pr->addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Zoë Çelik"), QDate(1990, 1, 2), {}});
    const qint64 adres = *pr->addGegeven({casusId, persoon, DataCategory::Adres, QStringLiteral("Adres (fictief)"), 1, Grondslag::Avg6_1e, false, {}});
    REQUIRE(pr->changePhase({casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"), QStringLiteral("besluit PR"),
                             {{adres, true, QStringLiteral("nodig")}}, {}})
                .has_value());
    REQUIRE(pr->addInvolvedParty(casusId, aanmelding->aanmeldendePartijId, QStringLiteral("melder")).has_value());
    REQUIRE(pr->setGoalAndThemes(casusId, QStringLiteral("Rust in de buurt"), {Theme::Overig}).has_value());
    Overleg overleg;
    overleg.casusId = casusId;
    overleg.datum = QDateTime::currentDateTimeUtc().addDays(7);
    overleg.doel = QStringLiteral("Plan");
    overleg.decisionTypes = QStringLiteral("plan van aanpak");
    overleg.invitedPartyIds = {aanmelding->aanmeldendePartijId};
    const qint64 overlegId = *pr->planOverleg(overleg);
    REQUIRE(pr->changePhase({casusId, Phase::Triage, Phase::Casusoverleg, QStringLiteral("Naar overleg"), QStringLiteral("besluit PR"),
                             {{adres, true, QStringLiteral("nodig")}}, {}})
                .has_value());
    REQUIRE(pr->recordBesluit(casusId, {overlegId, BesluitSoort::Afschaling, QStringLiteral("Afschalen"), {}, {}}).has_value());
    REQUIRE(pr->setAfschalingscriteria(casusId, QStringLiteral("Drie maanden rust")).has_value());
    const auto refused = pr->changePhase({casusId, Phase::Casusoverleg, Phase::Afgesloten, QStringLiteral("x"), QStringLiteral("y"), {}, {}});
    REQUIRE(refused.error().code == ErrorCode::TransitionNotAllowed); // error codes cross the wire intact
    REQUIRE(pr->changePhase({casusId, Phase::Casusoverleg, Phase::Afschaling, QStringLiteral("Afgeschaald"),
                             QStringLiteral("besluit casusoverleg"), {{adres, false, QStringLiteral("niet meer nodig")}}, {}})
                .has_value());
    REQUIRE(pr->casus(casusId)->phase == Phase::Afschaling);
    REQUIRE(partner->casus(casusId)->phase == Phase::Afschaling); // invited party sees the casus, not its items
    REQUIRE(partner->gegevens(casusId)->isEmpty());
}

TEST_CASE("Login over TLS: a wrong password and a wrong TOTP code are refused with the same message")
{
    ServerFixture fixture;
    fixture.addUser(QStringLiteral("pr1"), Role::Procesregisseur);
    fixture.addUser(QStringLiteral("pr2"), Role::Procesregisseur);
    fixture.start();
    const auto wrongPassword = fixture.client()->login(QStringLiteral("pr1"), QStringLiteral("niet het wachtwoord"), fixture.codeFor(QStringLiteral("pr1")));
    const QString code = fixture.codeFor(QStringLiteral("pr2"));
    const QString wrongCode = code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const auto wrongTotp = fixture.client()->login(QStringLiteral("pr2"), ServerFixture::password, wrongCode);
    REQUIRE(wrongPassword.error().message == wrongTotp.error().message);
    // The first account has no second factor yet: its password opens only the enrolment of one (B6).
    auto beheer = fixture.client();
    REQUIRE(beheer->login(QStringLiteral("beheer"), ServerFixture::password, QString()).has_value());
    REQUIRE(beheer->users().error().code == ErrorCode::AccessDenied);
    REQUIRE(beheer->beginSecondFactorEnrolment().has_value());
}

TEST_CASE("A disabled account's open session is refused at its next request over TLS")
{
    ServerFixture fixture;
    fixture.addUser(QStringLiteral("pr1"), Role::Procesregisseur);
    fixture.start();
    auto pr = fixture.loggedIn(QStringLiteral("pr1"));
    REQUIRE(pr->searchCases({QStringLiteral("2026-0001"), {}, {}}).has_value());
    {
        auto database = fixture.reopen();
        UserRepository users(*database);
        REQUIRE(users.setActive(users.byUsername(QStringLiteral("pr1"))->id, false).has_value());
    }
    REQUIRE(pr->searchCases({QStringLiteral("2026-0001"), {}, {}}).error().code == ErrorCode::SessionEnded);
}

TEST_CASE("Malformed frames close only that connection, another client keeps working")
{
    ServerFixture fixture;
    fixture.addUser(QStringLiteral("pr1"), Role::Procesregisseur);
    fixture.start();
    auto pr = fixture.loggedIn(QStringLiteral("pr1"));
    const auto attack = [&](const QByteArray &bytes) {
        QSslSocket socket;
        socket.setSslConfiguration(*tls::clientConfiguration(fixture.path("ca.pem")));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), fixture.port());
        REQUIRE(socket.waitForEncrypted(10000));
        socket.write(bytes);
        socket.flush();
        const bool closed = socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(10000);
        return closed;
    };
    REQUIRE(attack(QByteArray::fromHex("7fffffff")));                                  // oversized length
    REQUIRE(attack(QByteArray::fromHex("00000003") + QByteArray::fromHex("ffffff")));  // not CBOR
    REQUIRE(attack(protocol::frame(QCborMap{{QStringLiteral("v"), 1}, {QStringLiteral("id"), QStringLiteral("x")}}))); // wrong types
    REQUIRE(pr->searchCases({QStringLiteral("2026-0001"), {}, {}}).has_value());
}

TEST_CASE("TLS: with a client CA configured, a connection without a client certificate is refused")
{
    ServerFixture fixture;
    fixture.writeConfig(QStringLiteral("client_ca=ca.pem"));
    fixture.start();
    QSslSocket socket;
    socket.setSslConfiguration(*tls::clientConfiguration(fixture.path("ca.pem")));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), fixture.port());
    // In TLS 1.3 the client may finish its side before the server rejects the missing certificate.
    socket.waitForEncrypted(10000);
    socket.write(protocol::frame(protocol::encodeRequest({1, QStringLiteral("secondFactorRequired"), {}, {}})));
    socket.waitForBytesWritten(5000);
    const bool refused = socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(10000);
    REQUIRE(refused);
    REQUIRE(socket.bytesAvailable() == 0);
}
