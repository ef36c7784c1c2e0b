// Issue 13: a procesregisseur takes a casus from aanmelding to afschaling without the mouse (WCAG 2.1.1). Every step is
// a key a user would press: Tab to a field, type, Alt+letter for a button, Space to tick a
// box, Return to open or save; and no access key is claimed twice in any window on the way.
#include "ClientWorld.h"
#include "KeyboardAccess.h"

#include "cases/AfspraakDialogs.h"
#include "cases/ApprovalDialog.h"
#include "cases/BetrokkeneDialog.h"
#include "cases/CaseWorkspace.h"
#include "cases/ChooseColleagueDialog.h"
#include "cases/ConsentDialog.h"
#include "cases/CourseNoteDialogs.h"
#include "cases/GegevenDialog.h"
#include "cases/InformatieplichtDialog.h"
#include "cases/OverlegDialog.h"
#include "cases/OverlegOutcomeDialog.h"
#include "cases/PhaseChangeDialog.h"
#include "cases/RetentionDialogs.h"
#include "cases/SecrecyOverrideDialog.h"
#include "cases/TriageDialog.h"
#include "cases/VerstrekkingDialog.h"
#include "cases/WithdrawApprovalDialog.h"
#include "cases/WithdrawConsentDialog.h"
#include "datalekken/DatalekAssessmentDialogs.h"
#include "datalekken/DatalekDialog.h"
#include "forms/FormDialog.h"
#include "main/MainWindow.h"
#include "parties/MembershipDialogs.h"
#include "registers/RegisterDialogs.h"
#include "users/AccountDialogs.h"
#include "users/RoleGrantDialog.h"
#include "verzoeken/VerzoekDialogs.h"
#include "verzoeken/VerzoekExecutionDialogs.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// With CASUSREGIE_SCREENSHOTS set (scripts/screenshots.sh), each step is saved for docs/client.md.
void shoot(QWidget *window, const char *name)
{
    if (const QString shots = qEnvironmentVariable("CASUSREGIE_SCREENSHOTS"); !shots.isEmpty())
        window->grab().save(shots + QStringLiteral("/dag-%1.png").arg(QLatin1String(name)));
}

// The form the last key opened, active, with no access key claimed twice.
FormDialog *openedForm(ClientWorld &world, const char *objectName)
{
    world.settle();
    auto *form = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
    REQUIRE(form != nullptr);
    REQUIRE(form->objectName() == QLatin1String(objectName));
    activate(form);
    CHECK(accessKeyClashes(form).join(QStringLiteral("; ")).toStdString() == std::string());
    return form;
}

void typeInto(QWidget *form, const char *field, const QString &text)
{
    QWidget *focus = tabTo(form, QLatin1String(field));
    REQUIRE(focus != nullptr);
    QTest::keyClicks(focus, text);
}

// Tab to Opslaan and press Space, as a keyboard user saves; the form closes once the service confirms.
void saveByKeyboard(ClientWorld &world, FormDialog *form)
{
    QPointer<FormDialog> open(form);
    QWidget *owner = form->parentWidget()->window();
    QPushButton *save = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    REQUIRE(save->isEnabled());
    REQUIRE(tabTo(form, [save](QWidget *focus) { return focus == save; }) != nullptr);
    QTest::keyClick(save, Qt::Key_Space);
    world.settle();
    REQUIRE(open.isNull());
    activate(owner); // as the window manager gives the window back its focus
}

// Tab to a list of check boxes, and Space ticks its first entry.
void tick(QWidget *form, const char *list)
{
    auto *entries = qobject_cast<QListWidget *>(tabTo(form, QLatin1String(list)));
    REQUIRE(entries != nullptr);
    REQUIRE(entries->count() >= 1);
    QTest::keyClick(entries, Qt::Key_Home);
    QTest::keyClick(entries, Qt::Key_Space);
    REQUIRE(entries->item(0)->checkState() == Qt::Checked);
}

QString headerOf(QWidget &workspace)
{
    return workspace.findChild<QWidget *>(QStringLiteral("caseHeaderLabel"))->property("text").toString();
}

// Alt+F, the next phase (the first offered), the decision and its basis, and the review of the
// one item held (P 3.5b): End reaches its reason, typing edits it, Return ends.
void changePhase(ClientWorld &world, QWidget &window, const char *decision, const char *reason, const char *shot)
{
    pressAccessKey(&window, 'f');
    FormDialog *form = openedForm(world, "phaseChangeDialog");
    typeInto(form, "decisionEdit", QLatin1String(decision));
    typeInto(form, "basisEdit", QStringLiteral("Besluit van de procesregisseur"));
    QWidget *review = tabTo(form, QStringLiteral("reviewTable"));
    REQUIRE(review != nullptr);
    QTest::keyClick(review, Qt::Key_End);
    const QString why = QLatin1String(reason);
    QTest::keyClick(review, why.at(0).toLatin1()); // the first key opens the editor and goes into it
    QTest::keyClicks(QApplication::focusWidget(), why.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    shoot(form, shot);
    saveByKeyboard(world, form);
}

int rows(QWidget &window, const char *table)
{
    auto *view = window.findChild<QTableView *>(QLatin1String(table));
    REQUIRE(view != nullptr);
    return view->model()->rowCount();
}

} // namespace

TEST_CASE("Issue 13: the procesregisseur's day by keyboard alone: worklist - open casus - add item - plan overleg - record outcome - change phase to afschaling")
{
    ClientWorld world;
    {
        QObject context;
        world.logIn(ClientWorld::liaison);
        world.service->call(&context, [](Service &service) { return service.submitAanmelding({QStringLiteral("Overlast en schulden")}); },
                            [](const Result<CasusOverview> &casus) { REQUIRE(casus.has_value()); });
        world.settle();
    }
    const User pr = world.logIn(ClientWorld::procesregisseur);
    MainWindow window(*world.service, world.clock, pr, QString());
    window.resize(1280, 720);
    window.show();
    world.settle();
    activate(&window);
    CHECK(accessKeyClashes(&window).join(QStringLiteral("; ")).toStdString() == std::string());

    // The worklist: Tab into the table, the first row, Return opens the casus as a tab.
    QWidget *list = tabTo(&window, QStringLiteral("casesTableView"));
    REQUIRE(list != nullptr);
    QTest::keyClick(list, Qt::Key_Down);
    shoot(&window, "1-werkvoorraad");
    QTest::keyClick(list, Qt::Key_Return);
    world.settle();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
    auto *workspace = qobject_cast<CaseWorkspace *>(tabs->currentWidget());
    REQUIRE(workspace != nullptr);
    CHECK(accessKeyClashes(&window).join(QStringLiteral("; ")).toStdString() == std::string());

    // Take it on: Alt+O.
    pressAccessKey(&window, 'o');
    world.settle();
    REQUIRE(workspace->findChild<QPushButton *>(QStringLiteral("takeOnButton"))->isHidden());
    CHECK(accessKeyClashes(&window).join(QStringLiteral("; ")).toStdString() == std::string());

    // A betrokkene, then an item about her.
    pressAccessKey(&window, 'k');
    FormDialog *form = openedForm(world, "betrokkeneDialog");
    typeInto(form, "naamEdit", QStringLiteral("Sanne de Wit"));
    saveByKeyboard(world, form);
    CHECK(rows(*workspace, "betrokkenenTable") == 1);

    pressAccessKey(&window, 'g');
    form = openedForm(world, "gegevenDialog");
    typeInto(form, "contentEdit", QStringLiteral("Huurachterstand van vier maanden"));
    shoot(form, "2-gegeven");
    saveByKeyboard(world, form);
    CHECK(rows(*workspace, "gegevensTable") == 1);

    // From aanmelding to triage: the decision, its basis and the review of the item.
    changePhase(world, window, "Complexe casus", "Nodig voor de triage", "3-naar-triage");
    CHECK(headerOf(*workspace).contains(enumLabel(Phase::Triage)));

    // Triage: the goal and a theme (Space ticks it).
    pressAccessKey(&window, 't');
    form = openedForm(world, "triageDialog");
    typeInto(form, "doelEdit", QStringLiteral("Rust in de buurt en de schulden onder controle"));
    tick(form, "themesList");
    saveByKeyboard(world, form);

    // Plan an overleg with the police: Space ticks the invited party.
    pressAccessKey(&window, 'p');
    form = openedForm(world, "overlegDialog");
    typeInto(form, "plaatsEdit", QStringLiteral("ZVH, zaal 2"));
    typeInto(form, "overlegDoelEdit", QStringLiteral("Gezamenlijk beeld"));
    typeInto(form, "decisionTypesEdit", QStringLiteral("plan van aanpak, afschaling"));
    tick(form, "invitedList");
    shoot(form, "4-overleg-plannen");
    saveByKeyboard(world, form);
    CHECK(rows(*workspace, "overleggenPage/0") == 1);

    changePhase(world, window, "Naar het casusoverleg", "Nodig voor het overleg", "5-naar-casusoverleg");
    CHECK(headerOf(*workspace).contains(enumLabel(Phase::Casusoverleg)));

    // Its outcome: who came, the minutes, the decision to afschalen and when it is back on track.
    pressAccessKey(&window, 'v');
    form = openedForm(world, "overlegOutcomeDialog");
    // Planned at 10:00 Amsterdam time, shown so whatever the machine's zone.
    CHECK(form->findChild<QComboBox *>(QStringLiteral("overlegCombo"))->currentText().contains(QStringLiteral("10:00")));
    tick(form, "attendingList");
    typeInto(form, "minutesEdit", QStringLiteral("Beeld gedeeld; politie en gemeente pakken de schulden op."));
    QTest::keyClicks(tabTo(form, QStringLiteral("soortCombo")), QStringLiteral("Afsch")); // type-ahead in the list
    typeInto(form, "besluitEdit", QStringLiteral("Afschalen naar het reguliere netwerk"));
    typeInto(form, "criteriaEdit", QStringLiteral("Drie maanden geen meldingen"));
    shoot(form, "6-overleg-vastleggen");
    saveByKeyboard(world, form);
    CHECK(workspace->findChild<QTableView *>(QStringLiteral("overleggenPage/0"))->model()->index(0, 5).data().toString()
          == QStringLiteral("Beeld gedeeld; politie en gemeente pakken de schulden op."));
    CHECK(rows(*workspace, "overleggenPage/1") == 1); // the decision

    changePhase(world, window, "Afgeschaald", "Nodig voor de monitoring", "7-naar-afschaling");
    CHECK(headerOf(*workspace).contains(enumLabel(Phase::Afschaling)));

    // Monitoring after afschaling.
    pressAccessKey(&window, 'm');
    form = openedForm(world, "monitoringNoteDialog");
    typeInto(form, "noteEdit", QStringLiteral("Na een maand rustig; de schuldhulp loopt."));
    saveByKeyboard(world, form);
    CHECK(accessKeyClashes(&window).join(QStringLiteral("; ")).toStdString() == std::string());

    // Historie is the last page shown: Alt and its place. Everything recorded is there.
    auto *pages = workspace->findChild<QTabWidget *>(QStringLiteral("caseCourseTabs"));
    int shown = 0;
    for (int index = 0; index < pages->count(); ++index)
        shown += pages->isTabVisible(index) ? 1 : 0;
    pressAccessKey(&window, char('0' + shown));
    REQUIRE(pages->currentWidget()->objectName() == QStringLiteral("historyPage"));
    CHECK(rows(*workspace, "historyPage/0") == 3); // to triage, to casusoverleg, to afschaling
    CHECK(rows(*workspace, "historyPage/1") == 1); // the monitoring note
    CHECK(rows(*workspace, "historyPage/3") > 0);  // the audit trail of all the above
    shoot(&window, "8-historie");
}

TEST_CASE("Issue 13 and 14: no access key is claimed twice in any form of the client and every control a screen reader reaches has a name")
{
    ClientWorld world;
    ServiceThread &service = *world.service;
    const QHash<qint64, QString> people{{1, QStringLiteral("Sanne de Wit")}};
    const QHash<qint64, QString> parties{{10, QStringLiteral("Gemeente Rotterdam")}, {11, QStringLiteral("Politie")}};
    Gegeven item;
    item.id = 5;
    item.betrokkeneId = 1;
    item.supplierPartyId = 10;
    item.beroepsgeheim = true;
    item.content = QStringLiteral("Huurachterstand");
    Consent consent;
    consent.id = 7;
    consent.betrokkeneId = 1;
    consent.supplierPartyId = 10;
    consent.givenOn = world.clock.today();
    Approval approval;
    approval.id = 3;
    approval.gegevenId = item.id;
    approval.recipientPartyId = 11;
    approval.approvedOn = world.clock.today();
    Overleg overleg;
    overleg.id = 1;
    overleg.casusId = 1;
    overleg.datum = world.clock.now().addDays(2);
    overleg.invitedPartyIds = {11};
    Afspraak afspraak;
    afspraak.id = 2;
    afspraak.casusId = 1;
    afspraak.ownerPartyId = 11;
    const QList<Colleague> colleagues{{4, QStringLiteral("Casusregisseur Yilmaz"), 11}};

    const QList<QDialog *> forms{
        new BetrokkeneDialog(service, 1), new GegevenDialog(service, 1, people, parties, 10),
        new ConsentDialog(service, 1, people, parties, 10), new WithdrawConsentDialog(service, 1, {consent}, people, parties),
        new InformatieplichtDialog(service, 1, people, parties, 10),
        new ApprovalDialog(service, 1, item.id, Phase::Triage, QStringLiteral("Gezondheid over Sanne de Wit"), parties),
        new WithdrawApprovalDialog(service, 1, {approval}, {item}, people, parties, world.clock.today()),
        new SecrecyOverrideDialog(service, 1, {item}, people), new VerstrekkingDialog(service, 1, {item}, people, parties),
        new TriageDialog(service, 1, QString(), {}, parties), new BekendheidscheckDialog(service, 1),
        new OverlegDialog(service, 1, {}, parties), new OverlegOutcomeDialog(service, 1, {overleg}, parties),
        new AddAfspraakDialog(service, 1, parties), new AfspraakStatusDialog(service, afspraak),
        new MonitoringNoteDialog(service, 1), new PhaseChangeDialog(service, 1, Phase::Afschaling, {item}, people),
        new RetentionExtensionDialog(service, 1, world.clock.today().addYears(1)), new CalamiteitsevaluatieDialog(service, 1),
        new ChooseColleagueDialog(service, QStringLiteral("Casusregisseur aanwijzen"), QString(), colleagues, parties,
                                  [](Service &, qint64) { return Status{}; }),
        new RegisterVerzoekDialog(service, parties, 10), new VerifyIdentityDialog(service, 1), new DecideVerzoekDialog(service, 1),
        new AnswerSentDialog(service, 1), new DatalekDialog(service), new AssessDatalekDialog(service, Datalek{}),
        new ApNotificationDialog(service, 1), new NewAccountDialog(service, parties), new RolesDialog(service, User{}),
        new ResetPasswordDialog(service, User{}), new VerwerkingDialog(service, Verwerking{}), new VerwerkerDialog(service),
        new ApproveVerwerkerDialog(service, Verwerker{}),
        new VerwerkerReviewDialog(service, Verwerker{0, QStringLiteral("Hosting"), QStringLiteral("opslag"), world.clock.today(), {}},
                                  world.clock.today()),
        new ToetredingDialog(service, world.clock.today()),
        new MembershipEndDialog(service, Party{}, MembershipEvent::Opzegging, world.clock.today()),
        new MembershipEndDialog(service, Party{}, MembershipEvent::Uitsluiting, world.clock.today()),
        new RoleGrantDialog(service, RoleGrant{}, true), new CorrectItemDialog(service, 1, VerzoekItem{}),
        new EraseItemDialog(service, 1, VerzoekItem{})};
    for (QDialog *form : forms) {
        form->setAttribute(Qt::WA_DeleteOnClose, false);
        form->show();
        QTest::qWait(0);
        INFO(form->objectName().toStdString());
        CHECK(accessKeyClashes(form).join(QStringLiteral("; ")).toStdString() == std::string());
        CHECK(unnamedControls(form).join(QStringLiteral("; ")).toStdString() == std::string());
        // The other half of a form with two parts.
        for (auto *alternative : form->findChildren<QRadioButton *>()) {
            alternative->setChecked(true);
            CHECK(accessKeyClashes(form).join(QStringLiteral("; ")).toStdString() == std::string());
        }
        delete form;
    }
}

TEST_CASE("Issue 13 and 14: on any page of any role's main window and of an open casus no access key is claimed twice and every control a screen reader reaches has a name")
{
    ClientWorld world;
    {
        QObject context;
        world.logIn(ClientWorld::liaison);
        world.service->call(&context, [](Service &service) { return service.submitAanmelding({QStringLiteral("Overlast")}); },
                            [](const Result<CasusOverview> &casus) { REQUIRE(casus.has_value()); });
        world.settle();
    }
    const auto everyPage = [&](QWidget &window, QTabWidget *tabs, const QString &where) {
        for (int index = 0; index < tabs->count(); ++index) {
            if (!tabs->isTabVisible(index))
                continue;
            tabs->setCurrentIndex(index);
            world.settle();
            INFO((where + QStringLiteral(" / ") + tabs->tabText(index)).toStdString());
            CHECK(accessKeyClashes(&window).join(QStringLiteral("; ")).toStdString() == std::string());
            CHECK(unnamedControls(&window).join(QStringLiteral("; ")).toStdString() == std::string());
        }
    };
    for (const QString &username : {ClientWorld::procesregisseur, ClientWorld::liaison, ClientWorld::hoofd, ClientWorld::privacyOfficer,
                                    ClientWorld::auditor, ClientWorld::casusregisseur, InitialisedDatabase::username}) {
        MainWindow window(*world.service, world.clock, world.logIn(username), QString());
        window.resize(1280, 720);
        window.show();
        world.settle();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        everyPage(window, tabs, username);
        auto *list = window.findChild<QTableView *>(QStringLiteral("casesTableView"));
        if (username != ClientWorld::procesregisseur || !list)
            continue;
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("casesView")));
        REQUIRE(list->model()->rowCount() > 0);
        Q_EMIT list->activated(list->model()->index(0, 0));
        world.settle();
        auto *workspace = window.findChild<CaseWorkspace *>();
        REQUIRE(workspace != nullptr);
        everyPage(window, workspace->findChild<QTabWidget *>(QStringLiteral("caseCourseTabs")), QStringLiteral("casus"));
    }
}

TEST_CASE("Issue 14: every role reaches every control of each page of its main window by Tab alone and each is named and Tab leaves every table")
{
    ClientWorld world;
    world.policeAanmeldingTakenOn(); // a worklist with a row
    for (const QString &username : {ClientWorld::hoofd, ClientWorld::privacyOfficer, ClientWorld::auditor, InitialisedDatabase::username,
                                    ClientWorld::procesregisseur, ClientWorld::liaison, ClientWorld::casusregisseur}) {
        MainWindow window(*world.service, world.clock, world.logIn(username), QString());
        window.resize(1280, 720);
        window.show();
        activate(&window);
        world.settle();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            world.settle();
            tabs->tabBar()->setFocus();
            const QList<QWidget *> walk = tabWalk(&window);
            INFO((username + QStringLiteral(" / ") + tabs->tabText(index)).toStdString());
            REQUIRE(walk.size() > 1);
            CHECK(QApplication::focusWidget() == tabs->tabBar()); // the walk came round: nothing kept the focus
            CHECK(unreachedControls(&window, walk).join(QStringLiteral("; ")).toStdString() == std::string());
            QStringList unnamed;
            for (QWidget *widget : walk) {
                QAccessibleInterface *control = QAccessible::queryAccessibleInterface(widget);
                if (control && control->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << widget->objectName();
            }
            CHECK(unnamed.join(QStringLiteral("; ")).toStdString() == std::string());
        }
    }
}
