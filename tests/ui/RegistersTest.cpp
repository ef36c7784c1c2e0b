#include "ClientWorld.h"

#include "../render/PdfReader.h"

#include "forms/DocumentOutput.h"
#include "forms/RowsModel.h"
#include "main/MainWindow.h"
#include "registers/RegisterDialogs.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// A processor approved by the hoofd, then a year and a day pass: due for its yearly review.
void addDueVerwerker(ClientWorld &world)
{
    world.logIn(ClientWorld::privacyOfficer);
    QObject context;
    Verwerker verwerker;
    verwerker.naam = QStringLiteral("Hostingbedrijf (fictief)");
    verwerker.dienst = QStringLiteral("beheer van de server");
    qint64 id = 0;
    world.service->call(&context, [verwerker](Service &service) { return service.addVerwerker(verwerker); },
                        [&id](const Result<qint64> &added) { id = added.value_or(0); });
    world.settle();
    REQUIRE(id != 0);
    world.logIn(ClientWorld::hoofd);
    world.service->call(&context, [id](Service &service) { return service.approveVerwerker(id); },
                        [](const Status &approved) { REQUIRE(approved.has_value()); });
    world.settle();
    world.clock.set(world.clock.now().addYears(1).addDays(1));
}

} // namespace

TEST_CASE("P 24.3, 22.3 in the client: the verwerkingsregister per phase, and processors due for their yearly review marked")
{
    ClientWorld world;
    addDueVerwerker(world);

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
    window.show();
    world.settle();
    REQUIRE(window.findChild<QTableView *>(QStringLiteral("verwerkingenTable"))->model()->rowCount() >= 4); // seeded per phase
    QAbstractItemModel *verwerkers = window.findChild<QTableView *>(QStringLiteral("verwerkersTable"))->model();
    REQUIRE(verwerkers->rowCount() == 1);
    CHECK(verwerkers->index(0, 4).data(Qt::ForegroundRole).isValid()); // its review is overdue: in red
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text().startsWith(QStringLiteral("1 verwerker")));
}

TEST_CASE("Issue 12 in the client: the privacy officer saves the registers as PDF from where they are shown, with what the screen shows")
{
    ClientWorld world;
    addDueVerwerker(world);
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
    window.show();
    world.settle();

    QTemporaryDir folder;
    const QString registers = folder.filePath(QStringLiteral("registers.pdf"));
    window.findChild<DocumentButtons *>(QStringLiteral("registersDocumentButtons"))->saveAsPdf(registers);
    const QString text = pdfReading(registers);
    CHECK(text.contains(QStringLiteral("Hostingbedrijf (fictief)")));
    CHECK(text.contains(QStringLiteral("(te laat)")));
    CHECK(QFileInfo(registers).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString firstActivity =
        window.findChild<QTableView *>(QStringLiteral("verwerkingenTable"))->model()->index(0, 0).data().toString();
    CHECK(text.contains(firstActivity));
}

TEST_CASE("Issue 14 and P 22.3 in the client: the privacy officer lists a processor and the hoofd approves it on the Registers tab and then its review is marked")
{
    ClientWorld world;
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
        window.show();
        world.settle();
        CHECK(window.findChild<QPushButton *>(QStringLiteral("approveVerwerkerButton"))->isHidden());
        window.findChild<QPushButton *>(QStringLiteral("newVerwerkerButton"))->click();
        auto *dialog = window.findChild<VerwerkerDialog *>();
        REQUIRE(dialog != nullptr);
        CHECK_FALSE(saveOf(dialog)->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("verwerkerNaamEdit")), QStringLiteral("Tolkendienst West (fictief)"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("verwerkerDienstEdit")), QStringLiteral("tolken bij overleggen"));
        saveOf(dialog)->click();
        world.settle();
        REQUIRE(window.findChild<VerwerkerDialog *>() == nullptr);
        auto *table = window.findChild<QTableView *>(QStringLiteral("verwerkersTable"));
        REQUIRE(table->model()->rowCount() == 1);
        CHECK(table->model()->index(0, 2).data().toString() == QStringLiteral("wacht op het hoofd"));
        CHECK(window.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text().contains(QStringLiteral("wacht op toestemming van het hoofd")));
        table->selectRow(0);
        auto *reviewed = window.findChild<QPushButton *>(QStringLiteral("verwerkerReviewedButton"));
        CHECK_FALSE(reviewed->isEnabled());
        CHECK(reviewed->toolTip().contains(QStringLiteral("hoofd")));
    }
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::hoofd), QString());
        window.show();
        world.settle();
        CHECK(window.findChild<QPushButton *>(QStringLiteral("newVerwerkerButton"))->isHidden());
        auto *table = window.findChild<QTableView *>(QStringLiteral("verwerkersTable"));
        table->selectRow(0);
        auto *approve = window.findChild<QPushButton *>(QStringLiteral("approveVerwerkerButton"));
        REQUIRE(approve->isEnabled());
        approve->click();
        auto *dialog = window.findChild<ApproveVerwerkerDialog *>();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("approveVerwerkerName"))->text() == QStringLiteral("Tolkendienst West (fictief)"));
        saveOf(dialog)->click();
        world.settle();
        CHECK(table->model()->index(0, 2).data(RowsModel::SortRole).toDate() == world.clock.today());
        CHECK_FALSE(approve->isEnabled());
    }
    world.clock.set(world.clock.now().addDays(400));
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
        window.show();
        world.settle();
        auto *table = window.findChild<QTableView *>(QStringLiteral("verwerkersTable"));
        CHECK(table->model()->index(0, 4).data(Qt::ForegroundRole).isValid()); // a year has passed: overdue
        table->selectRow(0);
        window.findChild<QPushButton *>(QStringLiteral("verwerkerReviewedButton"))->click();
        auto *dialog = window.findChild<VerwerkerReviewDialog *>();
        REQUIRE(dialog != nullptr);
        saveOf(dialog)->click();
        world.settle();
        CHECK(table->model()->index(0, 3).data(RowsModel::SortRole).toDate() == world.clock.today());
        CHECK_FALSE(table->model()->index(0, 4).data(Qt::ForegroundRole).isValid());
        CHECK(window.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text() == QStringLiteral("Geen verwerker is toe aan de jaarlijkse herbeoordeling."));
    }
}

TEST_CASE("P 24.3 in the client: the privacy officer adds and changes a processing activity with all of a-f")
{
    ClientWorld world;
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("verwerkingenTable"));
    const int before = table->model()->rowCount();
    CHECK_FALSE(window.findChild<QPushButton *>(QStringLiteral("editVerwerkingButton"))->isEnabled());
    window.findChild<QPushButton *>(QStringLiteral("newVerwerkingButton"))->click();
    auto *dialog = window.findChild<VerwerkingDialog *>();
    REQUIRE(dialog != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("verwerkingNaamEdit")), QStringLiteral("Evaluatie van casussen"));
    for (char field = 'a'; field <= 'e'; ++field)
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("verwerkingField%1").arg(QLatin1Char(field))),
                         QStringLiteral("Tekst %1").arg(QLatin1Char(field)));
    CHECK_FALSE(saveOf(dialog)->isEnabled()); // f is still empty
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("verwerkingFieldf")), QStringLiteral("Geen"));
    saveOf(dialog)->click();
    world.settle();
    REQUIRE(table->model()->rowCount() == before + 1);

    table->selectRow(before);
    window.findChild<QPushButton *>(QStringLiteral("editVerwerkingButton"))->click();
    auto *edit = window.findChild<VerwerkingDialog *>();
    REQUIRE(edit != nullptr);
    auto *recipients = edit->findChild<QPlainTextEdit *>(QStringLiteral("verwerkingFielde"));
    CHECK(recipients->toPlainText() == QStringLiteral("Tekst e"));
    recipients->setPlainText(QStringLiteral("Het hoofd"));
    saveOf(edit)->click();
    world.settle();
    CHECK(table->model()->rowCount() == before + 1);
    CHECK(table->model()->index(before, 5).data().toString() == QStringLiteral("Het hoofd"));
}
