#include "ClientWorld.h"

#include "login/SecondFactorEnrolmentDialog.h"
#include "main/MainWindow.h"
#include "users/AccountDialogs.h"
#include "users/RoleGrantDialog.h"
#include "users/UsersView.h"

#include "security/Totp.h"
#include "service/LocalService.h"
#include "storage/UserRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QUrlQuery>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

struct AccountsFixture {
    ClientWorld world;
    MainWindow window{*world.service, world.clock, world.logIn(InitialisedDatabase::username), QStringLiteral("Lokale database: test.db")};

    AccountsFixture()
    {
        window.show();
        world.settle();
    }

    QTableView *table() { return window.findChild<QTableView *>(QStringLiteral("usersTableView")); }
    QPushButton *button(const char *name) { return window.findChild<QPushButton *>(QLatin1String(name)); }

    void select(const QString &username)
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()->model()->index(row, 0).data().toString() == username) {
                table()->selectRow(row);
                return;
            }
        }
        FAIL("no such account in the table");
    }
    QString statusOf(const QString &username)
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()->model()->index(row, 0).data().toString() == username)
                return table()->model()->index(row, 5).data().toString();
        }
        return {};
    }
};

// What a phone's camera would read: the QR code decoded by zbarimg, from an image of the label.
QString decodeQrCode(const QPixmap &pixmap, const QString &folder)
{
    const QString path = folder + QStringLiteral("/qr.png");
    REQUIRE(pixmap.save(path));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    REQUIRE(zbar.waitForFinished(20000));
    QFile::remove(path); // it holds a secret
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("B6 in the client: functioneel beheer removes a second factor without ever seeing one")
{
    AccountsFixture f;
    {
        auto database = Database::open(f.world.setup.path(), f.world.setup.key, Database::OpenMode::Existing);
        UserRepository users(**database);
        REQUIRE(users.setTotpSecret(users.byUsername(ClientWorld::liaison)->id, Totp::generateSecret()).has_value());
    }
    f.select(ClientWorld::liaison);
    QTest::mouseClick(f.button("totpButton"), Qt::LeftButton);
    auto *confirm = f.window.findChild<QMessageBox *>(QStringLiteral("confirmTotpBox"));
    REQUIRE(confirm != nullptr);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    f.world.settle();

    REQUIRE(f.window.findChild<QLabel *>(QStringLiteral("qrCodeLabel")) == nullptr); // nothing to see
    REQUIRE(f.window.findChild<QLabel *>(QStringLiteral("usersFeedbackLabel"))->text().contains(QStringLiteral("verwijderd")));
    auto database = Database::open(f.world.setup.path(), f.world.setup.key, Database::OpenMode::Existing);
    UserRepository users(**database);
    REQUIRE(users.loginState(users.byUsername(ClientWorld::liaison)->id)->totpSecret.isEmpty());
}

TEST_CASE("B6 in the client: the user enrols their own second factor, and the QR code shown is the secret that then counts")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    SecondFactorEnrolmentDialog dialog(*world.service, QStringLiteral("Agent Jansen"));
    dialog.show();
    world.settle();

    const QString uri = decodeQrCode(dialog.findChild<QLabel *>(QStringLiteral("qrCodeLabel"))->pixmap(), world.setup.folder.path());
    REQUIRE(uri.startsWith(QStringLiteral("otpauth://totp/")));
    REQUIRE(uri.contains(ClientWorld::liaison));
    const QString secret = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
    REQUIRE(dialog.findChild<QLabel *>(QStringLiteral("secretLabel"))->text().remove(QLatin1Char(' ')).contains(secret));

    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("enrolmentCodeLineEdit"));
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("enrolmentButtonBox"))->button(QDialogButtonBox::Ok);
    QTest::keyClicks(code, QStringLiteral("12345"));
    REQUIRE_FALSE(ok->isEnabled()); // six digits needed
    code->clear();
    QByteArray bytes;
    {
        auto database = Database::open(world.setup.path(), world.setup.key, Database::OpenMode::Existing);
        UserRepository users(**database);
        bytes = users.loginState(users.byUsername(ClientWorld::liaison)->id)->pendingTotpSecret;
        REQUIRE(users.loginState(users.byUsername(ClientWorld::liaison)->id)->totpSecret.isEmpty()); // not before the first code
    }
    REQUIRE(Totp::base32(bytes) == secret);
    QTest::keyClicks(code, Totp::codeFor(bytes, Totp::stepAt(world.clock.now())));
    QTest::mouseClick(ok, Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto database = Database::open(world.setup.path(), world.setup.key, Database::OpenMode::Existing);
    UserRepository users(**database);
    REQUIRE(Totp::base32(users.loginState(users.byUsername(ClientWorld::liaison)->id)->totpSecret) == secret);
}

TEST_CASE("Accounts in the client: blocking ends an account's use and unblocking restores it, not one's own")
{
    AccountsFixture f;
    REQUIRE(f.statusOf(ClientWorld::liaison) == QStringLiteral("Actief"));
    f.select(ClientWorld::liaison);
    QTest::mouseClick(f.button("activeButton"), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.statusOf(ClientWorld::liaison) == QStringLiteral("Geblokkeerd"));

    f.select(ClientWorld::liaison);
    REQUIRE(f.button("activeButton")->text().remove(QLatin1Char('&')) == QStringLiteral("Account deblokkeren"));
    QTest::mouseClick(f.button("activeButton"), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.statusOf(ClientWorld::liaison) == QStringLiteral("Actief"));

    f.select(InitialisedDatabase::username);
    QTest::mouseClick(f.button("activeButton"), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.statusOf(InitialisedDatabase::username) == QStringLiteral("Actief"));
    REQUIRE(f.window.findChild<QLabel *>(QStringLiteral("usersFeedbackLabel"))->text().contains(QStringLiteral("eigen account")));
}

TEST_CASE("B6 in the client: a role waiting for the hoofd's confirmation and a one-time password show in the accounts list")
{
    AccountsFixture f;
    qint64 liaisonId = 0;
    {
        auto database = Database::open(f.world.setup.path(), f.world.setup.key, Database::OpenMode::Existing);
        liaisonId = UserRepository(**database).byUsername(ClientWorld::liaison)->id;
    }
    QObject context;
    std::optional<Status> granted;
    std::optional<Status> reset;
    f.world.service->call(&context, [liaisonId](Service &s) { return s.setUserRoles(liaisonId, {Role::Partnerdeelnemer, Role::Procesregisseur}); },
                          [&](const Status &status) { granted = status; });
    f.world.service->call(&context, [liaisonId](Service &s) { return s.resetPassword(liaisonId, QStringLiteral("eenmalig wachtwoord 1")); },
                          [&](const Status &status) { reset = status; });
    f.world.settle();
    REQUIRE(granted->has_value());
    REQUIRE(reset->has_value());
    f.window.findChild<UsersView *>()->refresh();
    f.world.settle();

    int found = 0;
    for (int row = 0; row < f.table()->model()->rowCount(); ++row) {
        if (f.table()->model()->index(row, 0).data().toString() != ClientWorld::liaison)
            continue;
        ++found;
        REQUIRE(f.table()->model()->index(row, 3).data().toString().contains(QStringLiteral("Procesregisseur (wacht op bevestiging)")));
        REQUIRE(f.table()->model()->index(row, 5).data().toString() == QStringLiteral("Actief, eenmalig wachtwoord nog niet vervangen"));
    }
    REQUIRE(found == 1);
}

TEST_CASE("Issue 14: an account locked out by wrong passwords shows as locked out, not as active, until beheer lifts the lockout")
{
    AccountsFixture f;
    // Six wrong passwords for the police liaison; then beheer logs in again.
    QObject context;
    for (int attempt = 0; attempt < LocalService::lockAfterFailures; ++attempt) {
        f.world.clock.set(f.world.clock.now().addSecs(120)); // past the growing wait between attempts
        f.world.service->call(&context, [](Service &service) { return service.login(ClientWorld::liaison, QStringLiteral("geraden")); },
                              [](const Result<User> &refused) { REQUIRE_FALSE(refused.has_value()); });
        f.world.settle();
    }
    f.world.logIn(InitialisedDatabase::username);
    f.window.refresh();
    f.world.settle();
    REQUIRE(f.statusOf(ClientWorld::liaison) == QStringLiteral("Geblokkeerd na te veel onjuiste wachtwoorden"));
    f.select(ClientWorld::liaison);
    REQUIRE(f.button("unlockButton")->isEnabled());
    QTest::mouseClick(f.button("unlockButton"), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.statusOf(ClientWorld::liaison) == QStringLiteral("Actief"));
}

namespace {

QString rolesOf(AccountsFixture &f, const QString &username)
{
    for (int row = 0; row < f.table()->model()->rowCount(); ++row) {
        if (f.table()->model()->index(row, 0).data().toString() == username)
            return f.table()->model()->index(row, 3).data().toString();
    }
    return {};
}

void tickRole(QWidget *form, Role role)
{
    auto *roles = form->findChild<QListWidget *>(QStringLiteral("rolesList"));
    for (int row = 0; row < roles->count(); ++row) {
        if (roles->item(row)->data(Qt::UserRole).toString() == enumKey(role))
            roles->item(row)->setCheckState(Qt::Checked);
    }
}

} // namespace

TEST_CASE("Issue 14: functioneel beheer makes an account with a one-time password that opens only choosing an own one, and the roles wait for the hoofd")
{
    AccountsFixture f;
    f.button("newAccountButton")->click();
    auto *form = f.window.findChild<NewAccountDialog *>();
    REQUIRE(form != nullptr);
    REQUIRE_FALSE(saveOf(form)->isEnabled());
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("usernameEdit")), QStringLiteral("pr.nieuw"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Procesregisseur Nieuw"));
    tickRole(form, Role::Procesregisseur);
    const QString password = form->password();
    CHECK(password.size() == 19); // four groups of four, read out easily
    CHECK(form->findChild<QLineEdit *>(QStringLiteral("oneTimePasswordEdit"))->isReadOnly());
    saveOf(form)->click();
    f.world.settle();
    REQUIRE(f.window.findChild<NewAccountDialog *>() == nullptr);
    auto *handOver = f.window.findChild<QMessageBox *>(QStringLiteral("oneTimePasswordMessage"));
    REQUIRE(handOver != nullptr);
    CHECK(handOver->text().contains(password));
    handOver->close();
    CHECK(rolesOf(f, QStringLiteral("pr.nieuw")) == QStringLiteral("Procesregisseur (wacht op bevestiging)"));
    CHECK(f.statusOf(QStringLiteral("pr.nieuw")) == QStringLiteral("Actief, eenmalig wachtwoord nog niet vervangen"));

    // The new user gets in with it, and can do nothing but choose an own password.
    QObject context;
    std::optional<Result<User>> login;
    f.world.service->call(&context, [password](Service &s) { return s.login(QStringLiteral("pr.nieuw"), password); },
                          [&](const Result<User> &user) { login = user; });
    f.world.settle();
    REQUIRE(login->has_value());
    CHECK((*login)->mustChangePassword);
    std::optional<Result<QList<Party>>> parties;
    f.world.service->call(&context, [](Service &s) { return s.parties(); }, [&](const Result<QList<Party>> &p) { parties = p; });
    f.world.settle();
    CHECK_FALSE(parties->has_value());
}

TEST_CASE("Issue 14: functioneel beheer changes another account's roles and gives it a new one-time password, never its own roles")
{
    AccountsFixture f;
    f.select(ClientWorld::liaison);
    f.button("rolesButton")->click();
    auto *roles = f.window.findChild<RolesDialog *>();
    REQUIRE(roles != nullptr);
    tickRole(roles, Role::Casusregisseur);
    saveOf(roles)->click();
    f.world.settle();
    REQUIRE(f.window.findChild<RolesDialog *>() == nullptr);
    CHECK(rolesOf(f, ClientWorld::liaison).contains(QStringLiteral("Casusregisseur")));

    f.select(ClientWorld::liaison);
    f.button("passwordButton")->click();
    auto *reset = f.window.findChild<ResetPasswordDialog *>();
    REQUIRE(reset != nullptr);
    const QString password = reset->password();
    saveOf(reset)->click();
    f.world.settle();
    CHECK(f.statusOf(ClientWorld::liaison) == QStringLiteral("Actief, eenmalig wachtwoord nog niet vervangen"));
    auto *handOver = f.window.findChild<QMessageBox *>(QStringLiteral("oneTimePasswordMessage"));
    REQUIRE(handOver != nullptr);
    CHECK(handOver->text().contains(password));
    handOver->close();

    // Its own roles: the form opens, the service refuses, the form says why and keeps the choice.
    f.select(InitialisedDatabase::username);
    f.button("rolesButton")->click();
    auto *own = f.window.findChild<RolesDialog *>();
    REQUIRE(own != nullptr);
    tickRole(own, Role::Hoofd);
    saveOf(own)->click();
    f.world.settle();
    REQUIRE(own->isVisible());
    CHECK(own->findChild<QLabel *>(QStringLiteral("formErrorLabel"))->text().contains(QStringLiteral("eigen rollen")));
}

TEST_CASE("Issue 14 and B6 in the client: the hoofd confirms a procesregisseur role that beheer asked for and the FG may not and says why")
{
    ClientWorld world;
    QObject context;
    world.logIn(InitialisedDatabase::username);
    NewUser input;
    input.user.username = QStringLiteral("pr.nieuw");
    input.user.displayName = QStringLiteral("Procesregisseur Nieuw");
    input.user.partyId = world.logIn(ClientWorld::procesregisseur).partyId;
    input.user.roles = {Role::Procesregisseur};
    input.password = QStringLiteral("Eenmalig-wachtwoord-2026");
    world.logIn(InitialisedDatabase::username);
    world.service->call(&context, [input](Service &service) { return service.addUser(input); },
                        [](const Result<qint64> &added) { REQUIRE(added.has_value()); });
    world.settle();

    const auto selectWaiting = [&](MainWindow &window) {
        auto *table = window.findChild<QTableView *>(QStringLiteral("roleGrantsTable"));
        REQUIRE(table != nullptr);
        REQUIRE(table->model()->rowCount() == 1);
        CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("pr.nieuw"));
        table->selectRow(0);
        return table;
    };
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::auditor), QString());
        window.show();
        world.settle();
        selectWaiting(window);
        auto *confirm = window.findChild<QPushButton *>(QStringLiteral("confirmRoleButton"));
        CHECK_FALSE(confirm->isEnabled());
        CHECK(confirm->toolTip().contains(QStringLiteral("Hoofd")));
    }
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::hoofd), QString());
        window.show();
        world.settle();
        QTableView *table = selectWaiting(window);
        CHECK(window.findChild<QLabel *>(QStringLiteral("roleGrantsSummaryLabel"))->text().startsWith(QStringLiteral("1 rol")));
        auto *confirm = window.findChild<QPushButton *>(QStringLiteral("confirmRoleButton"));
        REQUIRE(confirm->isEnabled());
        confirm->click();
        auto *dialog = window.findChild<RoleGrantDialog *>();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("roleGrantAccountLabel"))->text().contains(QStringLiteral("pr.nieuw")));
        saveOf(dialog)->click();
        world.settle();
        CHECK(table->model()->index(0, 4).data().toString().startsWith(QStringLiteral("bevestigd")));
        CHECK_FALSE(confirm->isEnabled()); // decided once
    }
    // The account now has the role.
    world.logIn(InitialisedDatabase::username);
    std::optional<QList<Role>> roles;
    world.service->call(&context, [](Service &service) { return service.users(); }, [&](const Result<QList<User>> &users) {
        for (const User &user : users.value_or(QList<User>()))
            if (user.username == QStringLiteral("pr.nieuw"))
                roles = user.roles;
    });
    world.settle();
    REQUIRE(roles.has_value());
    CHECK(*roles == QList<Role>{Role::Procesregisseur});
}
