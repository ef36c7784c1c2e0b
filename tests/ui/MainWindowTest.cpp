#include "ClientWorld.h"

#include "main/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

TEST_CASE("Main window: shows the seeded parties and filters them by a search term")
{
    ClientWorld world;
    const User user = world.logIn(InitialisedDatabase::username);

    MainWindow window(*world.service, world.clock, user, QStringLiteral("Lokale database: test.db"));
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("partiesTableView"));
    REQUIRE(table->model()->rowCount() == 42);

    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("partiesFilterLineEdit")), QStringLiteral("gemeente"));
    REQUIRE(table->model()->rowCount() == 15);
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(user.displayName));
}

TEST_CASE("Main window: functioneel beheer gets no case screens, a partner liaison does")
{
    ClientWorld world;
    {
        MainWindow window(*world.service, world.clock, world.logIn(InitialisedDatabase::username), QString());
        REQUIRE(window.findChild<QWidget *>(QStringLiteral("casesView")) == nullptr);
        world.settle();
    }
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::liaison), QString());
    REQUIRE(window.findChild<QWidget *>(QStringLiteral("casesView")) != nullptr);
    world.settle();
}
