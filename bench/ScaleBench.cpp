// Issue 11: what each service operation costs at a database size, on the encrypted database and
// on a plain copy of it (the same driver without a key), measured in turns so that whatever else
// the machine does weighs on both alike.
#include "ScaleBench.h"

#include "Checked.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "service/LocalService.h"
#include "setup/DatabaseSetup.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace casusregie::bench {

namespace {

constexpr int turns = 9;

struct Timing {
    double median = 0;
    double minimum = 0;
};

Timing summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front()};
}

// The plain copy SQLCipher makes of an encrypted database: an ATTACH without a key and an export.
// Only ever of generated demo data, to measure what encryption costs.
std::unique_ptr<Database> plainCopyOf(Database &source, const QString &path)
{
    const QSqlDatabase db = source.connection();
    checked(runSql(db, QStringLiteral("ATTACH DATABASE ? AS plain KEY ''"), {path}), "onversleutelde kopie koppelen");
    checked(runSql(db, QStringLiteral("SELECT sqlcipher_export('plain')")), "onversleutelde kopie maken");
    checked(runSql(db, QStringLiteral("PRAGMA plain.user_version = %1").arg(source.schemaVersion())), "schemaversie");
    checked(runSql(db, QStringLiteral("PRAGMA plain.application_id = %1").arg(Database::applicationId)), "application_id");
    checked(runSql(db, QStringLiteral("DETACH DATABASE plain")), "ontkoppelen");
    auto plain = Database::openUnencryptedForForensics(path, Database::OpenMode::Existing);
    checked(plain, "onversleutelde kopie openen");
    return std::move(*plain);
}

struct Databases {
    QTemporaryDir folder;
    std::unique_ptr<Database> encrypted;
    std::unique_ptr<Database> plain;
};

void fill(Databases &databases, int cases, const Clock &clock, const DatabaseKey &auditKey)
{
    auto created = DatabaseSetup::initialise(databases.folder.filePath(QStringLiteral("versleuteld.db")), DatabaseKey::generate(),
                                             auditKey,
                                             FirstAccount{QStringLiteral("beheer"), QStringLiteral("Beheer"),
                                                          QStringLiteral("een lang genoeg wachtwoord"), QStringLiteral("Rotterdam"), true},
                                             clock);
    checked(created, "database aanmaken");
    databases.encrypted = std::move(*created);
    QElapsedTimer timer;
    timer.start();
    QTextStream err(stderr);
    const auto progress = [&](int done, int total) { err << "\rDemogegevens: " << done << " van " << total << Qt::flush; };
    checked(demo::fillDemoData(*databases.encrypted, auditKey, clock, {cases, 7, progress}), "demogegevens maken");
    err << Qt::endl;
    databases.plain = plainCopyOf(*databases.encrypted, databases.folder.filePath(QStringLiteral("onversleuteld.db")));
}

// One user logged in on both databases.
struct Seat {
    std::unique_ptr<LocalService> encrypted;
    std::unique_ptr<LocalService> plain;
};

Seat seat(Databases &databases, const QString &username, const Clock &clock, const DatabaseKey &auditKey)
{
    Seat seat{std::make_unique<LocalService>(*databases.encrypted, clock, auditKey),
              std::make_unique<LocalService>(*databases.plain, clock, auditKey)};
    checked(seat.encrypted->login(username, demo::demoPassword), "inloggen (versleuteld)");
    checked(seat.plain->login(username, demo::demoPassword), "inloggen (onversleuteld)");
    return seat;
}

struct Operation {
    QString name;
    Seat *seat;
    std::function<void(Service &)> call;
};

double millisecondsOf(Service &service, const Operation &operation)
{
    QElapsedTimer timer;
    timer.start();
    operation.call(service);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

void scaleFigures(Report &report, const QList<int> &sizes)
{
    SystemClock clock;
    const DatabaseKey auditKey = DatabaseKey::generate();
    for (const int cases : sizes) {
        Databases databases;
        fill(databases, cases, clock, auditKey);
        Seat pr = seat(databases, QStringLiteral("pr.devries"), clock, auditKey);
        Seat partner = seat(databases, QStringLiteral("politie.jansen"), clock, auditKey);
        Seat hoofd = seat(databases, QStringLiteral("hoofd.dekker"), clock, auditKey);
        Seat fg = seat(databases, QStringLiteral("fg.vos"), clock, auditKey);

        // A casus of the procesregisseur's, with a person in it, for the calls about one casus.
        auto worklist = pr.encrypted->worklist();
        checked(worklist, "werkvoorraad");
        const CasusOverview sample = worklist->value(worklist->size() / 2);
        auto people = pr.encrypted->betrokkenen(sample.id);
        checked(people, "betrokkenen");
        const QString name = people->isEmpty() ? QStringLiteral("Jansen") : people->first().naam;
        const int year = clock.today().year() - 1;

        const auto ok = [](const auto &result, const char *what) { checked(result, what); };
        const std::vector<Operation> operations{
            {QStringLiteral("worklist (procesregisseur)"), &pr, [&](Service &s) { ok(s.worklist(), "werkvoorraad"); }},
            {QStringLiteral("worklist (partner)"), &partner, [&](Service &s) { ok(s.worklist(), "werkvoorraad"); }},
            {QStringLiteral("worklistPage of 50 (procesregisseur)"), &pr,
             [&](Service &s) { ok(s.worklistPage(PageRequest{}), "werkvoorraadpagina"); }},
            {QStringLiteral("worklistPage of 50 (partner)"), &partner,
             [&](Service &s) { ok(s.worklistPage(PageRequest{}), "werkvoorraadpagina"); }},
            {QStringLiteral("searchCases by number"), &pr,
             [&](Service &s) { ok(s.searchCases({sample.number.toString(), {}, {}}), "zoeken op nummer"); }},
            {QStringLiteral("searchCases by name"), &pr, [&](Service &s) { ok(s.searchCases({{}, name, {}}), "zoeken op naam"); }},
            {QStringLiteral("casus(id)"), &pr, [&](Service &s) { ok(s.casus(sample.id), "casus"); }},
            {QStringLiteral("gegevens(casus)"), &pr, [&](Service &s) { ok(s.gegevens(sample.id), "gegevens"); }},
            {QStringLiteral("parties"), &pr, [&](Service &s) { ok(s.parties(), "partijen"); }},
            {QStringLiteral("annualFigures (hoofd)"), &hoofd, [&](Service &s) { ok(s.annualFigures(year), "jaarcijfers"); }},
            {QStringLiteral("auditTrail(casus) (FG)"), &fg, [&](Service &s) { ok(s.auditTrail(sample.id), "audittrail"); }},
        };
        for (const Operation &operation : operations) {
            std::vector<double> encrypted;
            std::vector<double> plain;
            for (int turn = 0; turn < turns; ++turn) {
                const bool encryptedFirst = turn % 2 == 0;
                Service &a = encryptedFirst ? *operation.seat->encrypted : *operation.seat->plain;
                Service &b = encryptedFirst ? *operation.seat->plain : *operation.seat->encrypted;
                const double one = millisecondsOf(a, operation);
                const double other = millisecondsOf(b, operation);
                encrypted.push_back(encryptedFirst ? one : other);
                plain.push_back(encryptedFirst ? other : one);
            }
            const Timing e = summarise(encrypted);
            const Timing p = summarise(plain);
            const double ratio = p.median > 0 ? e.median / p.median : 0;
            report.line(QStringLiteral("%1 casussen: %2").arg(cases).arg(operation.name), e.median,
                        QStringLiteral("ms (median; min %1, plain %2, ratio %3)")
                            .arg(e.minimum, 0, 'f', 2)
                            .arg(p.median, 0, 'f', 2)
                            .arg(ratio, 0, 'f', 2));
            report.add(QStringLiteral("operations"),
                       {{QStringLiteral("cases"), cases},
                        {QStringLiteral("operation"), operation.name},
                        {QStringLiteral("encrypted_median_ms"), e.median},
                        {QStringLiteral("encrypted_min_ms"), e.minimum},
                        {QStringLiteral("plain_median_ms"), p.median},
                        {QStringLiteral("plain_min_ms"), p.minimum},
                        {QStringLiteral("ratio"), ratio}});
        }
    }
}

} // namespace casusregie::bench
