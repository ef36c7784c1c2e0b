#include "ClientWorld.h"

#include "main/MainWindow.h"
#include "security/Totp.h"
#include "storage/UserRepository.h"
#include "users/TotpEnrolmentDialog.h"

#include <QLabel>
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

TEST_CASE("Second factor from the client: functioneel beheer enrols it and the QR code shown is the account's new secret")
{
    AccountsFixture f;
    f.select(ClientWorld::liaison);
    QTest::mouseClick(f.button("totpButton"), Qt::LeftButton);
    auto *confirm = f.window.findChild<QMessageBox *>(QStringLiteral("confirmTotpBox"));
    REQUIRE(confirm != nullptr);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    f.world.settle();

    auto *dialog = f.window.findChild<TotpEnrolmentDialog *>();
    REQUIRE(dialog != nullptr);
    const QString uri = decodeQrCode(dialog->findChild<QLabel *>(QStringLiteral("qrCodeLabel"))->pixmap(), f.world.setup.folder.path());
    REQUIRE(uri.startsWith(QStringLiteral("otpauth://totp/")));
    REQUIRE(uri.contains(ClientWorld::liaison));
    const QString secret = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
    REQUIRE(dialog->findChild<QLabel *>(QStringLiteral("secretLabel"))->text().remove(QLatin1Char(' ')).contains(secret));

    auto database = Database::open(f.world.setup.path(), f.world.setup.key, Database::OpenMode::Existing);
    REQUIRE(database.has_value());
    UserRepository users(**database);
    const qint64 id = users.byUsername(ClientWorld::liaison)->id;
    REQUIRE(Totp::base32(users.loginState(id)->totpSecret) == secret);
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
