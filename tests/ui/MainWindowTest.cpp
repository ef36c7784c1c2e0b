#include "ClientWorld.h"

#include "main/ClipboardGuard.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QSettings>
#include <QFontMetricsF>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>

#include <cmath>

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

TEST_CASE("Issue 13: the main window comes back at the size the user left it, and the settings file holds no personal data")
{
    ClientWorld world;
    const User user = world.logIn(ClientWorld::procesregisseur);
    {
        MainWindow window(*world.service, world.clock, user, QString());
        window.show();
        world.settle();
        window.resize(1001, 651);
        world.settle();
        window.close();
    }
    MainWindow again(*world.service, world.clock, user, QString());
    again.show();
    world.settle();
    CHECK(again.size() == QSize(1001, 651));
    QFile file(QSettings(QStringLiteral("Casusregie"), QStringLiteral("casusregie")).fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString stored = QString::fromUtf8(file.readAll());
    CHECK(stored.contains(QStringLiteral("mainWindow")));
    for (const QString &personal : {user.username, user.displayName, QStringLiteral("Politie")})
        CHECK_FALSE(stored.contains(personal));
}

TEST_CASE("Issue 14: text copied from the client leaves the clipboard after its time and when the window goes, other text stays")
{
    QWidget window;
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QClipboard *clipboard = QGuiApplication::clipboard();
    {
        ClipboardGuard guard(std::chrono::milliseconds(200));
        clipboard->setText(QStringLiteral("Sanne de Wit, 17-05-1990"));
        QTest::qWait(50);
        CHECK(clipboard->text() == QStringLiteral("Sanne de Wit, 17-05-1990")); // still there to paste
        CHECK(QTest::qWaitFor([&]() { return clipboard->text().isEmpty(); }, 5000));

        clipboard->setText(QStringLiteral("Huurachterstand"));
    } // the client closes before the time is up
    CHECK(clipboard->text().isEmpty());

    // Copied while another program had the focus: not the client's to clear.
    ClipboardGuard guard(std::chrono::milliseconds(100), [] { return false; });
    clipboard->setText(QStringLiteral("iets uit een ander programma"));
    QTest::qWait(300);
    CHECK(clipboard->text() == QStringLiteral("iets uit een ander programma"));
    guard.clearNow();
    CHECK(clipboard->text() == QStringLiteral("iets uit een ander programma"));
    clipboard->clear();
}

TEST_CASE("The search fields show their whole hint of what to type at the main window's first size")
{
    ClientWorld world;
    for (const QString &username : {ClientWorld::procesregisseur, ClientWorld::liaison}) {
        INFO(username.toStdString());
        MainWindow window(*world.service, world.clock, world.logIn(username), QString());
        window.show();
        world.settle();
        const auto fields = window.findChild<QWidget *>(QStringLiteral("casesView"))->findChildren<QLineEdit *>();
        int checked = 0;
        for (const QLineEdit *field : fields) {
            if (!field->isVisible() || field->placeholderText().isEmpty())
                continue;
            INFO(field->objectName().toStdString() << ": " << field->placeholderText().toStdString());
            // Where QLineEdit draws its text: the style's contents rectangle less the text margins,
            // its own 2 pixels a side, and the clear button where there is one.
            QStyleOptionFrame option;
            option.initFrom(field);
            option.rect = field->rect();
            option.lineWidth = field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field);
            const QMargins margins = field->textMargins();
            const int clearButton = field->isClearButtonEnabled() ? field->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8 : 0;
            const int room = field->style()->subElementRect(QStyle::SE_LineEditContents, &option, field).width() - margins.left()
                             - margins.right() - 4 - clearButton;
            CHECK(room >= std::ceil(QFontMetricsF(field->font()).horizontalAdvance(field->placeholderText())));
            ++checked;
        }
        CHECK(checked >= 1);
        window.close();
        world.settle();
    }
}
