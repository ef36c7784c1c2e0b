#pragma once

#include "TestSupport.h"

#include "net/RemoteService.h"
#include "net/TlsConfiguration.h"
#include "security/KeyFile.h"
#include "security/PasswordHasher.h"
#include "security/TestCertificates.h"
#include "security/Totp.h"
#include "setup/DatabaseSetup.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>

#include <memory>

namespace casusregie::test {

// A complete server set-up in a temporary folder: test CA, server certificate for 127.0.0.1,
// an encrypted database with accounts that have a known second factor, and the server process.
class ServerFixture {
public:
    static inline const QString password = QStringLiteral("een lang genoeg wachtwoord");

    ServerFixture()
    {
        auto ca = TestCertificates::makeCertificateAuthority(QStringLiteral("Test-CA"), 30);
        REQUIRE(ca.has_value());
        m_ca = *ca;
        REQUIRE(TestCertificates::write(*ca, path("ca.pem"), path("ca.key")).has_value());
        auto server = TestCertificates::makeServerCertificate(*ca, QStringLiteral("127.0.0.1"), 30);
        REQUIRE(TestCertificates::write(*server, path("server.pem"), path("server.key")).has_value());

        auto key = KeyFile::create(path("db.key"));
        auto auditKey = KeyFile::create(path("db.key.audit"));
        REQUIRE((key && auditKey));
        SystemClock clock;
        auto database = DatabaseSetup::initialise(path("db.db"), *key, *auditKey,
                                                  FirstAccount{QStringLiteral("beheer"), QStringLiteral("Beheer"), password}, clock);
        REQUIRE(database.has_value());
        m_database = std::move(*database);
        writeConfig();
    }

    ~ServerFixture() { stop(); }

    QString path(const char *name) const { return m_folder.filePath(QLatin1String(name)); }
    Database &database() { return *m_database; }

    // An account with a known TOTP secret, so the test can compute its codes.
    void addUser(const QString &username, Role role, const char *party = "Rotterdam")
    {
        static const QString hash = *PasswordHasher::hash(password);
        qint64 partyId = 0;
        const QList<Party> parties = *PartyRepository(*m_database).all();
        for (const Party &p : parties) {
            if (p.shortName == QLatin1String(party))
                partyId = p.id;
        }
        User user;
        user.username = username;
        user.displayName = username;
        user.partyId = partyId;
        user.roles = {role};
        user.geheimhoudingsverklaring = QDate(2025, 1, 1);
        user.vogOfScreening = QDate(2025, 1, 1);
        UserRepository users(*m_database);
        auto id = users.add(user, hash, QDateTime::currentDateTimeUtc());
        REQUIRE(id.has_value());
        m_secrets.insert(username, Totp::generateSecret());
        REQUIRE(users.setTotpSecret(*id, m_secrets.value(username)).has_value());
    }
    // stepOffset -1 gives the previous step's code, still accepted (±1 step): a test that logs in
    // twice within 30 seconds uses it first, since each code is accepted once.
    QString codeFor(const QString &username, int stepOffset = 0) const
    {
        return Totp::codeFor(m_secrets.value(username), Totp::stepAt(QDateTime::currentDateTimeUtc()) + stepOffset);
    }

    void writeConfig(const QString &extra = {}, quint16 port = 0)
    {
        writeFile(path("server.ini"), QStringLiteral("[server]\naddress=127.0.0.1\nport=%2\ncertificate=server.pem\n"
                                                     "private_key=server.key\n%1\n[database]\npath=db.db\nkey_file=db.key\n")
                                          .arg(extra)
                                          .arg(port)
                                          .toUtf8());
    }

    // After kill(): the same server back on the same port, as after a restart by systemd.
    void restartOnSamePort()
    {
        writeConfig({}, m_port);
        start();
    }

    // Starts the server and waits until it listens; with logFile, its lines go there instead.
    void start(const QString &logFile = {})
    {
        m_database.reset(); // the server owns the database from here
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QStringLiteral(CASUSREGIE_SERVER_EXECUTABLE), {QStringLiteral("--config"), path("server.ini")});
        REQUIRE(m_process->waitForStarted());
        const QRegularExpression listening(QStringLiteral("luistert op 127\\.0\\.0\\.1:(\\d+)"));
        QString output;
        QElapsedTimer waited;
        waited.start();
        while (m_process->state() == QProcess::Running && waited.elapsed() < 10000) {
            m_process->waitForReadyRead(100);
            output += QString::fromUtf8(m_process->readAll());
            const auto match = listening.match(logFile.isEmpty() ? output : QString::fromUtf8(readFile(logFile)));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return;
            }
        }
        FAIL("server did not start: " << output.toStdString());
    }

    void kill()
    {
        if (m_process) {
            m_process->kill(); // SIGKILL: no chance to clean up
            m_process->waitForFinished();
        }
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM: a graceful stop
            if (!m_process->waitForFinished(10000))
                m_process->kill();
        }
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }

    std::unique_ptr<RemoteService> client(const QString &caPath = {})
    {
        auto tls = tls::clientConfiguration(caPath.isEmpty() ? path("ca.pem") : caPath);
        REQUIRE(tls.has_value());
        return std::make_unique<RemoteService>(ServerProfile{QStringLiteral("127.0.0.1"), m_port, {}, {}, {}}, *tls, 20000);
    }

    std::unique_ptr<RemoteService> loggedIn(const QString &username)
    {
        auto remote = client();
        auto user = remote->login(username, password, codeFor(username));
        INFO((user ? std::string() : user.error().message.toStdString()));
        REQUIRE(user.has_value());
        return remote;
    }

    std::unique_ptr<Database> reopen()
    {
        auto opened = Database::open(path("db.db"), *KeyFile::read(path("db.key")), Database::OpenMode::Existing);
        REQUIRE(opened.has_value());
        return std::move(*opened);
    }

private:
    QTemporaryDir m_folder;
    TestCertificates::Issued m_ca;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QMap<QString, QByteArray> m_secrets;
};

} // namespace casusregie::test
