#include "ClientWorld.h"

#include "main/MainWindow.h"

#include <QLabel>
#include <QTableWidget>

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

QString countFor(QTableWidget *table, const QString &category)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == category)
            return table->item(row, 2)->text();
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

    auto *table = window.findChild<QTableWidget *>(QStringLiteral("figuresTable"));
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

    auto *months = window.findChild<QTableWidget *>(QStringLiteral("monthTable"));
    REQUIRE(months->rowCount() == 12);
    REQUIRE(months->columnCount() == 4);
    REQUIRE(months->horizontalHeaderItem(0)->text() == enumLabel(Phase::Aanmelding));
    REQUIRE(months->horizontalHeaderItem(3)->text() == enumLabel(Phase::Afschaling));
    const int thisMonth = world.clock.today().month() - 1;
    REQUIRE(months->item(thisMonth, 0)->text() == QStringLiteral("6"));
    REQUIRE(months->item(thisMonth, 1)->text() == QStringLiteral("0"));
    REQUIRE(months->item((thisMonth + 1) % 12, 0)->text() == QStringLiteral("0"));
}
