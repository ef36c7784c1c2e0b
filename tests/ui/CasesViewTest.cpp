#include "ClientWorld.h"

#include "cases/ApprovalDialog.h"
#include "cases/BetrokkeneDialog.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesModel.h"
#include "cases/CasesView.h"
#include "cases/ConsentDialog.h"
#include "cases/CourseNoteDialogs.h"
#include "cases/GegevenDialog.h"
#include "cases/ItemRows.h"
#include "cases/OverlegDialog.h"
#include "cases/OwnAanmeldingDialog.h"
#include "cases/OverlegOutcomeDialog.h"
#include "cases/PhaseChangeDialog.h"
#include "cases/TriageDialog.h"
#include "cases/VerstrekkingDialog.h"
#include "cases/WithdrawConsentDialog.h"
#include "domain/DataCategory.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QComboBox>
#include "forms/DateField.h"
#include <QDialogButtonBox>
#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QMessageBox>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

const QString reden = QStringLiteral("Herhaald geweld in het gezin, schulden en dreigende huisuitzetting.");

struct CasesFixture {
    ClientWorld world;
    MainWindow window{*world.service, world.clock, world.logIn(ClientWorld::liaison), QStringLiteral("Lokale database: test.db")};

    CasesFixture()
    {
        window.show();
        world.settle();
    }

    template <typename W>
    W *find(const char *name) { return window.findChild<W *>(QLatin1String(name)); }
    QPlainTextEdit *redenEdit() { return find<QPlainTextEdit>("redenEdit"); }
    QPushButton *submit() { return find<QPushButton>("submitButton"); }
    QLabel *feedback() { return find<QLabel>("feedbackLabel"); }
    QTableView *cases() { return find<QTableView>("casesTableView"); }
    QWidget *banner() { return find<QWidget>("sessionBanner"); }

    void endSession()
    {
        QObject context;
        bool done = false;
        world.service->call(&context, [](Service &service) {
            service.logout(); // as the server does after 15 idle minutes
            return Status{};
        }, [&](const Status &) { done = true; });
        REQUIRE(QTest::qWaitFor([&]() { return done; }));
    }
};

} // namespace

TEST_CASE("Aanmelding from the client: submitted, listed under the organisation's aanmeldingen, form cleared")
{
    CasesFixture f;
    REQUIRE(f.cases()->model()->rowCount() == 0);
    REQUIRE_FALSE(f.submit()->isEnabled());
    QTest::keyClicks(f.redenEdit(), reden);
    REQUIRE(f.submit()->isEnabled());
    QTest::mouseClick(f.submit(), Qt::LeftButton);
    REQUIRE_FALSE(f.submit()->isEnabled()); // no second submission while the first is under way
    f.world.settle();

    REQUIRE(f.feedback()->text().contains(QStringLiteral("2026-0001")));
    REQUIRE(f.redenEdit()->toPlainText().isEmpty());
    REQUIRE(f.cases()->model()->rowCount() == 1);
    REQUIRE(f.cases()->model()->index(0, 0).data().toString() == QStringLiteral("2026-0001"));
    REQUIRE(f.cases()->model()->index(0, CasesModel::Phase).data().toString() == QStringLiteral("Aanmelding"));
}

TEST_CASE("Issue 13: a partner opens its own aanmelding read-only and sees what it submitted, when and its status")
{
    CasesFixture f;
    QTest::keyClicks(f.redenEdit(), reden);
    QTest::mouseClick(f.submit(), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.cases()->model()->rowCount() == 1);
    Q_EMIT f.cases()->activated(f.cases()->model()->index(0, 0));
    f.world.settle();
    auto *dialog = f.window.findChild<OwnAanmeldingDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->findChild<QPlainTextEdit *>(QStringLiteral("ownAanmeldingReden"))->toPlainText() == reden);
    CHECK(dialog->findChild<QPlainTextEdit *>(QStringLiteral("ownAanmeldingReden"))->isReadOnly());
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("ownAanmeldingSummary"))->text();
    CHECK(summary.contains(QStringLiteral("2026-0001")));
    CHECK(summary.contains(f.world.clock.today().toString(QStringLiteral("dd-MM-yyyy"))));
    CHECK(summary.contains(QStringLiteral("procesregisseur")));
    CHECK_FALSE(f.window.findChild<CaseWorkspace *>()); // not the casus itself, which does not open to it
    dialog->close();
}

TEST_CASE("Issue 13: quitting with a typed aanmelding asks first and keeps the text on Cancel")
{
    CasesFixture f;
    QTest::keyClicks(f.redenEdit(), reden);
    f.window.close();
    auto *question = f.window.findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    REQUIRE(question != nullptr);
    CHECK(f.window.isVisible());
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(0);
    CHECK(f.window.isVisible());
    CHECK(f.redenEdit()->toPlainText() == reden);

    f.window.close();
    question = f.window.findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    REQUIRE(question != nullptr);
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QTest::qWait(0);
    CHECK_FALSE(f.window.isVisible());
}

TEST_CASE("Session lost: the window says so, keeps the typed aanmelding, and submits it once the same user logged in again")
{
    CasesFixture f;
    f.endSession();
    QTest::keyClicks(f.redenEdit(), reden);
    QTest::mouseClick(f.submit(), Qt::LeftButton);
    f.world.settle();

    REQUIRE(f.banner()->isVisible());
    REQUIRE(f.redenEdit()->toPlainText() == reden);
    REQUIRE(f.feedback()->text().contains(QStringLiteral("Niet ingediend")));
    REQUIRE(f.submit()->isEnabled());

    QTest::mouseClick(f.find<QPushButton>("loginAgainButton"), Qt::LeftButton);
    auto *dialog = f.window.findChild<LoginDialog *>();
    REQUIRE(dialog != nullptr);
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"));
    REQUIRE(username->text() == ClientWorld::liaison);
    REQUIRE(username->isReadOnly());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")), InitialisedDatabase::password);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    f.world.settle();

    REQUIRE_FALSE(f.banner()->isVisible());
    REQUIRE(f.redenEdit()->toPlainText() == reden);
    QTest::mouseClick(f.submit(), Qt::LeftButton);
    f.world.settle();
    REQUIRE(f.redenEdit()->toPlainText().isEmpty());
    REQUIRE(f.cases()->model()->rowCount() == 1);
}

TEST_CASE("Case search: a malformed case number is explained, an invisible case is not found")
{
    CasesFixture f;
    auto *number = f.find<QLineEdit>("caseNumberLineEdit");
    auto *label = f.find<QLabel>("listLabel");
    QTest::keyClicks(number, QStringLiteral("zomaar iets"));
    QTest::keyClick(number, Qt::Key_Return);
    REQUIRE(label->text().contains(QStringLiteral("2026-0001")));
    number->clear();
    QTest::keyClicks(number, QStringLiteral("2026-0042"));
    QTest::keyClick(number, Qt::Key_Return);
    f.world.settle();
    REQUIRE(f.cases()->model()->rowCount() == 0);
    REQUIRE(label->text().contains(QStringLiteral("2026-0042")));
}

TEST_CASE("Worklist in the client: a procesregisseur opens a new aanmelding from the worklist and takes it on")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    QObject context;
    bool submitted = false;
    world.service->call(&context, [](Service &service) { return service.submitAanmelding({reden}); },
                        [&](const Result<CasusOverview> &casus) { submitted = casus.has_value(); });
    world.settle();
    REQUIRE(submitted);

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::procesregisseur), QStringLiteral("Lokale database: test.db"));
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("casesTableView"));
    REQUIRE(table->model()->rowCount() == 1);
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("listLabel"))->text().contains(QStringLiteral("1")));

    Q_EMIT table->activated(table->model()->index(0, 0));
    auto *dialog = window.findChild<CaseWorkspace *>();
    REQUIRE(dialog != nullptr);
    world.settle();
    REQUIRE(dialog->findChild<QLabel *>(QStringLiteral("caseHeaderLabel"))->text().contains(QStringLiteral("2026-0001")));
    REQUIRE(dialog->findChild<QLabel *>(QStringLiteral("redenLabel"))->text().contains(reden));
    auto *takeOn = dialog->findChild<QPushButton *>(QStringLiteral("takeOnButton"));
    REQUIRE(takeOn->isVisible());
    QTest::mouseClick(takeOn, Qt::LeftButton);
    world.settle();
    REQUIRE_FALSE(takeOn->isVisible());
    REQUIRE(dialog->findChild<QLabel *>(QStringLiteral("noticeLabel"))->text().isEmpty()); // personal data may now be seen
    REQUIRE(table->model()->rowCount() == 1); // still in the worklist, now as the procesregisseur's own

    // The casus is a tab of the main window, named by its number only, opened once however often it is chosen.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    REQUIRE(tabs->currentWidget() == dialog);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Casus 2026-0001"));
    const int tabCount = tabs->count();
    Q_EMIT table->activated(table->model()->index(0, 0));
    world.settle();
    CHECK(tabs->count() == tabCount);
    CHECK(window.findChildren<CaseWorkspace *>().size() == 1);
    // Ctrl+W closes the casus; the lists stay.
    window.findChild<QAction *>(QStringLiteral("closeCaseAction"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.findChildren<CaseWorkspace *>().isEmpty());
    CHECK(tabs->count() == tabCount - 1);
    window.findChild<QAction *>(QStringLiteral("closeCaseAction"))->trigger(); // on a list: nothing closes
    CHECK(tabs->count() == tabCount - 1);
}

TEST_CASE("Issue 11: the worklist in the client loads a page of 50 and the next page when the user scrolls to its end, each casus once")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    QObject context;
    int submitted = 0;
    for (int i = 0; i < 60; ++i)
        world.service->call(&context, [](Service &service) { return service.submitAanmelding({reden}); },
                            [&](const Result<CasusOverview> &casus) { submitted += casus.has_value() ? 1 : 0; });
    world.settle();
    REQUIRE(submitted == 60);

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::procesregisseur), QStringLiteral("Lokale database: test.db"));
    window.resize(900, 700);
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("casesTableView"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("listLabel"));
    REQUIRE(table->model()->rowCount() == 50);
    REQUIRE(label->text().contains(QStringLiteral("50")));

    for (int tries = 0; tries < 5 && table->model()->rowCount() < 60; ++tries) {
        table->scrollToBottom();
        world.settle();
    }
    REQUIRE(table->model()->rowCount() == 60);
    REQUIRE(label->text().contains(QStringLiteral("60")));
    QSet<QString> numbers;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        numbers.insert(table->model()->index(row, CasesModel::Number).data().toString());
    REQUIRE(numbers.size() == 60);
    table->scrollToBottom(); // the end of the list asks for nothing more
    world.settle();
    REQUIRE(table->model()->rowCount() == 60);
}

TEST_CASE("Case work in the client: betrokkene, item and phase change with review, and a refused step keeps the input and says why")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    QObject context;
    qint64 casusId = 0;
    world.service->call(&context, [](Service &service) { return service.submitAanmelding({reden}); },
                        [&](const Result<CasusOverview> &casus) { casusId = casus->id; });
    world.settle();
    const User pr = world.logIn(ClientWorld::procesregisseur);
    world.service->call(&context, [casusId](Service &service) { return service.takeOnCase(casusId); }, [](const Status &) {});
    world.settle();

    QHash<qint64, QString> partyNames;
    world.service->call(&context, [](Service &service) { return service.parties(); }, [&](const Result<QList<Party>> &parties) {
        for (const Party &party : *parties)
            partyNames.insert(party.id, party.name);
    });
    world.settle();
    CaseWorkspace dialog(*world.service, world.clock, pr, casusId, partyNames, nullptr);
    dialog.show();
    world.settle();
    const auto saveButton = [](QWidget *form) {
        return form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
    };

    // B2: the bekendheidscheck in other ZVHs belongs to triage.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    auto *check = dialog.findChild<BekendheidscheckDialog *>();
    check->findChild<DateField *>(QStringLiteral("checkDateEdit"))->setDate(world.clock.today());
    QTest::keyClicks(check->findChild<QLineEdit *>(QStringLiteral("otherZvhEdit")), QStringLiteral("ZVH Haaglanden"));
    QTest::keyClicks(check->findChild<QLineEdit *>(QStringLiteral("checkResultEdit")), QStringLiteral("niet bekend"));
    QTest::mouseClick(saveButton(check), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<BekendheidscheckDialog *>() == nullptr);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addBetrokkeneButton")), Qt::LeftButton);
    auto *betrokkene = dialog.findChild<BetrokkeneDialog *>();
    QTest::keyClicks(betrokkene->findChild<QLineEdit *>(QStringLiteral("naamEdit")), QStringLiteral("Ümit Çelik"));
    QTest::mouseClick(saveButton(betrokkene), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<QTableView *>(QStringLiteral("betrokkenenTable"))->model()->rowCount() == 1);

    // B3: a special category without a recorded reason is refused; the dialog stays with its text.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addGegevenButton")), Qt::LeftButton);
    auto *gegeven = dialog.findChild<GegevenDialog *>();
    auto *category = gegeven->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(enumKey(DataCategory::Gezondheid)));
    QTest::keyClicks(gegeven->findChild<QPlainTextEdit *>(QStringLiteral("contentEdit")), QStringLiteral("In behandeling bij de GGZ"));
    QTest::mouseClick(saveButton(gegeven), Qt::LeftButton);
    world.settle();
    REQUIRE(gegeven->isVisible());
    REQUIRE(gegeven->findChild<QLabel *>(QStringLiteral("formErrorLabel"))->text().startsWith(QStringLiteral("Niet opgeslagen")));
    REQUIRE(gegeven->findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"))->toPlainText() == QStringLiteral("In behandeling bij de GGZ"));
    QTest::keyClicks(gegeven->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("Nodig om zorg en veiligheid af te stemmen"));
    QTest::mouseClick(saveButton(gegeven), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<QTableView *>(QStringLiteral("gegevensTable"))->model()->rowCount() == 1);

    // P 3.5b: the phase changes only with every item reviewed.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("phaseButton")), Qt::LeftButton);
    auto *phase = dialog.findChild<PhaseChangeDialog *>();
    auto *target = phase->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    target->setCurrentIndex(target->findData(enumKey(Phase::Triage)));
    QTest::keyClicks(phase->findChild<QLineEdit *>(QStringLiteral("decisionEdit")), QStringLiteral("Complex: meerdere leefgebieden"));
    QTest::keyClicks(phase->findChild<QLineEdit *>(QStringLiteral("basisEdit")), QStringLiteral("besluit procesregisseur"));
    QTest::mouseClick(saveButton(phase), Qt::LeftButton);
    world.settle();
    REQUIRE(phase->isVisible()); // kept without a reason: refused
    QAbstractItemModel *review = phase->findChild<QTableView *>(QStringLiteral("reviewTable"))->model();
    REQUIRE(review->setData(review->index(0, 4), QStringLiteral("Nodig voor de triage")));
    QTest::mouseClick(saveButton(phase), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<QLabel *>(QStringLiteral("caseHeaderLabel"))->text().contains(QStringLiteral("fase Triage")));
}

TEST_CASE("Triage, overleg and supplier approval in the client: the invited police sees an item only once approved for it")
{
    ClientWorld world;
    QObject context;
    const User police = world.logIn(ClientWorld::liaison);
    qint64 casusId = 0;
    world.service->call(&context, [](Service &service) { return service.submitAanmelding({reden}); },
                        [&](const Result<CasusOverview> &casus) { casusId = casus->id; });
    world.settle();
    const User pr = world.logIn(ClientWorld::procesregisseur);
    QHash<qint64, QString> partyNames;
    world.service->call(&context, [](Service &service) { return service.parties(); }, [&](const Result<QList<Party>> &parties) {
        for (const Party &party : *parties)
            partyNames.insert(party.id, party.name);
    });
    world.service->call(&context, [casusId](Service &service) { return service.takeOnCase(casusId); }, [](const Status &) {});
    world.service->call(&context, [casusId](Service &service) {
        return service.addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), QDate(1990, 5, 17), {}});
    }, [](const Result<qint64> &) {});
    world.service->call(&context, [casusId, pr](Service &service) -> Result<qint64> {
        const qint64 betrokkene = service.betrokkenen(casusId)->first().id;
        return service.addGegeven({casusId, betrokkene, DataCategory::Adres, QStringLiteral("Dorpsstraat 1 (fictief)"), pr.partyId,
                                   Grondslag::Avg6_1e, false, {}});
    }, [](const Result<qint64> &) {});
    world.settle();

    CaseWorkspace dialog(*world.service, world.clock, pr, casusId, partyNames, nullptr);
    dialog.show();
    world.settle();
    const auto saveButton = [](QWidget *form) {
        return form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
    };
    const auto tick = [](QListWidget *list, qint64 id) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toLongLong() == id)
                list->item(row)->setCheckState(Qt::Checked);
        }
    };

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("triageButton")), Qt::LeftButton);
    auto *triage = dialog.findChild<TriageDialog *>();
    QTest::keyClicks(triage->findChild<QPlainTextEdit *>(QStringLiteral("doelEdit")), QStringLiteral("Rust in de buurt"));
    triage->findChild<QListWidget *>(QStringLiteral("themesList"))->item(0)->setCheckState(Qt::Checked);
    auto *party = triage->findChild<QComboBox *>(QStringLiteral("partyCombo"));
    party->setCurrentIndex(party->findData(police.partyId));
    QTest::keyClicks(triage->findChild<QLineEdit *>(QStringLiteral("roleEdit")), QStringLiteral("melder"));
    QTest::mouseClick(saveButton(triage), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<QLabel *>(QStringLiteral("redenLabel"))->text().contains(QStringLiteral("Rust in de buurt")));

    world.service->call(&context, [casusId](Service &service) -> Status {
        const Gegeven item = service.gegevens(casusId)->first();
        return service.changePhase({casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"), QStringLiteral("triage"),
                                    {{item.id, true, QStringLiteral("nodig")}}, {}});
    }, [](const Status &changed) { REQUIRE(changed.has_value()); });
    world.settle();
    dialog.reload();
    world.settle();

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("overlegButton")), Qt::LeftButton);
    auto *overleg = dialog.findChild<OverlegDialog *>();
    QTest::keyClicks(overleg->findChild<QLineEdit *>(QStringLiteral("overlegDoelEdit")), QStringLiteral("Gezamenlijk beeld"));
    QTest::keyClicks(overleg->findChild<QLineEdit *>(QStringLiteral("decisionTypesEdit")), QStringLiteral("plan van aanpak"));
    tick(overleg->findChild<QListWidget *>(QStringLiteral("invitedList")), police.partyId);
    QTest::mouseClick(saveButton(overleg), Qt::LeftButton);
    world.settle();
    REQUIRE_FALSE(dialog.findChild<OverlegDialog *>());

    const auto policeSees = [&]() {
        world.logIn(ClientWorld::liaison);
        int visible = -1;
        world.service->call(&context, [casusId](Service &service) { return service.gegevens(casusId); },
                            [&](const Result<QList<Gegeven>> &items) { visible = items ? int(items->size()) : -1; });
        world.settle();
        world.logIn(ClientWorld::procesregisseur);
        return visible;
    };
    REQUIRE(policeSees() == 0); // invited, but nothing approved for it yet

    dialog.findChild<QTableView *>(QStringLiteral("gegevensTable"))->selectRow(0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("approvalButton")), Qt::LeftButton);
    auto *approval = dialog.findChild<ApprovalDialog *>();
    tick(approval->findChild<QListWidget *>(QStringLiteral("recipientsList")), police.partyId);
    approval->findChild<DateField *>(QStringLiteral("approvedOnEdit"))->setDate(world.clock.today()); // the service's day
    QTest::keyClicks(approval->findChild<QLineEdit *>(QStringLiteral("approvedByEdit")), QStringLiteral("teamleider gemeente"));
    QTest::keyClicks(approval->findChild<QLineEdit *>(QStringLiteral("howEdit")), QStringLiteral("per e-mail"));
    QTest::mouseClick(saveButton(approval), Qt::LeftButton);
    world.settle();
    REQUIRE_FALSE(dialog.findChild<ApprovalDialog *>());
    REQUIRE(policeSees() == 1);
    // The items table says for whom each item is approved now.
    world.settle();
    QAbstractItemModel *items = dialog.findChild<QTableView *>(QStringLiteral("gegevensTable"))->model();
    CHECK(items->index(0, ItemRows::ApprovedForColumn).data().toString().contains(QStringLiteral("Politie")));
    CHECK(items->index(0, ItemRows::PhaseColumn).data().toString() == enumLabel(Phase::Triage)); // kept at the review for triage
}

TEST_CASE("P 7.2, 13.7, C 10.3 in the client: a secret item is shared only under consent and no longer once it is withdrawn, a third party only with the supplier's written consent")
{
    ClientWorld world;
    QObject context;
    const User police = world.logIn(ClientWorld::liaison);
    qint64 casusId = 0;
    world.service->call(&context, [](Service &service) { return service.submitAanmelding({reden}); },
                        [&](const Result<CasusOverview> &casus) { casusId = casus->id; });
    world.settle();
    const User pr = world.logIn(ClientWorld::procesregisseur);
    QHash<qint64, QString> partyNames;
    world.service->call(&context, [](Service &service) { return service.parties(); }, [&](const Result<QList<Party>> &parties) {
        for (const Party &party : *parties)
            partyNames.insert(party.id, party.name);
    });
    const qint64 policeParty = police.partyId;
    const QDateTime when = world.clock.now().addDays(7);
    world.service->call(&context, [casusId, policeParty, when, pr](Service &service) -> Status {
        if (auto taken = service.takeOnCase(casusId); !taken)
            return taken;
        if (auto involved = service.addInvolvedParty(casusId, policeParty, QStringLiteral("melder")); !involved)
            return involved;
        if (auto planned = service.planOverleg(ClientWorld::overleg(casusId, when, {policeParty})); !planned)
            return std::unexpected(planned.error());
        const auto persoon = service.addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), QDate(1990, 5, 17), {}});
        if (!persoon)
            return std::unexpected(persoon.error());
        for (const bool secret : {true, false}) {
            const auto item = service.addGegeven({casusId, *persoon, DataCategory::Adres,
                                                  secret ? QStringLiteral("Adres uit het dossier van de hulpverlener")
                                                         : QStringLiteral("Adres uit de basisregistratie"),
                                                  pr.partyId, Grondslag::Avg6_1e, secret, {}});
            if (!item)
                return std::unexpected(item.error());
        }
        return {};
    }, [](const Status &prepared) { REQUIRE(prepared.has_value()); });
    world.settle();

    CaseWorkspace dialog(*world.service, world.clock, pr, casusId, partyNames, nullptr);
    dialog.show();
    world.settle();
    const auto saveButton = [](QWidget *form) {
        return form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
    };
    auto *items = dialog.findChild<QTableView *>(QStringLiteral("gegevensTable"));
    int secretRow = -1;
    for (int row = 0; row < items->model()->rowCount(); ++row) {
        if (items->model()->index(row, 4).data().toString().contains(QStringLiteral("hulpverlener")))
            secretRow = row;
    }
    REQUIRE(secretRow >= 0);
    CHECK(items->model()->index(secretRow, ItemRows::SecrecyColumn).data().toString() == QStringLiteral("ja, geen toestemming"));
    const auto approveForPolice = [&]() -> ApprovalDialog * {
        items->selectRow(secretRow);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("approvalButton")), Qt::LeftButton);
        auto *approval = dialog.findChild<ApprovalDialog *>();
        auto *recipients = approval->findChild<QListWidget *>(QStringLiteral("recipientsList"));
        for (int row = 0; row < recipients->count(); ++row) {
            if (recipients->item(row)->data(Qt::UserRole).toLongLong() == policeParty)
                recipients->item(row)->setCheckState(Qt::Checked);
        }
        approval->findChild<DateField *>(QStringLiteral("approvedOnEdit"))->setDate(world.clock.today());
        QTest::keyClicks(approval->findChild<QLineEdit *>(QStringLiteral("approvedByEdit")), QStringLiteral("teamleider"));
        QTest::keyClicks(approval->findChild<QLineEdit *>(QStringLiteral("howEdit")), QStringLiteral("per e-mail"));
        QTest::mouseClick(saveButton(approval), Qt::LeftButton);
        world.settle();
        return dialog.findChild<ApprovalDialog *>();
    };

    ApprovalDialog *refused = approveForPolice();
    REQUIRE(refused != nullptr); // P 7.2: no consent yet
    REQUIRE(refused->findChild<QLabel *>(QStringLiteral("formErrorLabel"))->text().contains(QStringLiteral("beroepsgeheim")));
    // What was typed is dropped only once the user says so.
    refused->reject();
    auto *question = refused->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    REQUIRE(question != nullptr);
    REQUIRE(refused->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<ApprovalDialog *>() == nullptr);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("consentButton")), Qt::LeftButton);
    auto *consent = dialog.findChild<ConsentDialog *>();
    consent->findChild<DateField *>(QStringLiteral("givenOnEdit"))->setDate(world.clock.today());
    QTest::keyClicks(consent->findChild<QLineEdit *>(QStringLiteral("scopeEdit")), QStringLiteral("adres voor het casusoverleg"));
    QTest::keyClicks(consent->findChild<QLineEdit *>(QStringLiteral("consentHowEdit")), QStringLiteral("schriftelijk, formulier in dossier"));
    consent->findChild<QCheckBox *>(QStringLiteral("toldCheckBox"))->setChecked(true);
    QTest::mouseClick(saveButton(consent), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<ConsentDialog *>() == nullptr);
    REQUIRE(approveForPolice() == nullptr); // now it is approved

    // C 10.3: to a third party only with the supplier's prior written consent.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verstrekkingButton")), Qt::LeftButton);
    auto *verstrekking = dialog.findChild<VerstrekkingDialog *>();
    auto *list = verstrekking->findChild<QListWidget *>(QStringLiteral("itemsList"));
    list->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(verstrekking->findChild<QLineEdit *>(QStringLiteral("thirdPartyEdit")), QStringLiteral("Woningcorporatie (fictief)"));
    QTest::keyClicks(verstrekking->findChild<QLineEdit *>(QStringLiteral("verstrekkingPurposeEdit")), QStringLiteral("huisuitzetting voorkomen"));
    QTest::keyClicks(verstrekking->findChild<QLineEdit *>(QStringLiteral("legalBasisEdit")), QStringLiteral("AVG art. 6 lid 1 sub e"));
    QTest::keyClicks(verstrekking->findChild<QLineEdit *>(QStringLiteral("obligationEdit")), QStringLiteral("wettelijke plicht (fictief)"));
    QTest::mouseClick(saveButton(verstrekking), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<VerstrekkingDialog *>() == verstrekking); // refused, still open with its input
    REQUIRE(verstrekking->findChild<QLineEdit *>(QStringLiteral("thirdPartyEdit"))->text() == QStringLiteral("Woningcorporatie (fictief)"));
    QTest::keyClicks(verstrekking->findChild<QLineEdit *>(QStringLiteral("writtenConsentEdit")), QStringLiteral("brief van 12-03-2026"));
    QTest::mouseClick(saveButton(verstrekking), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<VerstrekkingDialog *>() == nullptr);

    // P 13.7: withdrawing the consent ends the police's view of the secret item.
    const auto policeSees = [&]() {
        world.logIn(ClientWorld::liaison);
        int visible = -1;
        world.service->call(&context, [casusId](Service &service) { return service.gegevens(casusId); },
                            [&](const Result<QList<Gegeven>> &seen) { visible = seen ? int(seen->size()) : -1; });
        world.settle();
        world.logIn(ClientWorld::procesregisseur);
        return visible;
    };
    REQUIRE(policeSees() == 1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("withdrawConsentButton")), Qt::LeftButton);
    world.settle();
    auto *withdraw = dialog.findChild<WithdrawConsentDialog *>();
    REQUIRE(withdraw != nullptr);
    REQUIRE(withdraw->findChild<QComboBox *>(QStringLiteral("consentCombo"))->count() == 1);
    QTest::mouseClick(saveButton(withdraw), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<WithdrawConsentDialog *>() == nullptr);
    REQUIRE(policeSees() == 0);
}

TEST_CASE("Decision on the hoofd in the client: finds a casus by its number and opens it with the hoofd's actions only")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    QObject context;
    world.service->call(&context, [](Service &service) { return service.submitAanmelding({reden}); },
                        [](const Result<CasusOverview> &casus) { REQUIRE(casus.has_value()); });
    world.settle();
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::hoofd), QString());
    window.show();
    world.settle();
    CHECK_FALSE(window.findChild<QGroupBox *>(QStringLiteral("aanmeldingGroupBox"))->isVisibleTo(&window));
    auto *number = window.findChild<QLineEdit *>(QStringLiteral("caseNumberLineEdit"));
    REQUIRE(number->isVisibleTo(&window));
    QTest::keyClicks(number, QStringLiteral("2026-0001"));
    QTest::keyClick(number, Qt::Key_Return);
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("casesTableView"));
    REQUIRE(table->model()->rowCount() == 1);
    Q_EMIT table->activated(table->model()->index(0, 0));
    world.settle();
    auto *workspace = window.findChild<CaseWorkspace *>();
    REQUIRE(workspace != nullptr);
    CHECK(workspace->findChild<QLabel *>(QStringLiteral("caseHeaderLabel"))->text().contains(QStringLiteral("2026-0001")));
    CHECK(workspace->findChild<QLabel *>(QStringLiteral("redenLabel"))->text().isEmpty()); // not the aanmelding's content
    CHECK(workspace->findChild<QAction *>(QStringLiteral("assignProcesregisseurAction"))->isVisible());
    CHECK_FALSE(workspace->findChild<QPushButton *>(QStringLiteral("phaseButton"))->isVisible());
}

TEST_CASE("Issue 13: the procesregisseur's worklist shows the hoofdpersoon and the days in the phase, and finds a casus by name and date of birth")
{
    ClientWorld world;
    world.logIn(ClientWorld::liaison);
    QObject context;
    qint64 casusId = 0;
    world.service->call(&context, [](Service &service) { return service.submitAanmelding({reden}); },
                        [&](const Result<CasusOverview> &casus) { casusId = casus->id; });
    world.settle();
    world.logIn(ClientWorld::procesregisseur);
    world.service->call(&context, [&casusId](Service &service) -> Status {
        if (auto taken = service.takeOnCase(casusId); !taken)
            return taken;
        auto added = service.addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), QDate(1990, 5, 17),
                                            QStringLiteral("hoofdpersoon")});
        return added ? Status{} : Status(std::unexpected(added.error()));
    }, [](const Status &done) { REQUIRE(done.has_value()); });
    world.settle();
    world.clock.advanceDays(3);

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::procesregisseur), QString());
    window.resize(1280, 720);
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("casesTableView"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, CasesModel::Hoofdpersoon).data().toString() == QStringLiteral("Ümit Çelik"));
    CHECK(table->model()->index(0, CasesModel::DaysInPhase).data().toInt() == 3);
    CHECK_FALSE(table->isColumnHidden(CasesModel::Hoofdpersoon));

    // Searching by name and date of birth: the right date finds it, another finds nothing.
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("searchNameLineEdit"));
    auto *birth = window.findChild<DateField *>(QStringLiteral("searchBirthDateField"));
    REQUIRE(name->isVisibleTo(&window));
    QTest::keyClicks(name, QStringLiteral("Ümit Çelik"));
    QTest::keyClicks(birth->lineEdit(), QStringLiteral("18-05-1990"));
    QTest::keyClick(name, Qt::Key_Return);
    world.settle();
    CHECK(table->model()->rowCount() == 0);
    birth->lineEdit()->clear();
    QTest::keyClicks(birth->lineEdit(), QStringLiteral("17-05-1990"));
    QTest::keyClick(name, Qt::Key_Return);
    world.settle();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, CasesModel::Number).data().toString() == QStringLiteral("2026-0001"));
    // An impossible date is an error, not another search.
    birth->lineEdit()->clear();
    QTest::keyClicks(birth->lineEdit(), QStringLiteral("31-02-1990"));
    QTest::keyClick(name, Qt::Key_Return);
    world.settle();
    CHECK(window.findChild<QLabel *>(QStringLiteral("listLabel"))->text().contains(QStringLiteral("31-02-1990")));
}

TEST_CASE("Issue 13: refreshing the list after a change keeps the selected casus and a search that is shown")
{
    ClientWorld world;
    QObject context;
    world.logIn(ClientWorld::liaison);
    for (const QString &reden : {QStringLiteral("Overlast"), QStringLiteral("Schulden")})
        world.service->call(&context, [reden](Service &service) { return service.submitAanmelding({reden}); },
                            [](const Result<CasusOverview> &casus) { REQUIRE(casus.has_value()); });
    world.settle();
    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::procesregisseur), QString());
    window.resize(1280, 720);
    window.show();
    world.settle();
    auto *view = window.findChild<CasesView *>();
    auto *table = window.findChild<QTableView *>(QStringLiteral("casesTableView"));
    REQUIRE(table->model()->rowCount() == 2);
    const auto selectedNumber = [table]() {
        const QModelIndexList rows = table->selectionModel()->selectedRows(CasesModel::Number);
        return rows.size() == 1 ? rows.first().data().toString() : QString();
    };
    table->selectRow(1);
    const QString chosen = selectedNumber();
    REQUIRE_FALSE(chosen.isEmpty());
    view->refresh();
    world.settle();
    CHECK(selectedNumber() == chosen);

    // A search shown stays shown: the refresh repeats it rather than bringing back the whole list.
    auto *number = window.findChild<QLineEdit *>(QStringLiteral("caseNumberLineEdit"));
    QTest::keyClicks(number, QStringLiteral("2026-0001"));
    QTest::keyClick(number, Qt::Key_Return);
    world.settle();
    REQUIRE(table->model()->rowCount() == 1);
    table->selectRow(0);
    view->refresh();
    world.settle();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(selectedNumber() == QStringLiteral("2026-0001"));
}

TEST_CASE("Issue 13: the partner's worklist shows each casus it is invited to with the next overleg's date and place and its own open agreements")
{
    ClientWorld world;
    QObject context;
    const User police = world.logIn(ClientWorld::liaison);
    qint64 casusId = 0;
    world.service->call(&context, [](Service &service) { return service.submitAanmelding({QStringLiteral("Overlast")}); },
                        [&](const Result<CasusOverview> &casus) { casusId = casus->id; });
    world.settle();
    world.logIn(ClientWorld::procesregisseur);
    const QDateTime when = world.clock.now().addDays(5);
    world.service->call(&context, [casusId, when, party = police.partyId](Service &service) -> Status {
        if (auto taken = service.takeOnCase(casusId); !taken)
            return taken;
        if (auto involved = service.addInvolvedParty(casusId, party, QStringLiteral("melder")); !involved)
            return involved;
        if (auto planned = service.planOverleg(ClientWorld::overleg(casusId, when, {party}, QStringLiteral("ZVH, zaal 2"))); !planned)
            return std::unexpected(planned.error());
        auto added = service.addAfspraak({0, casusId, party, QStringLiteral("Huisbezoek"), QDate(2026, 12, 31), AfspraakStatus::Open, {}});
        return added ? Status{} : Status(std::unexpected(added.error()));
    }, [](const Status &prepared) { REQUIRE(prepared.has_value()); });
    world.settle();

    MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::liaison), QString());
    window.resize(1280, 720);
    window.show();
    world.settle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("casesTableView"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, CasesModel::NextOverleg).data().toString().endsWith(QStringLiteral(", ZVH, zaal 2")));
    CHECK(table->model()->index(0, CasesModel::OpenAfspraken).data().toInt() == 1);
    CHECK_FALSE(table->isColumnHidden(CasesModel::OpenAfspraken));
    CHECK(table->isColumnHidden(CasesModel::Hoofdpersoon)); // a partner gets no names
}
