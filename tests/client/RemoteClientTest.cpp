#include "../server/ServerFixture.h"

#include "app/Translations.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "service/ServiceThread.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// Fills in and submits a login dialog the way a user would.
void logInWith(LoginDialog &dialog, const QString &password, const QString &code)
{
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")), password);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("totpLineEdit")), code);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

TEST_CASE("Connection lost: the client keeps the typed aanmelding, and submits it after the server is back and the user logged in again")
{
    installDutchTranslations(*QCoreApplication::instance());
    const QString username = QStringLiteral("politie");
    ServerFixture fixture;
    fixture.addUser(username, Role::Partnerdeelnemer, "Politie");
    fixture.start();

    ServiceThread service;
    const auto tls = tls::clientConfiguration(fixture.path("ca.pem"));
    REQUIRE(tls.has_value());
    const ServerProfile profile{QStringLiteral("127.0.0.1"), fixture.port(), {}, {}, {}};
    REQUIRE(service.start([&]() -> Result<std::shared_ptr<Service>> {
        return std::make_shared<RemoteService>(profile, *tls, 10000);
    }).has_value());
    auto settle = [&]() {
        QTest::qWait(0);
        REQUIRE(QTest::qWaitFor([&]() { return !service.isBusy(); }, 20000));
    };

    LoginDialog login(service, QStringLiteral("Server: 127.0.0.1"));
    login.show();
    QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")), username);
    logInWith(login, ServerFixture::password, fixture.codeFor(username, -1));
    settle();
    REQUIRE(login.user().has_value());

    SystemClock clock;
    MainWindow window(service, clock, *login.user(), QStringLiteral("Server: 127.0.0.1"));
    window.show();
    settle();
    auto *reden = window.findChild<QPlainTextEdit *>(QStringLiteral("redenEdit"));
    auto *submit = window.findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("sessionBanner"));
    const QString text = QStringLiteral("Overlast en verwaarlozing; hulpverlening loopt vast (fictief).");
    QTest::keyClicks(reden, text);

    fixture.kill();
    QTest::mouseClick(submit, Qt::LeftButton);
    settle();
    REQUIRE(banner->isVisible());
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("sessionBannerLabel"))->text().contains(QStringLiteral("verbinding")));
    REQUIRE(reden->toPlainText() == text);

    fixture.restartOnSamePort();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("loginAgainButton")), Qt::LeftButton);
    auto *again = window.findChild<LoginDialog *>(); // deletes itself once accepted
    REQUIRE(again != nullptr);
    logInWith(*again, ServerFixture::password, fixture.codeFor(username));
    settle();
    REQUIRE_FALSE(banner->isVisible());
    REQUIRE(reden->toPlainText() == text);

    QTest::mouseClick(submit, Qt::LeftButton);
    settle();
    REQUIRE(reden->toPlainText().isEmpty());
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text().contains(QStringLiteral("2026-0001")));
    REQUIRE(window.findChild<QTableView *>(QStringLiteral("casesTableView"))->model()->rowCount() == 1);
}
