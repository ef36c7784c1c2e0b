#include "ClientWorld.h"

#include "main/MainWindow.h"

#include <QLabel>
#include <QTableWidget>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

TEST_CASE("P 24.3, 22.3 in the client: the verwerkingsregister per phase, and processors due for their yearly review marked")
{
    ClientWorld world;
    world.logIn(ClientWorld::privacyOfficer);
    QObject context;
    Verwerker verwerker;
    verwerker.naam = QStringLiteral("Hostingbedrijf (fictief)");
    verwerker.dienst = QStringLiteral("beheer van de server");
    verwerker.approvedByHoofdOn = world.clock.today().addYears(-1).addDays(-1); // a year ago: due
    world.service->call(&context, [verwerker](Service &service) { return service.addVerwerker(verwerker); },
                        [](const Result<qint64> &added) { REQUIRE(added.has_value()); });
    world.settle();

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
    window.show();
    world.settle();
    REQUIRE(window.findChild<QTableWidget *>(QStringLiteral("verwerkingenTable"))->rowCount() >= 4); // seeded per phase
    REQUIRE(window.findChild<QTableWidget *>(QStringLiteral("verwerkersTable"))->rowCount() == 1);
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("reviewLabel"))->text().startsWith(QStringLiteral("1 verwerker")));
}
