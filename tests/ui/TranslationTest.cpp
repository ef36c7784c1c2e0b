#include "TestSupport.h"

#include "app/Translations.h"
#include "login/LoginDialog.h"
#include "service/LocalService.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLabel>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

TEST_CASE("The client speaks Dutch: the shipped translation is loaded and used")
{
    installDutchTranslations(*QCoreApplication::instance());
    FakeClock clock;
    InitialisedDatabase setup(clock);
    LocalService service(setup.database(), clock, setup.auditKey);
    LoginDialog dialog(service, QStringLiteral("Lokale database: test.db"));
    REQUIRE(dialog.windowTitle() == QStringLiteral("Casusregie: inloggen"));
    REQUIRE(QLocale().language() == QLocale::Dutch);
}
