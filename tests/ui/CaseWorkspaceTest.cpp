#include "ClientWorld.h"

#include "cases/AfspraakDialogs.h"
#include "cases/CaseWorkspace.h"
#include "cases/ChooseColleagueDialog.h"
#include "cases/OverlegDialog.h"
#include "cases/CourseNoteDialogs.h"
#include "cases/InformatieplichtDialog.h"
#include "cases/OverlegOutcomeDialog.h"
#include "cases/PhaseChangeDialog.h"
#include "common/Clock.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include "forms/DateField.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// A casus of the police's aanmelding, taken on by the procesregisseur (logged in at the end), with
// goal and themes, the police involved and invited, in the phase casusoverleg.
struct CasusInOverleg {
    User police;
    User pr;
    qint64 casusId = 0;
    QHash<qint64, QString> partyNames;

    explicit CasusInOverleg(ClientWorld &world)
    {
        QObject context;
        police = world.logIn(ClientWorld::liaison);
        world.service->call(&context, [](Service &service) { return service.submitAanmelding({QStringLiteral("Overlast en schulden")}); },
                            [&](const Result<CasusOverview> &casus) { casusId = casus->id; });
        world.settle();
        pr = world.logIn(ClientWorld::procesregisseur);
        world.service->call(&context, [](Service &service) { return service.parties(); }, [&](const Result<QList<Party>> &parties) {
            for (const Party &party : *parties)
                partyNames.insert(party.id, party.name);
        });
        const qint64 id = casusId;
        const qint64 policeParty = police.partyId;
        const QDateTime when = world.clock.now().addDays(7);
        world.service->call(&context, [id, policeParty, when](Service &service) -> Status {
            Overleg overleg;
            overleg.casusId = id;
            overleg.datum = when;
            overleg.doel = QStringLiteral("Gezamenlijk beeld");
            overleg.decisionTypes = QStringLiteral("plan van aanpak, afschaling");
            overleg.invitedPartyIds = {policeParty};
            for (const Status &step : {service.takeOnCase(id),
                                       service.setGoalAndThemes(id, QStringLiteral("Rust in de buurt"), {Theme::Overig}),
                                       service.addInvolvedParty(id, policeParty, QStringLiteral("melder")),
                                       service.changePhase({id, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"),
                                                            QStringLiteral("triage"), {}, {}})}) {
                if (!step)
                    return step;
            }
            if (auto planned = service.planOverleg(overleg); !planned)
                return std::unexpected(planned.error());
            return service.changePhase({id, Phase::Triage, Phase::Casusoverleg, QStringLiteral("Naar overleg"),
                                        QStringLiteral("triage"), {}, {}});
        }, [](const Status &prepared) { REQUIRE(prepared.has_value()); });
        world.settle();
    }
};

QPushButton *saveButton(QWidget *form)
{
    return form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
}

// The casus as `user` opens it: shown, and loaded once every call has answered.
std::unique_ptr<CaseWorkspace> openCase(ClientWorld &world, const User &user, const CasusInOverleg &casus)
{
    auto dialog = std::make_unique<CaseWorkspace>(*world.service, world.clock, user, casus.casusId, casus.partyNames, nullptr);
    dialog->resize(1280, 720);
    dialog->show();
    world.settle();
    return dialog;
}

} // namespace

TEST_CASE("From casusoverleg to afschaling in the client: attendance, minutes, the afschaling decision with its criteria, then the phase")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    const auto opened = openCase(world, casus.pr, casus);
    CaseWorkspace &dialog = *opened;

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("outcomeButton")), Qt::LeftButton);
    world.settle();
    auto *outcome = dialog.findChild<OverlegOutcomeDialog *>();
    REQUIRE(outcome != nullptr);
    auto *present = outcome->findChild<QListWidget *>(QStringLiteral("attendingList"));
    REQUIRE(present->count() == 1); // the invited parties, to tick
    present->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(outcome->findChild<QPlainTextEdit *>(QStringLiteral("minutesEdit")), QStringLiteral("Situatie stabiel"));
    auto *soort = outcome->findChild<QComboBox *>(QStringLiteral("soortCombo"));
    soort->setCurrentIndex(soort->findData(enumKey(BesluitSoort::Afschaling)));
    QTest::keyClicks(outcome->findChild<QLineEdit *>(QStringLiteral("besluitEdit")), QStringLiteral("Afschalen naar de wijk"));
    QTest::keyClicks(outcome->findChild<QLineEdit *>(QStringLiteral("criteriaEdit")), QStringLiteral("Drie maanden zonder meldingen"));
    QTest::mouseClick(saveButton(outcome), Qt::LeftButton);
    world.settle();
    REQUIRE_FALSE(dialog.findChild<OverlegOutcomeDialog *>());

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("phaseButton")), Qt::LeftButton);
    auto *phase = dialog.findChild<PhaseChangeDialog *>();
    auto *target = phase->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    target->setCurrentIndex(target->findData(enumKey(Phase::Afschaling)));
    QTest::keyClicks(phase->findChild<QLineEdit *>(QStringLiteral("decisionEdit")), QStringLiteral("Afgeschaald"));
    QTest::keyClicks(phase->findChild<QLineEdit *>(QStringLiteral("basisEdit")), QStringLiteral("besluit casusoverleg"));
    QTest::mouseClick(saveButton(phase), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<QLabel *>(QStringLiteral("caseHeaderLabel"))->text().contains(QStringLiteral("fase Afschaling")));

    // After afschaling the procesregisseur keeps monitoring notes against the criteria.
    auto *monitoring = dialog.findChild<QPushButton *>(QStringLiteral("monitoringButton"));
    REQUIRE(monitoring->isVisible());
    QTest::mouseClick(monitoring, Qt::LeftButton);
    auto *note = dialog.findChild<MonitoringNoteDialog *>();
    QTest::keyClicks(note->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")), QStringLiteral("Geen nieuwe meldingen"));
    QTest::mouseClick(saveButton(note), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<MonitoringNoteDialog *>() == nullptr); // closes only once the service took it
}


TEST_CASE("C 9.4c in the client: the procesregisseur adds an agreement for the police, the police keeps only its own up to date")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    {
        const auto opened = openCase(world, casus.pr, casus);
        CaseWorkspace &dialog = *opened;
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addAfspraakButton")), Qt::LeftButton);
        auto *add = dialog.findChild<AddAfspraakDialog *>();
        auto *owner = add->findChild<QComboBox *>(QStringLiteral("ownerCombo"));
        owner->setCurrentIndex(owner->findData(casus.police.partyId));
        QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("actionEdit")), QStringLiteral("Wijkagent legt huisbezoek af"));
        QTest::mouseClick(saveButton(add), Qt::LeftButton);
        world.settle();
        REQUIRE(dialog.findChild<QTableView *>(QStringLiteral("afsprakenTable"))->model()->rowCount() == 1);
    }

    const User police = world.logIn(ClientWorld::liaison);
    const auto opened = openCase(world, police, casus);
    CaseWorkspace &dialog = *opened;
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("afsprakenTable"));
    REQUIRE(table->model()->rowCount() == 1);
    REQUIRE_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("addAfspraakButton"))->isVisible());
    table->selectRow(0);
    auto *update = dialog.findChild<QPushButton *>(QStringLiteral("afspraakStatusButton"));
    REQUIRE(update->isEnabled());
    QTest::mouseClick(update, Qt::LeftButton);
    auto *status = dialog.findChild<AfspraakStatusDialog *>();
    auto *combo = status->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    combo->setCurrentIndex(combo->findData(enumKey(AfspraakStatus::Afgerond)));
    QTest::keyClicks(status->findChild<QPlainTextEdit *>(QStringLiteral("resultEdit")), QStringLiteral("Huisbezoek gedaan, rustig"));
    QTest::mouseClick(saveButton(status), Qt::LeftButton);
    world.settle();
    REQUIRE(table->model()->index(0, 3).data().toString() == QStringLiteral("Afgerond"));
    REQUIRE(table->model()->index(0, 4).data().toString() == QStringLiteral("Huisbezoek gedaan, rustig"));
}

TEST_CASE("P 16.1, 16.7 in the client: informing a betrokkene is recorded, and withholding it with ground, motivation, conditions and review")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    QObject context;
    world.service->call(&context, [id = casus.casusId](Service &service) {
        return service.addBetrokkene({0, id, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), QDate(1990, 5, 17), {}});
    }, [](const Result<qint64> &added) { REQUIRE(added.has_value()); });
    world.settle();
    const auto opened = openCase(world, casus.pr, casus);
    CaseWorkspace &dialog = *opened;

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("informButton")), Qt::LeftButton);
    auto *inform = dialog.findChild<InformatieplichtDialog *>();
    inform->findChild<DateField *>(QStringLiteral("informedOnEdit"))->setDate(world.clock.today());
    QTest::keyClicks(inform->findChild<QLineEdit *>(QStringLiteral("informHowEdit")), QStringLiteral("in een gesprek, met de folder"));
    QTest::mouseClick(saveButton(inform), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<InformatieplichtDialog *>() == nullptr);

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("informButton")), Qt::LeftButton);
    auto *withhold = dialog.findChild<InformatieplichtDialog *>();
    withhold->findChild<QRadioButton *>(QStringLiteral("withheldRadio"))->setChecked(true);
    REQUIRE_FALSE(saveButton(withhold)->isEnabled()); // not without motivation and conditions
    QTest::keyClicks(withhold->findChild<QLineEdit *>(QStringLiteral("withholdMotivationEdit")),
                     QStringLiteral("Informeren brengt de veiligheid van een gezinslid in gevaar"));
    QTest::keyClicks(withhold->findChild<QLineEdit *>(QStringLiteral("conditionsEdit")), QStringLiteral("zodra het gezinslid veilig woont"));
    withhold->findChild<DateField *>(QStringLiteral("expectedOnEdit"))->setDate(world.clock.today().addMonths(1));
    withhold->findChild<DateField *>(QStringLiteral("reviewOnEdit"))->setDate(world.clock.today());
    QTest::mouseClick(saveButton(withhold), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog.findChild<InformatieplichtDialog *>() == nullptr);

    int due = -1;
    world.service->call(&context, [](Service &service) { return service.informatieplichtReviewsDue(); },
                        [&](const Result<QList<InformatieplichtReview>> &reviews) { due = reviews ? int(reviews->size()) : -1; });
    world.settle();
    REQUIRE(due == 1); // the withholding is up for review today
}

namespace {

QTableView *courseTable(QWidget &dialog, const char *name)
{
    auto *view = dialog.findChild<QTableView *>(QLatin1String(name));
    REQUIRE(view != nullptr);
    return view;
}

QString cellText(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

bool tabShown(QWidget &dialog, const char *pageName)
{
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("caseCourseTabs"));
    return tabs->isTabVisible(tabs->indexOf(dialog.findChild<QWidget *>(QLatin1String(pageName))));
}

} // namespace

TEST_CASE("Issue 13 in the client: the phase history, triage and the planned overleg reappear in the case's tabs, and the invited police sees when and where")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    {
        const auto opened = openCase(world, casus.pr, casus);
        CaseWorkspace &dialog = *opened;
        QTableView *history = courseTable(dialog, "historyPage/0");
        REQUIRE(history->model()->rowCount() == 2);
        CHECK(cellText(history, 0, 3) == QStringLiteral("Complex"));
        CHECK(cellText(history, 1, 2) == enumLabel(Phase::Casusoverleg));
        CHECK_FALSE(cellText(history, 1, 5).isEmpty()); // who took the step
        QTableView *involved = courseTable(dialog, "triagePage/0");
        REQUIRE(involved->model()->rowCount() == 1);
        CHECK(cellText(involved, 0, 1) == QStringLiteral("melder"));
        QTableView *overleggen = courseTable(dialog, "overleggenPage/0");
        REQUIRE(overleggen->model()->rowCount() == 1);
        CHECK(cellText(overleggen, 0, 2) == QStringLiteral("Gezamenlijk beeld"));
        CHECK(tabShown(dialog, "historyPage"));
        if (const QString shots = qEnvironmentVariable("CASUSREGIE_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.resize(1280, 720);
            auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("caseCourseTabs"));
            for (const auto &[page, file] : {std::pair{"historyPage", "historie"}, std::pair{"overleggenPage", "overleggen"}}) {
                tabs->setCurrentWidget(dialog.findChild<QWidget *>(QLatin1String(page)));
                dialog.grab().save(shots + QStringLiteral("/casus-%1.png").arg(QLatin1String(file)));
            }
        }
    }
    // The invited police: the overleg's date and its invitees, none of the procesregisseur's parts.
    const User police = world.logIn(ClientWorld::liaison);
    const auto opened = openCase(world, police, casus);
    CaseWorkspace &dialog = *opened;
    QTableView *overleggen = courseTable(dialog, "overleggenPage/0");
    REQUIRE(overleggen->model()->rowCount() == 1);
    CHECK(cellText(overleggen, 0, 0) == inAmsterdam(world.clock.now().addDays(7)).toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    CHECK(cellText(overleggen, 0, 3).contains(QStringLiteral("Politie")));
    CHECK(tabShown(dialog, "overleggenPage"));
    CHECK_FALSE(tabShown(dialog, "historyPage"));
    CHECK_FALSE(tabShown(dialog, "triagePage"));
    CHECK(courseTable(dialog, "historyPage/0")->model()->rowCount() == 0); // the service gave it none
}

TEST_CASE("Issue 13: the Historie tab shows the assigned procesregisseur the casus's audit trail with a partner's refused look in it and shows the partner no history at all")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    const User police = world.logIn(ClientWorld::liaison);
    {
        QObject context;
        bool refused = false;
        world.service->call(&context, [id = casus.casusId](Service &service) { return service.auditTrail(id); },
                            [&](const Result<QList<AuditRecord>> &trail) { refused = !trail.has_value(); });
        world.settle();
        REQUIRE(refused);
        const auto opened = openCase(world, police, casus);
        CHECK_FALSE(tabShown(*opened, "historyPage"));
        CHECK(courseTable(*opened, "historyPage/3")->model()->rowCount() == 0);
    }
    world.logIn(ClientWorld::procesregisseur);
    const auto opened = openCase(world, casus.pr, casus);
    CHECK(tabShown(*opened, "historyPage"));
    QTableView *trail = courseTable(*opened, "historyPage/3");
    bool takenOn = false;
    bool policeRefused = false;
    for (int row = 0; row < trail->model()->rowCount(); ++row) {
        takenOn |= cellText(trail, row, 1) == casus.pr.username && cellText(trail, row, 3) == enumLabel(Operation::TakeOnCase);
        policeRefused |= cellText(trail, row, 1) == police.username && cellText(trail, row, 3) == enumLabel(Operation::ViewAuditTrail)
            && cellText(trail, row, 5) == QStringLiteral("geweigerd");
    }
    CHECK(takenOn);
    CHECK(policeRefused);
}

TEST_CASE("Issue 13: the workspace header shows the days in the phase and the next overleg, and a refused action stays visible, disabled, with the service's reason")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    world.clock.advanceDays(2);
    {
        const auto opened = openCase(world, casus.pr, casus);
        CaseWorkspace &workspace = *opened;
        const QString course = workspace.findChild<QLabel *>(QStringLiteral("courseLabel"))->text();
        CHECK(course.contains(QStringLiteral("(2 dagen)")));
        CHECK(course.contains(casus.pr.displayName));
        CHECK(workspace.findChild<QLabel *>(QStringLiteral("nextOverlegLabel"))->text().contains(QStringLiteral("2026")));
        auto *monitoring = workspace.findChild<QPushButton *>(QStringLiteral("monitoringButton"));
        CHECK(monitoring->isVisible());
        CHECK_FALSE(monitoring->isEnabled());
        CHECK(monitoring->toolTip().contains(QStringLiteral("fase afschaling")));
        auto *phase = workspace.findChild<QPushButton *>(QStringLiteral("phaseButton"));
        CHECK(phase->isEnabled());
        CHECK_FALSE(workspace.findChild<QPushButton *>(QStringLiteral("takeOnButton"))->isVisible()); // taken on already
    }
    // The invited police is offered its own work only: none of the procesregisseur's buttons.
    const User police = world.logIn(ClientWorld::liaison);
    const auto opened = openCase(world, police, casus);
    CaseWorkspace &workspace = *opened;
    for (const char *procesregisseurs : {"phaseButton", "overlegButton", "addBetrokkeneButton", "outcomeButton"})
        CHECK_FALSE(workspace.findChild<QPushButton *>(QLatin1String(procesregisseurs))->isVisible());
    auto *addItem = workspace.findChild<QPushButton *>(QStringLiteral("addGegevenButton"));
    CHECK(addItem->isVisible());
    CHECK_FALSE(addItem->isEnabled()); // nobody in the casus yet that the police may see
    CHECK_FALSE(addItem->toolTip().isEmpty());
    CHECK(workspace.findChild<QLabel *>(QStringLiteral("nextOverlegLabel"))->text().contains(QStringLiteral("2026")));
}

namespace {

// The "More" menu's action by name, as the workspace shows it now.
QAction *moreAction(CaseWorkspace &workspace, const char *name)
{
    auto *action = workspace.findChild<QAction *>(QLatin1String(name));
    REQUIRE(action != nullptr);
    return action;
}

} // namespace

TEST_CASE("Issue 13: the procesregisseur appoints the casusregisseur from the candidates offered, and the header shows who it is")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    const auto opened = openCase(world, casus.pr, casus);
    CaseWorkspace &workspace = *opened;
    QAction *appoint = moreAction(workspace, "appointCasusregisseurAction");
    REQUIRE(appoint->isVisible());
    REQUIRE(appoint->isEnabled());
    appoint->trigger();
    world.settle();
    auto *dialog = workspace.findChild<ChooseColleagueDialog *>(QStringLiteral("appointCasusregisseurDialog"));
    REQUIRE(dialog != nullptr);
    auto *candidates = dialog->findChild<QComboBox *>(QStringLiteral("colleagueCombo"));
    REQUIRE(candidates->count() == 1); // the police's casusregisseur: the only party with a role
    CHECK(candidates->currentText().contains(QStringLiteral("Casusregisseur Yilmaz")));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    world.settle();
    CHECK(workspace.findChild<QLabel *>(QStringLiteral("courseLabel"))->text().contains(QStringLiteral("casusregisseur: Casusregisseur Yilmaz")));
    // Nobody else to appoint now: the action says so instead of opening an empty choice.
    CHECK_FALSE(appoint->isEnabled());
    CHECK_FALSE(appoint->toolTip().isEmpty());
}

TEST_CASE("Issue 13: the hoofd opens a casus by number and is offered only the hoofd's work, the rest not even shown")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    const User hoofd = world.logIn(ClientWorld::hoofd);
    const auto opened = openCase(world, hoofd, casus);
    CaseWorkspace &workspace = *opened;
    CHECK(workspace.findChild<QLabel *>(QStringLiteral("caseHeaderLabel"))->text().contains(QStringLiteral("2026-0001")));
    CHECK(moreAction(workspace, "assignProcesregisseurAction")->isVisible());
    CHECK(moreAction(workspace, "calamiteitsevaluatieAction")->isVisible());
    CHECK_FALSE(moreAction(workspace, "calamiteitsevaluatieAction")->isEnabled()); // not afgeschaald 24 months ago
    for (const char *notHoofds : {"appointCasusregisseurAction", "retentionExtensionAction", "withdrawApprovalAction"})
        CHECK_FALSE(moreAction(workspace, notHoofds)->isVisible());
    for (const char *button : {"phaseButton", "addBetrokkeneButton", "overlegButton", "addGegevenButton"})
        CHECK_FALSE(workspace.findChild<QPushButton *>(QLatin1String(button))->isVisible());
}

TEST_CASE("C 13.2e in the client: planning an overleg offers only the parties with a role in the casus")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    const auto opened = openCase(world, casus.pr, casus);
    CaseWorkspace &workspace = *opened;
    QTest::mouseClick(workspace.findChild<QPushButton *>(QStringLiteral("overlegButton")), Qt::LeftButton);
    world.settle();
    auto *dialog = workspace.findChild<OverlegDialog *>();
    REQUIRE(dialog != nullptr);
    auto *invitees = dialog->findChild<QListWidget *>();
    REQUIRE(invitees != nullptr);
    REQUIRE(invitees->count() == 1);
    CHECK(invitees->item(0)->text().contains(QStringLiteral("Politie")));
}

TEST_CASE("Issue 13: each role's main window and the casus workspace fit 1280x720 and 1024x700 (screenshots with CASUSREGIE_SCREENSHOTS)")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    const QString shots = qEnvironmentVariable("CASUSREGIE_SCREENSHOTS");
    const QSize screen(1280, 720);
    const QSize small(1024, 700); // the smaller screens of some partners' workstations
    const auto fits = [&](QWidget &window, const QString &name) {
        INFO(name.toStdString());
        CHECK(window.minimumSizeHint().width() <= small.width());
        CHECK(window.minimumSizeHint().height() <= small.height());
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/%1.png").arg(name));
    };
    const QList<QPair<QString, QString>> roles{{ClientWorld::procesregisseur, QStringLiteral("procesregisseur")},
                                               {ClientWorld::liaison, QStringLiteral("partner")},
                                               {ClientWorld::hoofd, QStringLiteral("hoofd")},
                                               {ClientWorld::privacyOfficer, QStringLiteral("privacyfunctionaris")},
                                               {ClientWorld::auditor, QStringLiteral("fg")},
                                               {InitialisedDatabase::username, QStringLiteral("beheer")}};
    for (const auto &[username, name] : roles) {
        MainWindow window(*world.service, world.clock, world.logIn(username), QStringLiteral("Demodatabase"));
        window.resize(screen);
        window.show();
        world.settle();
        fits(window, QStringLiteral("hoofdscherm-%1").arg(name));
        const QList<QPair<const char *, QString>> pages{{"auditView", QStringLiteral("auditlog")},
                                                        {"registersView", QStringLiteral("registers")},
                                                        {"partiesPage", QStringLiteral("partijen")}};
        for (const auto &[page, shot] : pages) {
            if (auto *widget = window.findChild<QWidget *>(QLatin1String(page))) {
                window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"))->setCurrentWidget(widget);
                world.settle();
                fits(window, QStringLiteral("%1-%2").arg(shot, name));
            }
        }
        if (name == QLatin1String("procesregisseur")) {
            window.lock();
            fits(window, QStringLiteral("vergrendeld"));
            window.findChild<QWidget *>(QStringLiteral("unlockPasswordEdit"))->setProperty("text", InitialisedDatabase::password);
            QMetaObject::invokeMethod(window.findChild<QWidget *>(QStringLiteral("unlockScreenButton")), "click");
            world.settle();
            REQUIRE_FALSE(window.isLocked());
        }
        if (auto *table = window.findChild<QTableView *>(QStringLiteral("casesTableView")); table && table->model()->rowCount() > 0) {
            Q_EMIT table->activated(table->model()->index(0, 0));
            world.settle();
            fits(window, QStringLiteral("werkruimte-%1").arg(name));
        }
    }
}

TEST_CASE("Issue 13: professional secrecy set aside reappears for the procesregisseur and the deciding party")
{
    ClientWorld world;
    CasusInOverleg casus(world);
    QObject context;
    qint64 persoon = 0;
    world.service->call(&context, [id = casus.casusId](Service &service) {
        return service.addBetrokkene({0, id, BetrokkeneCategorie::I, QStringLiteral("Sanne de Wit"), {}, {}});
    }, [&](const Result<qint64> &added) { persoon = added.value_or(0); });
    world.settle();
    REQUIRE(persoon != 0);
    // The procesregisseur records the police's item; the police decides to set its secrecy aside.
    qint64 item = 0;
    world.service->call(&context, [id = casus.casusId, persoon, party = casus.police.partyId](Service &service) {
        return service.addGegeven({id, persoon, DataCategory::Politiegegevens, QStringLiteral("Melding huiselijk geweld"), party,
                                   Grondslag::Wpg20, true, QStringLiteral("Veiligheid van een kind")});
    }, [&](const Result<qint64> &added) { item = added.value_or(0); });
    world.settle();
    REQUIRE(item != 0);
    world.logIn(ClientWorld::liaison);
    world.service->call(&context, [id = casus.casusId, item](Service &service) {
        return service.recordSecrecyOverride(id, {item, SecrecyOverrideGround::ConflictVanPlichten, QStringLiteral("Acuut gevaar"),
                                                  QStringLiteral("teamchef wijkteam")});
    }, [](const Result<qint64> &recorded) { REQUIRE(recorded.has_value()); });
    world.settle();

    for (const QString &username : {ClientWorld::liaison, ClientWorld::procesregisseur}) {
        const auto opened = openCase(world, world.logIn(username), casus);
        QTableView *overrides = courseTable(*opened, "disclosuresPage/4");
        INFO(username.toStdString());
        REQUIRE(overrides->model()->rowCount() == 1);
        CHECK(cellText(overrides, 0, 3) == QStringLiteral("teamchef wijkteam"));
        CHECK(cellText(overrides, 0, 0).contains(QStringLiteral("Sanne de Wit")));
    }
}
