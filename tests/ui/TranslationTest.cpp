#include "ClientWorld.h"

#include "login/LoginDialog.h"

#include <QLabel>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

TEST_CASE("The client speaks Dutch: the shipped translation is loaded and used")
{
    ClientWorld world; // installs the translation as the client's main() does
    LoginDialog dialog(*world.service, QStringLiteral("Lokale database: test.db"));
    REQUIRE(dialog.windowTitle() == QStringLiteral("Casusregie: inloggen"));
    REQUIRE(QLocale().language() == QLocale::Dutch);
}
