#include "ClientWorld.h"

#include "main/MainWindow.h"

#include <QLabel>
#include <QLocale>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

void submit(ClientWorld &world, int count)
{
    QObject context;
    for (int i = 0; i < count; ++i)
        world.service->call(&context, [](Service &service) { return service.submitAanmelding({QStringLiteral("Zorgen (fictief)")}); },
                            [](const Result<CasusOverview> &casus) { REQUIRE(casus.has_value()); });
    world.settle();
}

QString cellText(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QString countFor(QTableView *table, const QString &category)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cellText(table, row, 1) == category)
            return cellText(table, row, 2);
    }
    return {};
}

} // namespace

TEST_CASE("C 12.3, P 11.7 in the client: the annual figures count per party and outcome, and show 1 to 4 as <5")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    submit(world, 6);
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::procesregisseur), QString());
    submit(world, 2);
    window.refresh();
    window.show();
    world.settle();

    auto *table = window.findChild<QTableView *>(QStringLiteral("figuresTable"));
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("receivedLabel"))->text().endsWith(QStringLiteral(": 8")));
    REQUIRE(countFor(table, QStringLiteral("Politie Eenheid Rotterdam")) == QStringLiteral("6"));
    REQUIRE(countFor(table, QStringLiteral("Gemeente Rotterdam")) == QStringLiteral("<5"));
    REQUIRE(countFor(table, QStringLiteral("nog lopend")) == QStringLiteral("8"));
}

TEST_CASE("C 12.3 in the client: the month table shows the casussen aangemeld this month in phase order")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    submit(world, 6);
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::procesregisseur), QString());
    window.refresh();
    window.show();
    world.settle();

    auto *months = window.findChild<QTableView *>(QStringLiteral("monthTable"));
    REQUIRE(months->model()->rowCount() == 12);
    REQUIRE(months->model()->columnCount() == 5); // the month, then the phases in order
    REQUIRE(months->model()->headerData(1, Qt::Horizontal).toString() == enumLabel(Phase::Aanmelding));
    REQUIRE(months->model()->headerData(4, Qt::Horizontal).toString() == enumLabel(Phase::Afschaling));
    const int thisMonth = world.clock.today().month() - 1;
    CHECK(cellText(months, thisMonth, 0) == QLocale().standaloneMonthName(thisMonth + 1));
    REQUIRE(cellText(months, thisMonth, 1) == QStringLiteral("6"));
    REQUIRE(cellText(months, thisMonth, 2) == QStringLiteral("0"));
    REQUIRE(cellText(months, (thisMonth + 1) % 12, 1) == QStringLiteral("0"));
}
