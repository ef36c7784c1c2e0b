// Issue 11: the desktop client's cold start and memory with a large database.
// `casusregie-client-bench [--cases 10000] [--json FILE]` makes an encrypted demo database, then
// starts a fresh client process on it five times: the time from starting the process to the
// login window on screen, and, after a procesregisseur has logged in and the first page of the
// worklist is shown, the client's resident memory (now and at its peak).
// The child process is this same executable with --child: it links the same libraries as the
// client and starts the same way (translations, embedded service, login dialog, main window).
#include "Checked.h"
#include "Report.h"

#include "app/Translations.h"
#include "cases/CasesView.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "security/KeyFile.h"
#include "service/EmbeddedService.h"
#include "service/ServiceThread.h"
#include "setup/DatabaseSetup.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>

using namespace casusregie;

namespace {

const QString childFlag = QStringLiteral("--child");
const QString account = QStringLiteral("pr.devries");

// A figure from /proc/self/status, in KiB ("VmRSS", "VmHWM").
qint64 statusKilobytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &statusLine : status.readAll().split('\n')) {
        if (statusLine.startsWith(field + ':'))
            return statusLine.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void tellParent(const QString &what, qint64 value)
{
    QTextStream(stdout) << what << ' ' << value << Qt::endl;
}

// Waits, handling events, until the condition holds; false after the time limit.
template <typename Condition>
bool waitUntil(Condition condition, int limitMilliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > limitMilliseconds)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// The client as it starts: login window, login, main window with the worklist's first page.
int runChild(const QString &databasePath, const QString &keyPath)
{
    auto key = KeyFile::read(keyPath);
    bench::checked(key, "sleutel lezen");
    auto auditKey = KeyFile::read(KeyFile::defaultAuditKeyPath(keyPath));
    bench::checked(auditKey, "auditsleutel lezen");

    SystemClock clock;
    ServiceThread service;
    QElapsedTimer opening;
    opening.start();
    bench::checked(service.start([&]() { return openEmbeddedService(databasePath, *key, *auditKey, clock); }),
                   "service starten");
    tellParent(QStringLiteral("open-ms"), opening.elapsed());
    ui::LoginDialog login(service, QStringLiteral("bench"));
    login.show();
    if (!waitUntil([&] { return login.windowHandle() && login.windowHandle()->isExposed(); }, 10000))
        return 3;
    tellParent(QStringLiteral("login-window"), 0);

    QObject context;
    std::optional<User> user;
    service.call(
        &context, [](Service &s) { return s.login(account, demo::demoPassword); },
        [&](const Result<User> &answer) {
            bench::checked(answer, "inloggen");
            user = *answer;
        });
    if (!waitUntil([&] { return user.has_value(); }, 30000))
        return 4;
    login.hide();

    QElapsedTimer sinceLogin;
    sinceLogin.start();
    ui::MainWindow window(service, clock, *user, QStringLiteral("bench"));
    window.show();
    const auto *table = window.findChild<ui::CasesView *>()->findChild<QTableView *>();
    if (!waitUntil([&] { return table->model()->rowCount() > 0; }, 60000))
        return 5;
    tellParent(QStringLiteral("worklist-ms"), sinceLogin.elapsed());
    tellParent(QStringLiteral("rss-kib"), statusKilobytes("VmRSS"));
    tellParent(QStringLiteral("peak-rss-kib"), statusKilobytes("VmHWM"));
    return 0;
}

struct Start {
    double loginWindowMilliseconds = 0;
    double openMilliseconds = 0; // opening the database and the retention run at start
    double worklistMilliseconds = 0;
    double residentMebibytes = 0;
    double peakMebibytes = 0;
};

// Starts one client process and reads what it tells; the clock runs from before the start.
Start startChild(const QString &databasePath, const QString &keyPath)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Start start;
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {childFlag, databasePath, keyPath});
    while (child.waitForReadyRead(120000) || child.canReadLine()) {
        while (child.canReadLine()) {
            const QList<QByteArray> told = child.readLine().trimmed().split(' ');
            const double value = told.value(1).toDouble();
            if (told.value(0) == "login-window")
                start.loginWindowMilliseconds = timer.nsecsElapsed() / 1e6;
            else if (told.value(0) == "open-ms")
                start.openMilliseconds = value;
            else if (told.value(0) == "worklist-ms")
                start.worklistMilliseconds = value;
            else if (told.value(0) == "rss-kib")
                start.residentMebibytes = value / 1024.0;
            else if (told.value(0) == "peak-rss-kib")
                start.peakMebibytes = value / 1024.0;
        }
        if (child.state() == QProcess::NotRunning)
            break;
    }
    child.waitForFinished(30000);
    if (child.exitCode() != 0 || start.peakMebibytes == 0) {
        QTextStream(stderr) << "bench: de client stopte met code " << child.exitCode() << Qt::endl;
        std::exit(1);
    }
    return start;
}

struct Arguments {
    int cases = 10000;
    QString json;
};

Arguments parse(const QStringList &arguments)
{
    Arguments parsed;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--cases"))
            parsed.cases = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--json"))
            parsed.json = arguments.at(i + 1);
    }
    return parsed;
}

int runParent(const Arguments &arguments)
{
    QTemporaryDir folder;
    const QString databasePath = folder.filePath(QStringLiteral("client.db"));
    const QString keyPath = folder.filePath(QStringLiteral("client.key"));
    auto key = KeyFile::create(keyPath);
    bench::checked(key, "sleutel maken");
    auto auditKey = KeyFile::create(KeyFile::defaultAuditKeyPath(keyPath));
    bench::checked(auditKey, "auditsleutel maken");
    SystemClock clock;
    {
        auto database = DatabaseSetup::initialise(
            databasePath, *key, *auditKey,
            FirstAccount{QStringLiteral("beheer"), QStringLiteral("Beheer"), demo::demoPassword, QStringLiteral("Rotterdam"), true},
            clock);
        bench::checked(database, "database aanmaken");
        QTextStream err(stderr);
        const auto progress = [&](int done, int total) { err << "\rDemogegevens: " << done << " van " << total << Qt::flush; };
        bench::checked(demo::fillDemoData(**database, *auditKey, clock, {arguments.cases, 7, progress}), "demogegevens maken");
        err << Qt::endl;
    }

    QList<double> loginWindow, opening, worklist, resident, peak;
    startChild(databasePath, keyPath); // the first start fills the file cache; not counted
    for (int i = 0; i < 5; ++i) {
        const Start start = startChild(databasePath, keyPath);
        loginWindow << start.loginWindowMilliseconds;
        opening << start.openMilliseconds;
        worklist << start.worklistMilliseconds;
        resident << start.residentMebibytes;
        peak << start.peakMebibytes;
    }
    bench::Report report;
    const QString size = QStringLiteral("%1 casussen").arg(arguments.cases);
    report.line(QStringLiteral("Client: process start to login window (%1)").arg(size), bench::median(loginWindow), QStringLiteral("ms"));
    report.line(QStringLiteral("Client: of which opening the database and the retention run"), bench::median(opening),
                QStringLiteral("ms"));
    report.line(QStringLiteral("Client: login to first worklist page shown"), bench::median(worklist), QStringLiteral("ms"));
    report.line(QStringLiteral("Client: resident memory after login (%1)").arg(size), bench::median(resident), QStringLiteral("MiB"));
    report.line(QStringLiteral("Client: peak resident memory"), bench::median(peak), QStringLiteral("MiB"));
    if (!arguments.json.isEmpty() && !report.write(arguments.json)) {
        QTextStream(stderr) << "bench: " << arguments.json << " kon niet worden geschreven" << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only the child shows windows; the parent runs without a display.
    if (argc > 1 && QString::fromLocal8Bit(argv[1]) == childFlag) {
        QApplication application(argc, argv);
        ui::installDutchTranslations(application);
        return runChild(QCoreApplication::arguments().value(2), QCoreApplication::arguments().value(3));
    }
    QCoreApplication application(argc, argv);
    return runParent(parse(QCoreApplication::arguments()));
}
