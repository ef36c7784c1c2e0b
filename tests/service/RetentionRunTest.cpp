#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "service/LocalService.h"
#include "service/RetentionJob.h"
#include "service/RetentionWorker.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/PartyRepository.h"
#include "storage/SignatorySeed.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QSet>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlRecord>
#include <QThread>

using namespace casusregie;
using namespace casusregie::test;

namespace {

constexpr int demoCases = 250;

QList<QVariantList> rows(Database &database, const QString &sql)
{
    auto query = runSql(database.connection(), sql);
    REQUIRE(query.has_value());
    QList<QVariantList> result;
    while (query->next()) {
        QVariantList row;
        for (int i = 0; i < query->record().count(); ++i)
            row << query->value(i);
        result << row;
    }
    return result;
}

// What P 11 says is due, worked out here from the raw tables, apart from the production code.
QSet<qint64> expectedDueCases(Database &database, QDate today)
{
    QSet<qint64> due;
    for (const QVariantList &row : rows(database, QStringLiteral(
             "SELECT c.id, c.aanmeldingsdatum, c.phase, "
             "  (SELECT max(decided_at) FROM phase_transitions t WHERE t.casus_id = c.id AND t.to_phase = 'niet_doorgeleid'), "
             "  (SELECT coalesce(sum(months), 0) FROM retention_extensions e WHERE e.casus_id = c.id) FROM casus c"))) {
        const QDate fiveYears = row.at(1).toDate().addYears(5).addMonths(row.at(4).toInt());
        const QDate nietDoorgeleid = QDateTime::fromString(row.at(3).toString(), Qt::ISODateWithMs).date();
        const bool p112 = today >= fiveYears;
        const bool p118 = row.at(2).toString() == QLatin1String("niet_doorgeleid") && today >= nietDoorgeleid.addYears(1);
        if (p112 || p118)
            due.insert(row.at(0).toLongLong());
    }
    return due;
}

QSet<qint64> ids(Database &database, const QString &sql)
{
    QSet<qint64> result;
    for (const QVariantList &row : rows(database, sql))
        result.insert(row.at(0).toLongLong());
    return result;
}

// Per surviving casus, how much hangs from it: anything else changing would show here.
QMap<qint64, QString> fingerprint(Database &database)
{
    QMap<qint64, QString> result;
    for (const QVariantList &row : rows(database, QStringLiteral(
             "SELECT c.id, c.phase, c.doel, "
             " (SELECT count(*) FROM betrokkenen b WHERE b.casus_id = c.id), "
             " (SELECT count(*) FROM gegevens g WHERE g.casus_id = c.id AND g.withdrawn_at IS NULL), "
             " (SELECT count(*) FROM goedkeuringen k JOIN gegevens g ON g.id = k.gegeven_id WHERE g.casus_id = c.id AND g.withdrawn_at IS NULL), "
             " (SELECT count(*) FROM overleggen o WHERE o.casus_id = c.id), "
             " (SELECT count(*) FROM afspraken a WHERE a.casus_id = c.id), "
             " (SELECT count(*) FROM phase_transitions t WHERE t.casus_id = c.id) FROM casus c"))) {
        QStringList parts;
        for (const QVariant &value : row.mid(1))
            parts << value.toString();
        result.insert(row.at(0).toLongLong(), parts.join(QLatin1Char('|')));
    }
    return result;
}

struct DemoHistory {
    FakeClock clock;
    InitialisedDatabase setup{clock};

    DemoHistory()
    {
        auto filled = demo::fillDemoData(setup.database(), setup.auditKey, clock, {demoCases, 42, {}});
        REQUIRE(filled.has_value());
        REQUIRE(filled->cases == demoCases);
    }
    Database &database() { return setup.database(); }
    RetentionJob job() { return RetentionJob(setup.database(), clock, setup.auditKey); }
};

} // namespace

TEST_CASE("P 11 retention run: the dry run lists exactly what the protocol says is due and changes nothing")
{
    DemoHistory history;
    const QSet<qint64> expected = expectedDueCases(history.database(), history.clock.today());
    const QSet<qint64> withdrawn = ids(history.database(), QStringLiteral("SELECT id FROM gegevens WHERE withdrawn_at IS NOT NULL "
                                                                          "ORDER BY id"));
    REQUIRE(expected.size() > 10);             // the history has cases of every kind ...
    REQUIRE(expected.size() < demoCases / 2); // ... and most are not due
    REQUIRE_FALSE(withdrawn.isEmpty());

    const auto fingerprintBefore = fingerprint(history.database());
    const auto headBefore = *AuditLog::readHead(history.database());
    auto outcome = history.job().run(true);
    REQUIRE(outcome.has_value());

    QSet<qint64> listedCases;
    int listedItems = 0;
    for (const DueDestruction &item : outcome->due) {
        if (item.kind == QLatin1String("casus"))
            listedCases.insert(item.id);
        else
            ++listedItems;
    }
    REQUIRE(listedCases == expected);
    const QSet<qint64> withdrawnOfSurvivors = ids(history.database(),
        QStringLiteral("SELECT g.id FROM gegevens g WHERE g.withdrawn_at IS NOT NULL"));
    int withdrawnOutsideDueCases = 0;
    for (const QVariantList &row : rows(history.database(), QStringLiteral("SELECT casus_id FROM gegevens WHERE withdrawn_at IS NOT NULL")))
        withdrawnOutsideDueCases += expected.contains(row.at(0).toLongLong()) ? 0 : 1;
    REQUIRE(listedItems == withdrawnOutsideDueCases);
    REQUIRE(withdrawnOfSurvivors == withdrawn);

    REQUIRE(fingerprint(history.database()) == fingerprintBefore);
    REQUIRE(AuditLog::readHead(history.database())->id == headBefore.id);
}

namespace {

// The counts of a year's figures that the retention run must not change: received, afgeschaald
// and every month of the chart.
QString countsOf(const AnnualFigures &figures)
{
    QStringList counts{figures.received.text(), figures.perOutcome.value(QStringLiteral("afgeschaald")).text()};
    for (auto it = figures.enteredPerMonth.begin(); it != figures.enteredPerMonth.end(); ++it) {
        for (const SuppressedCount &count : it.value())
            counts << it.key() + QLatin1Char(':') + count.text();
    }
    return counts.join(QLatin1Char('/'));
}

} // namespace

TEST_CASE("P 11 retention run: destroys exactly what is due, keeps management data, changes nothing else")
{
    DemoHistory history;
    Database &db = history.database();
    const QSet<qint64> expected = expectedDueCases(db, history.clock.today());
    auto before = fingerprint(db);
    const int managementBefore = rows(db, QStringLiteral("SELECT id FROM management_records")).size();

    LocalService analyst(db, history.clock, history.setup.auditKey);
    REQUIRE(analyst.login(QStringLiteral("analist.bos"), demo::demoPassword).has_value());
    QMap<int, QString> figuresBefore;
    for (int year = 2020; year <= 2026; ++year) {
        const AnnualFigures figures = *analyst.annualFigures(year);
        figuresBefore.insert(year, countsOf(figures));
    }

    auto outcome = history.job().run(false);
    REQUIRE(outcome.has_value());
    REQUIRE(outcome->destroyed == outcome->due.size());

    for (const qint64 id : expected)
        before.remove(id);
    REQUIRE(fingerprint(db) == before); // every survivor exactly as it was, minus withdrawn items
    REQUIRE(ids(db, QStringLiteral("SELECT id FROM casus")).intersect(expected).isEmpty());
    REQUIRE(rows(db, QStringLiteral("SELECT id FROM gegevens WHERE withdrawn_at IS NOT NULL")).isEmpty());
    REQUIRE(rows(db, QStringLiteral("SELECT id FROM management_records")).size() == managementBefore + expected.size());

    // P 11.7: the figures still count the destroyed casussen.
    for (int year = 2020; year <= 2026; ++year) {
        const AnnualFigures figures = *analyst.annualFigures(year);
        REQUIRE(countsOf(figures) == figuresBefore.value(year));
    }

    // The destruction report and the audit log account for every destruction, without personal data.
    int reported = 0;
    for (const QVariantList &row : rows(db, QStringLiteral("SELECT count FROM destruction_reports")))
        reported += row.at(0).toInt();
    REQUIRE(reported == outcome->destroyed);
    const auto destroyedAudit = rows(db, QStringLiteral("SELECT objects FROM audit_log WHERE action = 'retention_destroy'"));
    REQUIRE(destroyedAudit.size() == outcome->destroyed);
    REQUIRE(AuditLog(db, history.setup.auditKey).verify()->intact());
    REQUIRE(history.job().due()->isEmpty());
}

TEST_CASE("P 11 retention run: an interrupted run leaves a consistent database and the next run finishes")
{
    DemoHistory history;
    const int due = int(history.job().due()->size());
    auto first = history.job().run(false, 5);
    REQUIRE(first->destroyed == 5);
    REQUIRE(history.database().integrityCheck()->isEmpty());
    REQUIRE(history.job().due()->size() == due - 5);
    auto second = history.job().run(false);
    REQUIRE(second->destroyed == due - 5);
    REQUIRE(history.job().due()->isEmpty());
}

TEST_CASE("P 11 retention run: a stop request ends the run between destructions, and the next run finishes")
{
    DemoHistory history;
    const qsizetype due = history.job().due()->size();
    int asked = 0;
    auto stopped = history.job().run(false, std::nullopt, [&] { return ++asked < 3; });
    REQUIRE(stopped.has_value());
    REQUIRE(stopped->interrupted);
    REQUIRE(stopped->destroyed == 3);
    REQUIRE(history.job().due()->size() == due - 3);
    REQUIRE(history.job().run(false)->destroyed == due - 3);
}

TEST_CASE("P 11 in the server: the retention run works on a connection of its own while requests are answered, and both keep one unbroken audit chain")
{
    DemoHistory history;
    history.clock.advanceDays(7 * 365); // everything is due: the longest run this history can give
    const qsizetype due = history.job().due()->size();
    REQUIRE(due > 200);
    LocalService service(history.database(), history.clock, history.setup.auditKey);
    REQUIRE(service.login(InitialisedDatabase::username, InitialisedDatabase::password).has_value());

    RetentionWorker worker(history.setup.path(), history.setup.key, history.setup.auditKey, history.clock);
    QStringList summaries;
    QObject::connect(&worker, &RetentionWorker::finished, &worker, [&](const QString &summary) { summaries << summary; });
    worker.start();
    worker.start(); // a second start while it runs is the same run
    int answeredDuringRun = 0;
    while (worker.isRunning()) {
        REQUIRE(service.parties().has_value());
        ++answeredDuringRun;
    }
    QDeadlineTimer deadline(10000); // the summary is delivered through this thread's event loop
    while (summaries.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(summaries == QStringList{QStringLiteral("bewaartermijnen: %1 vernietigd").arg(due)});
    // Not a timing: the requests went on while the run destroyed casus after casus.
    INFO("beantwoord tijdens de run: " << answeredDuringRun);
    REQUIRE(answeredDuringRun >= 3);

    REQUIRE(history.job().due()->isEmpty());
    const auto chain = AuditLog(history.database(), history.setup.auditKey).verify();
    REQUIRE(chain.has_value());
    REQUIRE(chain->intact());
    const auto actions = rows(history.database(), QStringLiteral("SELECT DISTINCT action FROM audit_log WHERE id > 1"));
    REQUIRE(actions.size() >= 2); // the run's destructions and the requests, interleaved in one chain
}

TEST_CASE("P 11 in the server: stopping the server stops the retention run after its current destruction, leaving a database the next run finishes")
{
    DemoHistory history;
    history.clock.advanceDays(7 * 365);
    {
        RetentionWorker worker(history.setup.path(), history.setup.key, history.setup.auditKey, history.clock);
        worker.start();
        QThread::msleep(50);
    } // the server stops: the worker is destroyed mid-run
    REQUIRE(history.database().integrityCheck()->isEmpty());
    REQUIRE(AuditLog(history.database(), history.setup.auditKey).verify()->intact());
    REQUIRE(history.job().run(false).has_value());
    REQUIRE(history.job().due()->isEmpty());
}

TEST_CASE("P 11.3: a retention extension is a procesregisseur's recorded decision of at most 2 years")
{
    DemoHistory history;
    LocalService pr(history.database(), history.clock, history.setup.auditKey);
    REQUIRE(pr.login(QStringLiteral("pr.devries"), demo::demoPassword).has_value());
    const qint64 own = rows(history.database(),
                            QStringLiteral("SELECT c.id FROM casus c JOIN casus_procesregisseurs p ON p.casus_id = c.id "
                                           "JOIN users u ON u.id = p.user_id WHERE u.username = 'pr.devries' "
                                           "AND c.phase = 'casusoverleg' ORDER BY c.aanmeldingsdatum DESC LIMIT 1"))
                          .first()
                          .first()
                          .toLongLong();
    RetentionExtension extension{0, own, history.clock.today(), 25, QStringLiteral("Politie, Antes"),
                                 QStringLiteral("Borgen van de veiligheid (art. 2)"), 0};
    REQUIRE(pr.recordRetentionExtension(extension).error().code == ErrorCode::InvalidArgument);
    extension.months = 24;
    REQUIRE(pr.recordRetentionExtension(extension).has_value());

    LocalService analyst(history.database(), history.clock, history.setup.auditKey);
    REQUIRE(analyst.login(QStringLiteral("analist.bos"), demo::demoPassword).has_value());
    REQUIRE(analyst.recordRetentionExtension(extension).error().code == ErrorCode::NotFound);
}

TEST_CASE("P 11 destruction: nothing personal of a destroyed casus remains, not in the API and not in the file's bytes")
{
    // The same code on an unencrypted file, so the raw bytes can be searched.
    FakeClock clock;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("forensisch.db"));
    auto opened = Database::openUnencryptedForForensics(path, Database::OpenMode::CreateNew);
    REQUIRE(opened.has_value());
    Database &db = **opened;
    PartyRepository parties(db);
    REQUIRE(SignatorySeed::seed(parties, clock.today().addYears(-7)).has_value());
    const AuditKey auditKey = DatabaseKey::generate();
    REQUIRE(demo::fillDemoData(db, auditKey, clock, {demoCases, 42, {}}).has_value());

    const QSet<qint64> due = expectedDueCases(db, clock.today());
    QSet<QString> destroyedNames;
    QSet<QString> survivingNames;
    for (const QVariantList &row : rows(db, QStringLiteral("SELECT casus_id, naam FROM betrokkenen")))
        (due.contains(row.at(0).toLongLong()) ? destroyedNames : survivingNames).insert(row.at(1).toString());
    destroyedNames.subtract(survivingNames); // a name shared with a survivor may rightly stay
    for (const QVariantList &row : rows(db, QStringLiteral("SELECT display_name FROM users")))
        destroyedNames.remove(row.at(0).toString().remove(QStringLiteral(" (demo)"))); // and so may a demo account's
    for (const QVariantList &row : rows(db, QStringLiteral("SELECT requester_name FROM verzoeken")))
        destroyedNames.remove(row.at(0).toString()); // the verzoekenregister is a record of its own
    REQUIRE(destroyedNames.size() > 5);
    REQUIRE(db.checkpointAndTruncateWal().has_value());
    const QByteArray beforeBytes = readFile(path);
    int foundBefore = 0;
    for (const QString &name : destroyedNames)
        foundBefore += beforeBytes.contains(name.toUtf8()) ? 1 : 0;
    REQUIRE(foundBefore == destroyedNames.size()); // the search does find them while they exist

    REQUIRE(RetentionJob(db, clock, auditKey).run(false).has_value());

    BetrokkeneRepository betrokkenen(db);
    for (const QString &name : destroyedNames)
        REQUIRE(betrokkenen.byName(name, {})->isEmpty());
    QByteArray bytes = readFile(path);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += readFile(path + suffix);
    for (const QString &name : destroyedNames) {
        INFO(name.toStdString());
        REQUIRE_FALSE(bytes.contains(name.toUtf8()));
    }
}
