#include "ClientWorld.h"

#include "datalekken/DatalekAssessmentDialogs.h"
#include "datalekken/DatalekDialog.h"
#include "main/MainWindow.h"

#include <QAction>
#include "common/Clock.h"
#include "forms/DateField.h"

#include <QTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

TEST_CASE("P 14.3, 14.11 in the client: a partner reports a breach with a-e, the privacy officer's overview shows it with its clocks")
{
    ClientWorld world;
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::liaison), QString());
        window.show();
        world.settle();
        REQUIRE(window.findChild<QWidget *>(QStringLiteral("datalekkenView")) == nullptr); // reporting, not reading the register
        window.findChild<QAction *>(QStringLiteral("reportDatalekAction"))->trigger();
        auto *dialog = window.findChild<DatalekDialog *>();
        REQUIRE(dialog != nullptr);
        auto *save = dialog->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
        REQUIRE_FALSE(save->isEnabled());
        const QDateTime discovered = inAmsterdam(world.clock.now().addSecs(-3600));
        dialog->findChild<DateField *>(QStringLiteral("discoveredEdit"))->setDate(discovered.date());
        dialog->findChild<QTimeEdit *>(QStringLiteral("discoveredTimeEdit"))->setTime(discovered.time());
        const QStringList answers{QStringLiteral("USB-stick met een verslag verloren"), QStringLiteral("Agent Jansen"),
                                  QStringLiteral("Stick op afstand niet te wissen; melden bij gevonden voorwerpen"),
                                  QStringLiteral("Drie betrokkenen, gezondheidsgegevens"), QStringLiteral("Wachtwoorden gewijzigd")};
        for (int i = 0; i < answers.size(); ++i)
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("field%1").arg(QLatin1Char(char('a' + i)))), answers.at(i));
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        world.settle();
        REQUIRE(window.findChild<DatalekDialog *>() == nullptr);
        REQUIRE(window.statusBar()->currentMessage().contains(QStringLiteral("privacyfunctionaris")));
    }

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("datalekkenTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->model()->rowCount() == 1);
    REQUIRE(table->model()->index(0, 1).data().toString() == QStringLiteral("Politie Eenheid Rotterdam"));
    REQUIRE(table->model()->index(0, 2).data().toString() == QStringLiteral("USB-stick met een verslag verloren"));
    REQUIRE(table->model()->index(0, 4).data().toString().startsWith(QStringLiteral("uiterlijk")));

    // Issue 12, P 14.8: the draft AP notification of the selected breach opens in the print preview.
    auto *draft = window.findChild<QPushButton *>(QStringLiteral("apDraftButton"));
    REQUIRE_FALSE(draft->isEnabled());
    table->selectRow(0);
    REQUIRE(draft->isEnabled());
    QTest::mouseClick(draft, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&]() {
        auto *preview = window.findChild<QPrintPreviewDialog *>(QStringLiteral("apDraftPreview"));
        return preview && preview->isVisible();
    }, 30000)); // rendering the draft takes seconds on a loaded machine
}

namespace {

// A breach the police reported an hour ago, through the service as the client would.
void reportBreach(ClientWorld &world)
{
    world.logIn(ClientWorld::liaison);
    QObject context;
    Datalek datalek;
    datalek.discoveredAt = world.clock.now().addSecs(-3600);
    datalek.aardEnOmvang = QStringLiteral("Verslag naar het verkeerde adres gemaild");
    datalek.contactpersoon = QStringLiteral("Agent Jansen");
    datalek.mogelijkeMaatregelen = QStringLiteral("Ontvanger vragen te verwijderen");
    datalek.gevolgenBetrokkenen = QStringLiteral("Een betrokkene, politiegegevens");
    datalek.genomenMaatregelen = QStringLiteral("Ontvanger gebeld");
    world.service->call(&context, [datalek](Service &service) { return service.reportDatalek(datalek); },
                        [](const Result<qint64> &reported) { REQUIRE(reported.has_value()); });
    world.settle();
}

QString cellText(QTableView *table, int column)
{
    return table->model()->index(0, column).data().toString();
}

} // namespace

TEST_CASE("Issue 14, P 14.8: the privacy officer assesses a breach, decides on informing with grounds and records the AP notification, with the 72-hour clock in view")
{
    ClientWorld world;
    reportBreach(world);
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("datalekkenTable"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cellText(table, 4).contains(QStringLiteral("nog 71 uur")));
    CHECK(cellText(table, 5) == QStringLiteral("ontbreekt b, c, d, e, f"));
    table->selectRow(0);

    // The AP notification waits for the assessment, and says so.
    auto *notified = window.findChild<QPushButton *>(QStringLiteral("apNotifiedButton"));
    CHECK_FALSE(notified->isEnabled());
    CHECK(notified->toolTip().contains(QStringLiteral("b, c, d, e, f")));

    window.findChild<QPushButton *>(QStringLiteral("assessDatalekButton"))->click();
    auto *assess = window.findChild<AssessDatalekDialog *>();
    REQUIRE(assess != nullptr);
    const QStringList answers{QStringLiteral("Een betrokkene"), QStringLiteral("Politiegegevens, een verslag"),
                              QStringLiteral("Niet versleuteld"), QStringLiteral("Ontvanger laten verwijderen"),
                              QStringLiteral("Gering; ontvanger heeft verwijderd")};
    for (int i = 0; i < answers.size(); ++i)
        QTest::keyClicks(assess->findChild<QPlainTextEdit *>(QStringLiteral("field%1").arg(QLatin1Char(char('b' + i)))), answers.at(i));
    // Deciding not to inform needs its grounds before it can be saved (P 14.9).
    assess->findChild<QRadioButton *>(QStringLiteral("notInformRadio"))->setChecked(true);
    CHECK_FALSE(saveOf(assess)->isEnabled());
    QTest::keyClicks(assess->findChild<QPlainTextEdit *>(QStringLiteral("groundsEdit")), QStringLiteral("P 14.9 b: maatregelen genomen"));
    REQUIRE(saveOf(assess)->isEnabled());
    saveOf(assess)->click();
    world.settle();
    REQUIRE(window.findChild<AssessDatalekDialog *>() == nullptr);
    CHECK(cellText(table, 5) == QStringLiteral("volledig"));
    CHECK(cellText(table, 6).contains(QStringLiteral("P 14.9 b")));

    // Two days later the notification is made and recorded with the AP's reference.
    world.clock.set(world.clock.now().addSecs(48 * 3600));
    REQUIRE(notified->isEnabled());
    notified->click();
    auto *ap = window.findChild<ApNotificationDialog *>();
    REQUIRE(ap != nullptr);
    CHECK_FALSE(saveOf(ap)->isEnabled());
    const QDateTime at = inAmsterdam(world.clock.now().addSecs(-600));
    ap->findChild<DateField *>(QStringLiteral("apDateEdit"))->setDate(at.date());
    ap->findChild<QTimeEdit *>(QStringLiteral("apTimeEdit"))->setTime(at.time());
    QTest::keyClicks(ap->findChild<QLineEdit *>(QStringLiteral("apReferenceEdit")), QStringLiteral("AP-2026-0412"));
    saveOf(ap)->click();
    world.settle();
    REQUIRE(window.findChild<ApNotificationDialog *>() == nullptr);
    CHECK(cellText(table, 4).contains(QStringLiteral("AP-2026-0412")));
    CHECK_FALSE(notified->isEnabled()); // once is enough
}

TEST_CASE("Issue 14: the hoofd and the FG read the breach register with its clocks but assess nothing")
{
    ClientWorld world;
    reportBreach(world);
    for (const QString &reader : {ClientWorld::hoofd, ClientWorld::auditor}) {
        MainWindow window(*world.service, world.clock, world.logIn(reader), QString());
        window.show();
        world.settle();
        auto *table = window.findChild<QTableView *>(QStringLiteral("datalekkenTable"));
        REQUIRE(table->model()->rowCount() == 1);
        CHECK(window.findChild<QPushButton *>(QStringLiteral("assessDatalekButton"))->isHidden());
    }
}
