// `cmake --build build --target bench` prints the figures the issues ask to be measured;
// `casusregie-bench --sizes 1000,10000,50000 --json report.json` is the full report of issue 11.
// Timings vary with the machine; compare runs on the same machine, not against fixed numbers.
#include "Checked.h"
#include "DocumentBench.h"
#include "Report.h"
#include "ScaleBench.h"
#include "ServerBench.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "net/CborSchema.h"
#include "net/Protocol.h"
#include "security/DatabaseKey.h"
#include "security/PasswordHasher.h"
#include "security/Totp.h"
#include "service/EmbeddedService.h"
#include "service/RetentionJob.h"
#include "service/ServiceThread.h"
#include "setup/DatabaseSetup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QSysInfo>

using namespace casusregie;

namespace {

QTextStream out(stdout);
bench::Report report;

template <typename Work>
double millisecondsPer(int repetitions, Work work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repetitions; ++i)
        work();
    return double(timer.nsecsElapsed()) / 1e6 / repetitions;
}

void line(const QString &what, double value, const QString &unit)
{
    report.line(what, value, unit);
}

const QString password = QStringLiteral("een lang genoeg wachtwoord");

void securityFigures()
{
    QString hash;
    line(QStringLiteral("Argon2id hash, m=64 MiB t=3 p=1"), millisecondsPer(5, [&] { hash = *PasswordHasher::hash(password); }),
         QStringLiteral("ms per hash"));
    line(QStringLiteral("Argon2id verify"), millisecondsPer(5, [&] { PasswordHasher::verify(password, hash); }), QStringLiteral("ms"));

    const QByteArray secret = Totp::generateSecret();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    line(QStringLiteral("TOTP code check"),
         millisecondsPer(10000, [&] { Totp::acceptedStep(secret, QStringLiteral("123456"), now, 0); }) * 1000.0, QStringLiteral("µs"));
}

void protocolFigures()
{
    PhaseChange change{12, Phase::Triage, Phase::Casusoverleg, QStringLiteral("Naar overleg"), QStringLiteral("besluit"), {}, {}};
    for (int i = 0; i < 20; ++i)
        change.reviews << GegevenReview{i, true, QStringLiteral("nodig voor het overleg")};
    const protocol::Request request{1, QStringLiteral("changePhase"), QStringLiteral("ab"), {{QStringLiteral("change"), cbor::encode(change)}}};
    line(QStringLiteral("Protocol: encode, frame, decode a 20-item phase change"), millisecondsPer(10000, [&] {
             protocol::FrameReader reader;
             bench::checked(reader.append(protocol::frame(protocol::encodeRequest(request))), "frame lezen");
             const auto decoded = protocol::decodeRequest(*reader.next());
             cbor::decode<PhaseChange>(decoded->args.value(QStringLiteral("change")));
         }) * 1000.0,
         QStringLiteral("µs"));
}

// Demo data and the retention run at two sizes, on encrypted databases.
void storageFigures(const Clock &clock, const DatabaseKey &auditKey)
{
    for (const int cases : {300, 1000}) {
        QTemporaryDir caseFolder;
        auto db = DatabaseSetup::initialise(caseFolder.filePath(QStringLiteral("d.db")), DatabaseKey::generate(), auditKey,
                                            FirstAccount{QStringLiteral("beheer"), QStringLiteral("Beheer"), password,
                                                         QStringLiteral("Rotterdam"), true},
                                            clock);
        bench::checked(db, "database aanmaken");
        QElapsedTimer timer;
        timer.start();
        bench::checked(demo::fillDemoData(**db, auditKey, clock, {cases, 7, {}}), "demogegevens maken");
        line(QStringLiteral("Demo data, %1 casussen").arg(cases), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        RetentionJob job(**db, clock, auditKey);
        timer.restart();
        const auto due = job.due();
        line(QStringLiteral("Retention: list what is due among %1 casussen").arg(cases), timer.nsecsElapsed() / 1e6,
             QStringLiteral("ms"));
        timer.restart();
        const auto outcome = job.run(false);
        line(QStringLiteral("Retention: destroy %1 items").arg(outcome ? outcome->destroyed : 0), timer.nsecsElapsed() / 1e6,
             QStringLiteral("ms"));
    }
}

// The client's path: a call made on the window's thread, run on the service thread, answered back.
void serviceThreadFigures(const Clock &clock, const DatabaseKey &auditKey)
{
    QTemporaryDir clientFolder;
    const QString clientPath = clientFolder.filePath(QStringLiteral("c.db"));
    const DatabaseKey clientKey = DatabaseKey::generate();
    bench::checked(DatabaseSetup::initialise(clientPath, clientKey, auditKey,
                                      FirstAccount{QStringLiteral("beheer"), QStringLiteral("Beheer"), password,
                                                   QStringLiteral("Rotterdam"), true},
                                      clock),
            "database aanmaken");
    ServiceThread service;
    bench::checked(service.start([&]() { return openEmbeddedService(clientPath, clientKey, auditKey, clock); }),
                   "service starten");
    QObject window;
    const auto callAndWait = [&](auto work) {
        QEventLoop loop;
        service.call(&window, work, [&](const auto &) { loop.quit(); });
        loop.exec();
    };
    callAndWait([&](Service &s) { return s.login(QStringLiteral("beheer"), password); });
    line(QStringLiteral("Service thread: parties() call and answer (42 parties)"),
         millisecondsPer(200, [&] { callAndWait([](Service &s) { return s.parties(); }); }), QStringLiteral("ms"));
}

// --sizes N,N,...: database sizes for the operations (default 1000,10000); --json FILE: the report;
// --documents-only: only the PDF figure; --operations-only: only the service operations per size; --server-only: only the server's figures
// at the first size (each for profiling one part).
struct Arguments {
    QList<int> sizes{1000, 10000};
    QString json;
    bool operationsOnly = false;
    bool documentsOnly = false;
    bool serverOnly = false;
};

Arguments parse(const QStringList &arguments)
{
    Arguments parsed;
    parsed.operationsOnly = arguments.contains(QStringLiteral("--operations-only"));
    parsed.documentsOnly = arguments.contains(QStringLiteral("--documents-only"));
    parsed.serverOnly = arguments.contains(QStringLiteral("--server-only"));
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--sizes")) {
            parsed.sizes.clear();
            for (const QString &size : arguments.at(i + 1).split(QLatin1Char(',')))
                parsed.sizes << size.toInt();
        } else if (arguments.at(i) == QLatin1String("--json")) {
            parsed.json = arguments.at(i + 1);
        }
    }
    return parsed;
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF figures need fonts, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const Arguments arguments = parse(QCoreApplication::arguments());
    out << "Casusregie bench (" << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores)" << Qt::endl;
    SystemClock clock;
    const DatabaseKey auditKey = DatabaseKey::generate();
    if (arguments.documentsOnly) {
        bench::documentFigures(report);
    } else if (!arguments.operationsOnly && !arguments.serverOnly) {
        securityFigures();
        protocolFigures();
        storageFigures(clock, auditKey);
        serviceThreadFigures(clock, auditKey);
        bench::documentFigures(report);
    }
    if (!arguments.serverOnly && !arguments.documentsOnly)
        bench::scaleFigures(report, arguments.sizes);
    if (!arguments.operationsOnly && !arguments.documentsOnly)
        bench::serverFigures(report, arguments.sizes.isEmpty() ? 1000 : arguments.sizes.constFirst());
    if (!arguments.json.isEmpty() && !report.write(arguments.json)) {
        QTextStream(stderr) << "bench: " << arguments.json << " kon niet worden geschreven" << Qt::endl;
        return 1;
    }
    return 0;
}
