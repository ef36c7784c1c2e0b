#include "TestSupport.h"

#include "main/MainWindow.h"
#include "service/LocalService.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

TEST_CASE("Main window: shows the seeded parties and filters them by a search term")
{
    FakeClock clock;
    InitialisedDatabase setup(clock);
    LocalService service(setup.database(), clock, setup.auditKey);
    const User user = *service.login(InitialisedDatabase::username, InitialisedDatabase::password);

    MainWindow window(service, clock, user, QStringLiteral("Lokale database: test.db"));
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("partiesTableView"));
    REQUIRE(table->model()->rowCount() == 42);

    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("partiesFilterLineEdit")), QStringLiteral("gemeente"));
    REQUIRE(table->model()->rowCount() == 15);
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(user.displayName));
}
