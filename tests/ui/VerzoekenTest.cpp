#include "ClientWorld.h"

#include "main/MainWindow.h"
#include "verzoeken/VerzoekDialogs.h"

#include <QComboBox>
#include "forms/DateField.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

QPushButton *saveOf(QWidget *form)
{
    return form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
}

} // namespace

TEST_CASE("P 17, 18.4, 18.3 in the client: a request is registered, decided only after the identity is verified, a refusal only with a motivation")
{
    ClientWorld world;
    const QDate today = world.clock.today();
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::privacyOfficer), QString());
        window.show();
        world.settle();
        auto *table = window.findChild<QTableView *>(QStringLiteral("verzoekenTable"));
        REQUIRE(table->model()->rowCount() == 0);
        REQUIRE_FALSE(window.findChild<QPushButton *>(QStringLiteral("decideButton"))->isVisible()); // the hoofd decides

        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("registerVerzoekButton")), Qt::LeftButton);
        auto *registration = window.findChild<RegisterVerzoekDialog *>();
        registration->findChild<DateField *>(QStringLiteral("receivedEdit"))->setDate(today);
        QTest::keyClicks(registration->findChild<QLineEdit *>(QStringLiteral("requesterEdit")), QStringLiteral("J. de Vries"));
        QTest::mouseClick(saveOf(registration), Qt::LeftButton);
        world.settle();
        REQUIRE(table->model()->rowCount() == 1);
        REQUIRE(table->model()->index(0, 4).data().toString() == QStringLiteral("nog niet"));

        table->selectRow(0);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("identityButton")), Qt::LeftButton);
        auto *identity = window.findChild<VerifyIdentityDialog *>();
        identity->findChild<DateField *>(QStringLiteral("verifiedOnEdit"))->setDate(today);
        QTest::keyClicks(identity->findChild<QLineEdit *>(QStringLiteral("howEdit")), QStringLiteral("paspoort aan de balie"));
        QTest::mouseClick(saveOf(identity), Qt::LeftButton);
        world.settle();
        REQUIRE(table->model()->index(0, 4).data().toString() != QStringLiteral("nog niet"));
    }

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::hoofd), QString());
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("verzoekenTable"));
    table->selectRow(0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("decideButton")), Qt::LeftButton);
    auto *decision = window.findChild<DecideVerzoekDialog *>();
    auto *besluit = decision->findChild<QComboBox *>(QStringLiteral("besluitCombo"));
    besluit->setCurrentIndex(besluit->findData(enumKey(VerzoekBesluit::Afgewezen)));
    QTest::mouseClick(saveOf(decision), Qt::LeftButton);
    world.settle();
    REQUIRE(decision->isVisible()); // a refusal without a motivation is refused
    REQUIRE_FALSE(decision->findChild<QLabel *>(QStringLiteral("formErrorLabel"))->text().isEmpty());
    QTest::keyClicks(decision->findChild<QPlainTextEdit *>(QStringLiteral("motivationEdit")),
                     QStringLiteral("Art. 23 AVG: de gegevens vallen onder een lopend strafrechtelijk onderzoek"));
    QTest::mouseClick(saveOf(decision), Qt::LeftButton);
    world.settle();
    REQUIRE(table->model()->index(0, 6).data().toString() == QStringLiteral("Afgewezen"));

    table->selectRow(0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sentButton")), Qt::LeftButton);
    auto *sent = window.findChild<AnswerSentDialog *>();
    sent->findChild<DateField *>(QStringLiteral("sentEdit"))->setDate(today);
    QTest::mouseClick(saveOf(sent), Qt::LeftButton);
    world.settle();
    REQUIRE_FALSE(table->model()->index(0, 7).data().toString().isEmpty());

    // Issue 12: the written decision and the inzage overview open in the print preview.
    table->selectRow(0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("letterButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&]() {
        auto *preview = window.findChild<QPrintPreviewDialog *>(QStringLiteral("letterPreview"));
        return preview && preview->isVisible();
    }, 30000));
    window.findChild<QPrintPreviewDialog *>(QStringLiteral("letterPreview"))->close();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("overviewButton")), Qt::LeftButton);
    world.settle();
    REQUIRE(QTest::qWaitFor([&]() {
        auto *preview = window.findChild<QPrintPreviewDialog *>(QStringLiteral("overviewPreview"));
        return preview && preview->isVisible();
    }, 30000));
}
