// Issue 14: after the idle period (or Ctrl+L) the client shows no personal data anywhere, and only
// the same user's password opens it again, with every open form and its input as it was.
#include "ClientWorld.h"

#include "main/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

const QString hoofdpersoon = QStringLiteral("Sanne de Wit");
const QString typedInForm = QStringLiteral("Brief met de naam van Sanne de Wit verkeerd bezorgd");

// A casus whose hoofdpersoon the procesregisseur's worklist names.
void prepareCasus(ClientWorld &world)
{
    QObject context;
    const qint64 casusId = world.policeAanmeldingTakenOn();
    world.service->call(&context, [casusId](Service &service) -> Status {
        auto added = service.addBetrokkene({0, casusId, BetrokkeneCategorie::I, hoofdpersoon, QDate(1990, 5, 17),
                                            QStringLiteral("hoofdpersoon")});
        return added ? Status() : Status(std::unexpected(added.error()));
    }, [](const Status &done) { REQUIRE(done.has_value()); });
    world.settle();
}

// Every text a visible widget shows: labels, fields, table cells, window titles.
QStringList visibleTexts()
{
    QStringList texts;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (!widget->isVisible())
            continue;
        if (widget->isWindow())
            texts << widget->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts << line->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
                for (int column = 0; column < model->columnCount(view->rootIndex()); ++column)
                    texts << model->index(row, column, view->rootIndex()).data().toString();
            }
        }
    }
    return texts;
}

bool showsAnywhere(const QString &text)
{
    return visibleTexts().join(QLatin1Char('\n')).contains(text);
}

void showActive(ClientWorld &world, QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    world.settle();
}

void typePassword(ClientWorld &world, MainWindow &window, const QString &password)
{
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("unlockPasswordEdit"));
    REQUIRE(field->isVisible());
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    world.settle();
}

} // namespace

TEST_CASE("Issue 14: after the idle period no personal data is in any visible widget, the same user's password unlocks and typed input survives")
{
    ClientWorld world;
    prepareCasus(world);
    const User pr = world.logIn(ClientWorld::procesregisseur);
    MainWindow window(*world.service, world.clock, pr, QString());
    showActive(world, window);
    REQUIRE(showsAnywhere(hoofdpersoon)); // the worklist names the hoofdpersoon

    // A form with something typed in it, and a name on the clipboard.
    window.findChild<QAction *>(QStringLiteral("reportDatalekAction"))->trigger();
    world.settle();
    QPointer<QWidget> form = QApplication::activeModalWidget();
    REQUIRE(form != nullptr);
    auto *description = form->findChild<QPlainTextEdit *>();
    REQUIRE(description != nullptr);
    QTest::keyClicks(description, typedInForm);
    QGuiApplication::clipboard()->setText(hoofdpersoon);

    // Input now and then keeps it open: nine minutes, a key, nine more.
    world.clock.set(world.clock.now().addSecs(9 * 60));
    QTest::qWait(1200);
    REQUIRE_FALSE(window.isLocked());
    QTest::keyClick(description, Qt::Key_End);
    world.clock.set(world.clock.now().addSecs(9 * 60));
    QTest::qWait(1200);
    REQUIRE_FALSE(window.isLocked());

    // Ten minutes without a key or the mouse: locked.
    world.clock.set(world.clock.now().addSecs(60));
    REQUIRE(QTest::qWaitFor([&]() { return window.isLocked(); }, 3000));
    CHECK_FALSE(showsAnywhere(hoofdpersoon));
    CHECK_FALSE(showsAnywhere(QStringLiteral("verkeerd bezorgd")));
    CHECK(form->isHidden());
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("reportDatalekAction"))->isEnabled());
    CHECK(window.windowTitle().contains(pr.displayName)); // whose session it is; nothing about a casus

    // Another user's password does not open it (P 9.6: only who logged in sees their casussen).
    typePassword(world, window, QStringLiteral("het wachtwoord van iemand anders"));
    REQUIRE(window.isLocked());
    CHECK(window.findChild<QLabel *>(QStringLiteral("unlockMessageLabel"))->text().contains(QStringLiteral("klopt niet")));
    CHECK_FALSE(showsAnywhere(hoofdpersoon));

    typePassword(world, window, InitialisedDatabase::password);
    REQUIRE_FALSE(window.isLocked());
    REQUIRE(form != nullptr);
    CHECK(form->isVisible());
    CHECK(description->toPlainText() == typedInForm);
    CHECK(window.findChild<QAction *>(QStringLiteral("reportDatalekAction"))->isEnabled());
    CHECK(showsAnywhere(hoofdpersoon));
    form->close();
}

TEST_CASE("Issue 14: Ctrl+L locks at once, and the lock period can be no longer than the server's 15 minutes")
{
    ClientWorld world;
    const User pr = world.logIn(ClientWorld::procesregisseur);
    MainWindow window(*world.service, world.clock, pr, QString());
    showActive(world, window);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.isLocked());
    CHECK(window.findChild<QWidget *>(QStringLiteral("unlockPasswordEdit"))->hasFocus());
    typePassword(world, window, InitialisedDatabase::password);
    REQUIRE_FALSE(window.isLocked());

    // A settings file that asks for an hour still locks after 15 minutes.
    QSettings(QStringLiteral("Casusregie"), QStringLiteral("casusregie")).setValue(QStringLiteral("beveiliging/vergrendelenNaMinuten"), 60);
    MainWindow careless(*world.service, world.clock, pr, QString());
    careless.show();
    world.settle();
    world.clock.set(world.clock.now().addSecs(15 * 60));
    CHECK(QTest::qWaitFor([&]() { return careless.isLocked(); }, 3000));
    QSettings(QStringLiteral("Casusregie"), QStringLiteral("casusregie")).remove(QStringLiteral("beveiliging"));
}

TEST_CASE("Issue 14: when the desktop's screen saver starts the window locks too")
{
    // A private session bus, so the signal reaches nobody else's desktop.
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    REQUIRE(bus.waitForStarted());
    REQUIRE(QTest::qWaitFor([&]() { return bus.canReadLine(); }, 5000));
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());

    ClientWorld world;
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::procesregisseur), QString());
    showActive(world, window);
    REQUIRE_FALSE(window.isLocked());

    QDBusConnection desktop = QDBusConnection::connectToBus(address, QStringLiteral("desktop"));
    REQUIRE(desktop.isConnected());
    QDBusMessage stopped = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                      QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
    stopped << false;
    REQUIRE(desktop.send(stopped));
    QTest::qWait(300);
    CHECK_FALSE(window.isLocked()); // the screen saver ending locks nothing

    QDBusMessage started = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                      QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
    started << true;
    REQUIRE(desktop.send(started));
    CHECK(QTest::qWaitFor([&]() { return window.isLocked(); }, 5000));

    QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
    bus.terminate();
    bus.waitForFinished(5000);
}
