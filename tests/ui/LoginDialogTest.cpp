#include "ClientWorld.h"

#include "login/LoginDialog.h"

#include "security/Totp.h"
#include "service/LocalService.h"
#include "storage/UserRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

struct LoginFixture {
    explicit LoginFixture(const std::function<void(Database &)> &prepare = {})
        : world(prepare)
    {
    }

    ClientWorld world;
    LoginDialog dialog{*world.service, QStringLiteral("Lokale database: test.db")};

    QLineEdit *username() { return dialog.findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")); }
    QLineEdit *password() { return dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")); }
    QLineEdit *code() { return dialog.findChild<QLineEdit *>(QStringLiteral("totpLineEdit")); }
    QLabel *error() { return dialog.findChild<QLabel *>(QStringLiteral("errorLabel")); }
    QPushButton *ok()
    {
        return dialog.findChild<QDialogButtonBox *>(QStringLiteral("loginButtonBox"))->button(QDialogButtonBox::Ok);
    }
};

} // namespace

TEST_CASE("Login dialog: the button stays disabled until username and password are typed")
{
    LoginFixture f;
    f.dialog.show();
    REQUIRE_FALSE(f.ok()->isEnabled());
    QTest::keyClicks(f.username(), InitialisedDatabase::username);
    REQUIRE_FALSE(f.ok()->isEnabled());
    QTest::keyClicks(f.password(), QStringLiteral("x"));
    REQUIRE(f.ok()->isEnabled());
    REQUIRE(f.password()->echoMode() == QLineEdit::Password);
}

TEST_CASE("Login dialog: a refused login shows why, keeps the username and clears the password")
{
    LoginFixture f;
    f.dialog.show();
    QTest::keyClicks(f.username(), InitialisedDatabase::username);
    QTest::keyClicks(f.password(), QStringLiteral("niet het wachtwoord"));
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    f.world.settle();

    REQUIRE(f.dialog.isVisible());
    REQUIRE(f.dialog.result() != QDialog::Accepted);
    REQUIRE(f.error()->isVisible());
    REQUIRE(f.error()->text() == QStringLiteral("Gebruikersnaam of wachtwoord onjuist."));
    REQUIRE(f.username()->text() == InitialisedDatabase::username);
    REQUIRE(f.password()->text().isEmpty());
    REQUIRE_FALSE(f.dialog.user().has_value());
}

TEST_CASE("Login dialog: while the password is being checked the window responds but takes no second submit")
{
    LoginFixture f;
    f.dialog.show();
    QTest::keyClicks(f.username(), InitialisedDatabase::username);
    QTest::keyClicks(f.password(), InitialisedDatabase::password);
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    // Argon2id takes a noticeable moment; the click returned at once and the button waits.
    REQUIRE(f.world.service->isBusy());
    REQUIRE_FALSE(f.ok()->isEnabled());
    f.world.settle();
    REQUIRE(f.dialog.result() == QDialog::Accepted);
}

TEST_CASE("Login dialog: the right password logs in and returns the user")
{
    LoginFixture f;
    f.dialog.show();
    QTest::keyClicks(f.username(), InitialisedDatabase::username);
    QTest::keyClicks(f.password(), InitialisedDatabase::password);
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    f.world.settle();

    REQUIRE(f.dialog.result() == QDialog::Accepted);
    REQUIRE(f.dialog.user().has_value());
    REQUIRE(f.dialog.user()->username == InitialisedDatabase::username);
}

TEST_CASE("Login dialog: logging in again after a lost session is only for the same account")
{
    LoginFixture f;
    f.dialog.askAgainFor(ClientWorld::liaison, QStringLiteral("Log opnieuw in als Agent Jansen."));
    f.dialog.show();
    REQUIRE(f.username()->text() == ClientWorld::liaison);
    REQUIRE(f.username()->isReadOnly());
    REQUIRE(f.dialog.findChild<QLabel *>(QStringLiteral("reasonLabel"))->isVisible());
}

TEST_CASE("B6 in the client: after a one-time password from beheer the user chooses their own before getting in")
{
    LoginFixture f;
    const QString oneTime = QStringLiteral("eenmalig wachtwoord 1");
    f.world.logIn(InitialisedDatabase::username);
    QObject context;
    std::optional<qint64> liaisonId;
    f.world.service->call(&context, [](Service &s) { return s.users(); }, [&](const Result<QList<User>> &users) {
        for (const User &user : *users) {
            if (user.username == ClientWorld::liaison)
                liaisonId = user.id;
        }
    });
    f.world.settle();
    std::optional<Status> reset;
    f.world.service->call(&context, [&](Service &s) { return s.resetPassword(*liaisonId, oneTime); },
                          [&](const Status &status) { reset = status; });
    f.world.settle();
    REQUIRE(reset->has_value());

    f.dialog.show();
    QTest::keyClicks(f.username(), ClientWorld::liaison);
    QTest::keyClicks(f.password(), oneTime);
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    f.world.settle();
    auto *choose = f.dialog.findChild<QDialog *>(QStringLiteral("newPasswordDialog"));
    REQUIRE(choose != nullptr);
    REQUIRE(f.dialog.result() != QDialog::Accepted);
    auto *ok = choose->findChild<QDialogButtonBox *>(QStringLiteral("newPasswordButtonBox"))->button(QDialogButtonBox::Ok);
    QTest::keyClicks(choose->findChild<QLineEdit *>(QStringLiteral("newPasswordLineEdit")), QStringLiteral("mijn eigen wachtwoord"));
    QTest::keyClicks(choose->findChild<QLineEdit *>(QStringLiteral("repeatPasswordLineEdit")), QStringLiteral("mijn eigen wachtwoorD"));
    REQUIRE_FALSE(ok->isEnabled());
    REQUIRE(choose->findChild<QLabel *>(QStringLiteral("newPasswordFeedbackLabel"))->text().contains(QStringLiteral("niet hetzelfde")));
    auto *repeat = choose->findChild<QLineEdit *>(QStringLiteral("repeatPasswordLineEdit"));
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("mijn eigen wachtwoord"));
    QTest::mouseClick(ok, Qt::LeftButton);
    f.world.settle();

    REQUIRE(f.dialog.result() == QDialog::Accepted);
    REQUIRE_FALSE(f.dialog.user()->mustChangePassword);
    // The one-time password no longer works; the user's own does.
    std::optional<bool> oldWorks;
    std::optional<bool> ownWorks;
    f.world.service->call(&context, [&](Service &s) { return s.login(ClientWorld::liaison, oneTime); },
                          [&](const Result<User> &user) { oldWorks = user.has_value(); });
    f.world.service->call(&context, [&](Service &s) { return s.login(ClientWorld::liaison, QStringLiteral("mijn eigen wachtwoord")); },
                          [&](const Result<User> &user) { ownWorks = user.has_value(); });
    f.world.settle();
    REQUIRE_FALSE(*oldWorks);
    REQUIRE(*ownWorks);
}

TEST_CASE("Issue 14: on a demo database an account with a second factor gets the code field and logs in with its code")
{
    const QByteArray secret = Totp::generateSecret();
    LoginFixture f([&](Database &database) {
        auto user = UserRepository(database).byUsername(ClientWorld::procesregisseur);
        REQUIRE(user.has_value());
        REQUIRE(UserRepository(database).setTotpSecret(user->id, secret).has_value());
    });
    f.dialog.show();
    REQUIRE(f.code()->isVisible());
    REQUIRE(f.dialog.findChild<QLabel *>(QStringLiteral("demoNoticeLabel"))->isVisible());

    // Without the code the account stays out, with the same message as a wrong password.
    QTest::keyClicks(f.username(), ClientWorld::procesregisseur);
    QTest::keyClicks(f.password(), InitialisedDatabase::password);
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.dialog.result() != QDialog::Accepted);
    REQUIRE(f.error()->text() == QStringLiteral("Gebruikersnaam of wachtwoord onjuist."));

    QTest::keyClicks(f.password(), InitialisedDatabase::password);
    QTest::keyClicks(f.code(), Totp::codeFor(secret, Totp::stepAt(f.world.clock.now())));
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.dialog.result() == QDialog::Accepted);
    REQUIRE(f.dialog.user()->username == ClientWorld::procesregisseur);
}

TEST_CASE("Issue 14: after too many attempts the login dialog says to contact functioneel beheer, for an unknown username as for a known one")
{
    for (const QString &username : {ClientWorld::procesregisseur, QStringLiteral("bestaat.niet")}) {
        LoginFixture f;
        f.dialog.show();
        QTest::keyClicks(f.username(), username);
        for (int attempt = 0; attempt < LocalService::lockAfterFailures; ++attempt) {
            f.world.clock.set(f.world.clock.now().addSecs(120)); // past every wait
            QTest::keyClicks(f.password(), QStringLiteral("verkeerd"));
            QTest::mouseClick(f.ok(), Qt::LeftButton);
            f.world.settle();
        }
        INFO(username.toStdString());
        REQUIRE(f.error()->isVisible());
        CHECK(f.error()->text().contains(QStringLiteral("functioneel beheer")));
        f.world.clock.set(f.world.clock.now().addSecs(3600));
        QTest::keyClicks(f.password(), InitialisedDatabase::password);
        QTest::mouseClick(f.ok(), Qt::LeftButton);
        f.world.settle();
        CHECK(f.dialog.result() != QDialog::Accepted);
        CHECK(f.error()->text().contains(QStringLiteral("functioneel beheer")));
    }
}
