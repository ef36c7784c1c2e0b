#include "ClientWorld.h"

#include "main/MainWindow.h"
#include "storage/SqlStatement.h"

#include <QLabel>
#include <QPushButton>

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
