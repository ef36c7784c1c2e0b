#include "ClientWorld.h"

#include "datalekken/DatalekDialog.h"
#include "main/MainWindow.h"

#include <QAction>
#include "common/Clock.h"
#include "forms/DateField.h"

#include <QTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
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
