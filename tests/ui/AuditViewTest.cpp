#include "ClientWorld.h"

#include "audit/AuditView.h"
#include "forms/RowsModel.h"
#include "main/MainWindow.h"
#include "storage/SqlStatement.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

TEST_CASE("B6 3.6 in the client: the FG verifies the audit chain and is told where it was altered")
{
    ClientWorld world;
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::auditor), QString());
    window.show();
    world.settle();
    auto *verify = window.findChild<QPushButton *>(QStringLiteral("verifyChainButton"));
    auto *result = window.findChild<QLabel *>(QStringLiteral("chainResultLabel"));
    QTest::mouseClick(verify, Qt::LeftButton);
    world.settle();
    REQUIRE(result->text().startsWith(QStringLiteral("Intact")));

    {
        // Someone with the database key alters a record behind the service's back.
        auto database = Database::open(world.setup.path(), world.setup.key, Database::OpenMode::Existing);
        REQUIRE(database.has_value());
        REQUIRE(runSql((*database)->connection(), QStringLiteral("UPDATE audit_log SET outcome = 'denied' WHERE id = 2")).has_value());
    }
    QTest::mouseClick(verify, Qt::LeftButton);
    world.settle();
    REQUIRE(result->text().startsWith(QStringLiteral("Verbroken bij record 2")));
}

namespace {

QTableView *auditTable(MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("auditTable"));
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// Makes `count` audited reads as this user: each look at the parties is a record.
void readParties(ClientWorld &world, int count)
{
    QObject context;
    for (int i = 0; i < count; ++i)
        world.service->call(&context, [](Service &service) { return service.parties(); }, [](const Result<QList<Party>> &) {});
    world.settle();
}

} // namespace

TEST_CASE("Issue 14: the FG checks the chain and goes straight to the first broken record in the log browser")
{
    ClientWorld world;
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::auditor), QString());
    window.show();
    world.settle();
    {
        auto database = Database::open(world.setup.path(), world.setup.key, Database::OpenMode::Existing);
        REQUIRE(database.has_value());
        REQUIRE(runSql((*database)->connection(), QStringLiteral("UPDATE audit_log SET action = 'login' WHERE id = 3")).has_value());
    }
    auto *broken = window.findChild<QPushButton *>(QStringLiteral("brokenRecordButton"));
    REQUIRE(broken->isHidden());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
    world.settle();
    REQUIRE_FALSE(broken->isHidden());
    broken->click();
    world.settle();
    QTableView *table = auditTable(window);
    const int row = selectedModelRow(table);
    REQUIRE(row >= 0);
    CHECK(cell(table, row, 0) == QStringLiteral("3"));
    CHECK(cell(table, 0, 0) == QStringLiteral("3")); // the page starts at the broken record
}

TEST_CASE("Issue 14: the hoofd and the privacy officer page through the audit log by filter and export what it matches, ids only")
{
    ClientWorld world;
    world.logIn(ClientWorld::procesregisseur);
    readParties(world, AuditView::pageSize + 20);
    for (const QString &reader : {ClientWorld::hoofd, ClientWorld::privacyOfficer}) {
        INFO(reader.toStdString());
        MainWindow window(*world.service, world.clock, world.logIn(reader), QString());
        window.show();
        world.settle();
        CHECK(window.findChild<QPushButton *>(QStringLiteral("verifyChainButton")) == nullptr); // the FG's
        QTableView *table = auditTable(window);
        REQUIRE(table != nullptr);
        REQUIRE(table->model()->rowCount() == AuditView::pageSize);
        auto *older = window.findChild<QPushButton *>(QStringLiteral("auditOlderButton"));
        auto *newer = window.findChild<QPushButton *>(QStringLiteral("auditNewerButton"));
        CHECK_FALSE(newer->isEnabled());
        const QString newestId = cell(table, 0, 0);
        QTest::mouseClick(older, Qt::LeftButton);
        world.settle();
        CHECK(cell(table, 0, 0).toLongLong() < newestId.toLongLong() - AuditView::pageSize + 1);
        CHECK(window.findChild<QLabel *>(QStringLiteral("auditPageLabel"))->text().startsWith(QStringLiteral("Records 101 tot en met")));
        QTest::mouseClick(newer, Qt::LeftButton);
        world.settle();
        CHECK(cell(table, 0, 0).toLongLong() >= newestId.toLongLong()); // the newest, with the searches made since
        CHECK(window.findChild<QLabel *>(QStringLiteral("auditPageLabel"))->text().startsWith(QStringLiteral("Records 1 tot en met")));
        CHECK_FALSE(newer->isEnabled());

        // Only the procesregisseur's refused look at a casus that does not exist.
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("auditUsernameEdit")), ClientWorld::procesregisseur);
        auto *outcome = window.findChild<QComboBox *>(QStringLiteral("auditOutcomeCombo"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("denied")));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("auditSearchButton")), Qt::LeftButton);
        world.settle();
        CHECK(table->model()->rowCount() == 0);
        CHECK(window.findChild<QLabel *>(QStringLiteral("auditPageLabel"))->text() == QStringLiteral("Geen records voldoen aan dit filter."));

        // A casus that is no number is said, not searched for.
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("auditCasusEdit")), QStringLiteral("2026-0001"));
        CHECK_FALSE(window.findChild<QLabel *>(QStringLiteral("auditFilterProblemLabel"))->isHidden());

        // The export holds every record of the filter, not only the page shown, and no user name.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("auditClearButton")), Qt::LeftButton);
        world.settle();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("auditlog.csv"));
        window.findChild<AuditView *>()->exportTo(path);
        world.settle();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        CHECK(lines.first().startsWith("nr;tijdstip;gebruiker_id"));
        CHECK(lines.size() > AuditView::pageSize + 20);
        for (const QByteArray &line : lines)
            CHECK_FALSE(line.contains(ClientWorld::procesregisseur.toUtf8()));
        CHECK(window.findChild<QLabel *>(QStringLiteral("auditExportLabel"))->text().startsWith(QStringLiteral("Geëxporteerd")));
    }
}

TEST_CASE("Issue 14: a procesregisseur, a partner and beheer get no audit log browser")
{
    ClientWorld world;
    for (const QString &user : {ClientWorld::procesregisseur, ClientWorld::liaison, QString(InitialisedDatabase::username)}) {
        MainWindow window(*world.service, world.clock, world.logIn(user), QString());
        CHECK(window.findChild<AuditView *>() == nullptr);
        world.settle();
    }
}

TEST_CASE("Issue 14 and P 17.5 in the client: the FG reads the kept records of OM disclosures without their content and no other role has the tab")
{
    ClientWorld world([](Database &database) {
        // What the retention run keeps of an OM disclosure when its casus is destroyed early.
        REQUIRE(execSql(database.connection(),
                        QStringLiteral("INSERT INTO bewaarde_om_verstrekkingen (verstrekt_op, om_party_id, recipient_party_id, legal_basis, "
                                       "categories, betrokkene_naam, naam_zoeksleutel, betrokkene_geboortedatum, destroy_on) "
                                       "SELECT '2026-02-01T10:00:00Z', om.id, pol.id, 'art. 39f Wjsg', 'strafvorderlijk,tenuitvoerlegging', "
                                       "'J. de Vries', 'j de vries', '1980-02-03', '2030-02-01' "
                                       "FROM parties om, parties pol WHERE om.type = 'om' AND pol.type = 'politie' LIMIT 1"))
                    .has_value());
    });
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::auditor), QString());
        window.show();
        world.settle();
        auto *table = window.findChild<QTableView *>(QStringLiteral("keptOmTable"));
        REQUIRE(table != nullptr);
        REQUIRE(table->model()->rowCount() == 1);
        QStringList cells;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            cells << table->model()->index(0, column).data().toString();
        const QString row = cells.join(QStringLiteral(" | "));
        CHECK(row.contains(QStringLiteral("art. 39f Wjsg")));
        CHECK(row.contains(QStringLiteral("Strafvorderlijke en justitiële gegevens, Tenuitvoerleggingsgegevens")));
        CHECK(row.contains(QStringLiteral("J. de Vries")));
        CHECK(row.contains(QStringLiteral("01-02-2030")));
        CHECK(window.findChild<QLabel *>(QStringLiteral("keptOmSummaryLabel"))->text().contains(QStringLiteral("4 jaar")));
    }
    for (const QString &user : {ClientWorld::hoofd, ClientWorld::privacyOfficer, ClientWorld::procesregisseur}) {
        MainWindow window(*world.service, world.clock, world.logIn(user), QString());
        INFO(user.toStdString());
        CHECK(window.findChild<QTableView *>(QStringLiteral("keptOmTable")) == nullptr);
    }
}
