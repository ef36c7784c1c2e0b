#include "ClientWorld.h"

#include "../render/PdfReader.h"

#include "forms/DocumentOutput.h"
#include "main/MainWindow.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <QLabel>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// A processor approved by the hoofd a year and a day ago: due for its yearly review.
void addDueVerwerker(ClientWorld &world)
{
    world.logIn(ClientWorld::privacyOfficer);
    QObject context;
    Verwerker verwerker;
    verwerker.naam = QStringLiteral("Hostingbedrijf (fictief)");
    verwerker.dienst = QStringLiteral("beheer van de server");
    verwerker.approvedByHoofdOn = world.clock.today().addYears(-1).addDays(-1);
    world.service->call(&context, [verwerker](Service &service) { return service.addVerwerker(verwerker); },
                        [](const Result<qint64> &added) { REQUIRE(added.has_value()); });
    world.settle();
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
