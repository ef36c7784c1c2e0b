#include "ClientWorld.h"

#include "forms/DateField.h"
#include "main/MainWindow.h"
#include "verzoeken/VerzoekDialogs.h"
#include "verzoeken/VerzoekExecutionDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

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

TEST_CASE("Issue 14: the hoofd sees the chosen request in full before deciding: deadline and its counting, the casus, and police data marked as routed")
{
    ClientWorld world;
    QObject context;
    const qint64 casusId = world.policeAanmeldingTakenOn();
    const qint64 policeParty = world.logIn(ClientWorld::liaison).partyId;
    world.logIn(ClientWorld::procesregisseur);
    world.service->call(&context, [casusId, policeParty](Service &service) -> Status {
        auto persoon = service.addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("J. de Vries"), QDate(1980, 2, 3), {}});
        if (!persoon)
            return std::unexpected(persoon.error());
        auto item = service.addGegeven({casusId, *persoon, DataCategory::Politiegegevens, QStringLiteral("Melding overlast"), policeParty,
                                        Grondslag::Wpg20, false, QStringLiteral("Nodig voor het gezamenlijk beeld")});
        return item ? Status() : Status(std::unexpected(item.error()));
    }, [](const Status &done) { REQUIRE(done.has_value()); });
    world.settle();
    const User privacy = world.logIn(ClientWorld::privacyOfficer);
    const QDate today = world.clock.today();
    world.service->call(&context, [today, via = privacy.partyId](Service &service) -> Status {
        Verzoek verzoek;
        verzoek.type = VerzoekType::Inzage;
        verzoek.viaPartyId = via;
        verzoek.receivedOn = today;
        verzoek.requesterName = QStringLiteral("J. de Vries");
        verzoek.requesterBirthDate = QDate(1980, 2, 3);
        auto id = service.registerVerzoek(verzoek);
        if (!id)
            return std::unexpected(id.error());
        return service.verifyIdentity(*id, today, QStringLiteral("paspoort aan de balie"));
    }, [](const Status &done) {
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.has_value());
    });
    world.settle();

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::hoofd), QString());
    window.show();
    world.settle();
    auto *panel = window.findChild<QWidget *>(QStringLiteral("verzoekDossierPanel"));
    REQUIRE(panel != nullptr);
    CHECK(panel->isHidden()); // nothing chosen, nothing shown
    window.findChild<QTableView *>(QStringLiteral("verzoekenTable"))->selectRow(0);
    world.settle();
    CHECK_FALSE(panel->isHidden());
    const QString summary = window.findChild<QLabel *>(QStringLiteral("dossierSummaryLabel"))->text();
    CHECK(summary.contains(QStringLiteral("J. de Vries")));
    CHECK(summary.contains(QStringLiteral("paspoort aan de balie")));
    CHECK(summary.contains(QStringLiteral("Een maand na ontvangst (P 18.2)")));
    CHECK(summary.contains(QStringLiteral("2026-0001")));
    auto *items = window.findChild<QTableView *>(QStringLiteral("dossierItemsTable"));
    REQUIRE(items->model()->rowCount() == 1);
    CHECK(items->model()->index(0, 4).data().toString().contains(QStringLiteral("Wpg-loket")));
    CHECK_FALSE(summary.contains(QStringLiteral("Melding overlast"))); // what the item says is not the decider's business here
    if (const QString shots = qEnvironmentVariable("CASUSREGIE_SCREENSHOTS"); !shots.isEmpty()) {
        window.resize(1280, 720);
        window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("verzoekenView")));
        world.settle();
        window.grab().save(shots + QStringLiteral("/verzoek-dossier.png"));
    }
}

TEST_CASE("Issue 14 and P 19 in the client: the hoofd corrects the requester's item under a granted correction request from the dossier and a police item stays with the police")
{
    ClientWorld world;
    QObject context;
    const qint64 casusId = world.policeAanmeldingTakenOn();
    const qint64 policeParty = world.logIn(ClientWorld::liaison).partyId;
    const User pr = world.logIn(ClientWorld::procesregisseur);
    world.service->call(&context, [casusId, policeParty, own = pr.partyId](Service &service) -> Status {
        auto persoon = service.addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("J. de Vries"), QDate(1980, 2, 3), {}});
        if (!persoon)
            return std::unexpected(persoon.error());
        for (const auto &[category, content, supplier, grondslag] :
             {std::tuple{DataCategory::Personalia, QStringLiteral("Woont Oude Binnenweg 1 (fictief)"), own, Grondslag::Avg6_1e},
              std::tuple{DataCategory::Politiegegevens, QStringLiteral("Melding overlast"), policeParty, Grondslag::Wpg20}}) {
            auto item = service.addGegeven({casusId, *persoon, category, content, supplier, grondslag, false,
                                            QStringLiteral("Nodig voor het gezamenlijk beeld")});
            if (!item)
                return std::unexpected(item.error());
        }
        return {};
    }, [](const Status &done) {
        INFO((done ? QString() : done.error().message).toStdString());
        REQUIRE(done.has_value());
    });
    world.settle();
    const User privacy = world.logIn(ClientWorld::privacyOfficer);
    const QDate today = world.clock.today();
    qint64 verzoekId = 0;
    world.service->call(&context, [today, via = privacy.partyId](Service &service) -> Result<qint64> {
        Verzoek verzoek;
        verzoek.type = VerzoekType::Correctie;
        verzoek.viaPartyId = via;
        verzoek.receivedOn = today;
        verzoek.requesterName = QStringLiteral("J. de Vries");
        verzoek.requesterBirthDate = QDate(1980, 2, 3);
        auto id = service.registerVerzoek(verzoek);
        if (!id)
            return id;
        if (auto verified = service.verifyIdentity(*id, today, QStringLiteral("paspoort aan de balie")); !verified)
            return std::unexpected(verified.error());
        return id;
    }, [&](const Result<qint64> &id) { verzoekId = id.value_or(0); });
    world.settle();
    REQUIRE(verzoekId != 0);

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::hoofd), QString());
    window.show();
    world.settle();
    window.findChild<QTableView *>(QStringLiteral("verzoekenTable"))->selectRow(0);
    world.settle();
    auto *items = window.findChild<QTableView *>(QStringLiteral("dossierItemsTable"));
    REQUIRE(items->model()->rowCount() == 2);
    auto *correct = window.findChild<QPushButton *>(QStringLiteral("correctItemButton"));
    auto *erase = window.findChild<QPushButton *>(QStringLiteral("eraseItemButton"));
    const auto rowOf = [&](const QString &category) {
        for (int row = 0; row < items->model()->rowCount(); ++row)
            if (items->model()->index(row, 1).data().toString().startsWith(category))
                return row;
        return -1;
    };
    items->selectRow(rowOf(QStringLiteral("Personalia")));
    CHECK_FALSE(correct->isEnabled()); // not decided yet
    CHECK(correct->toolTip().contains(QStringLiteral("toe te wijzen")));
    CHECK_FALSE(erase->isEnabled());

    world.service->call(&context, [verzoekId](Service &service) {
        return service.decideVerzoek(verzoekId, VerzoekBesluit::Toegewezen, QStringLiteral("Adres aantoonbaar onjuist"));
    }, [](const Status &done) { REQUIRE(done.has_value()); });
    world.settle();
    window.findChild<QTableView *>(QStringLiteral("verzoekenTable"))->clearSelection();
    window.findChild<QTableView *>(QStringLiteral("verzoekenTable"))->selectRow(0);
    world.settle();
    items->selectRow(rowOf(QStringLiteral("Politiegegevens")));
    CHECK_FALSE(correct->isEnabled());
    CHECK(correct->toolTip().contains(QStringLiteral("Wpg")));
    items->selectRow(rowOf(QStringLiteral("Personalia")));
    REQUIRE(correct->isEnabled());
    CHECK_FALSE(erase->isEnabled()); // a correction request erases nothing
    correct->click();
    auto *dialog = window.findChild<CorrectItemDialog *>();
    REQUIRE(dialog != nullptr);
    auto *content = dialog->findChild<QPlainTextEdit *>(QStringLiteral("correctedContentEdit"));
    CHECK(content->toPlainText() == QStringLiteral("Woont Oude Binnenweg 1 (fictief)"));
    CHECK_FALSE(saveOf(dialog)->isEnabled()); // nothing corrected yet
    content->setPlainText(QStringLiteral("Woont Nieuwe Binnenweg 1 (fictief)"));
    saveOf(dialog)->click();
    world.settle();
    REQUIRE(window.findChild<CorrectItemDialog *>() == nullptr);

    // The procesregisseur's casus now holds the corrected content.
    world.logIn(ClientWorld::procesregisseur);
    QStringList contents;
    world.service->call(&context, [casusId](Service &service) { return service.gegevens(casusId); },
                        [&](const Result<QList<Gegeven>> &gegevens) {
                            for (const Gegeven &gegeven : gegevens.value_or(QList<Gegeven>()))
                                contents << gegeven.content;
                        });
    world.settle();
    CHECK(contents.contains(QStringLiteral("Woont Nieuwe Binnenweg 1 (fictief)")));
    CHECK_FALSE(contents.contains(QStringLiteral("Woont Oude Binnenweg 1 (fictief)")));
}
