// Issue 13: a procesregisseur works a whole day without the mouse (WCAG 2.1.1). Every step is
// a key a user would press: Tab to a field, type, Alt+letter for a button, Space to tick a
// box, Return to open or save; and no access key is claimed twice in any window on the way.
#include "ClientWorld.h"
#include "KeyboardAccess.h"

#include "cases/CaseWorkspace.h"
#include "forms/FormDialog.h"
#include "main/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
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

int rows(QWidget &window, const char *table)
{
    auto *view = window.findChild<QTableView *>(QLatin1String(table));
    REQUIRE(view != nullptr);
    return view->model()->rowCount();
}

} // namespace

TEST_CASE("Issue 13: the procesregisseur's day by keyboard alone: worklist - open casus - add item - plan overleg - record outcome - change phase")
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

    // Plan an overleg with the police: Space ticks the invited party.
    pressAccessKey(&window, 'p');
    form = openedForm(world, "overlegDialog");
    typeInto(form, "plaatsEdit", QStringLiteral("ZVH, zaal 2"));
    typeInto(form, "overlegDoelEdit", QStringLiteral("Gezamenlijk beeld"));
    typeInto(form, "decisionTypesEdit", QStringLiteral("plan van aanpak"));
    auto *invite = qobject_cast<QListWidget *>(tabTo(form, QStringLiteral("invitedList")));
    REQUIRE(invite != nullptr);
    REQUIRE(invite->count() >= 1);
    QTest::keyClick(invite, Qt::Key_Home);
    QTest::keyClick(invite, Qt::Key_Space);
    REQUIRE(invite->item(0)->checkState() == Qt::Checked);
    shoot(form, "3-overleg-plannen");
    saveByKeyboard(world, form);
    CHECK(rows(*workspace, "overleggenPage/0") == 1);

    // Its outcome: who came, the minutes.
    pressAccessKey(&window, 'v');
    form = openedForm(world, "overlegOutcomeDialog");
    auto *present = qobject_cast<QListWidget *>(tabTo(form, QStringLiteral("attendingList")));
    REQUIRE(present != nullptr);
    QTest::keyClick(present, Qt::Key_Home);
    QTest::keyClick(present, Qt::Key_Space);
    typeInto(form, "minutesEdit", QStringLiteral("Beeld gedeeld; politie en gemeente pakken de schulden op."));
    shoot(form, "4-overleg-vastleggen");
    saveByKeyboard(world, form);
    CHECK(workspace->findChild<QTableView *>(QStringLiteral("overleggenPage/0"))->model()->index(0, 5).data().toString()
          == QStringLiteral("Beeld gedeeld; politie en gemeente pakken de schulden op."));

    // The phase: from aanmelding to triage, with the decision and its basis.
    pressAccessKey(&window, 'f');
    form = openedForm(world, "phaseChangeDialog");
    typeInto(form, "decisionEdit", QStringLiteral("Complexe casus"));
    typeInto(form, "basisEdit", QStringLiteral("Triage-overleg"));
    // P 3.5b: the item is kept, with why: End reaches the reason, typing edits it, Return ends.
    QWidget *review = tabTo(form, QStringLiteral("reviewTable"));
    REQUIRE(review != nullptr);
    QTest::keyClick(review, Qt::Key_End);
    QTest::keyClick(review, 'N'); // the first key opens the editor and goes into it
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("odig voor de triage"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    shoot(form, "5-fase-wijzigen");
    saveByKeyboard(world, form);
    CHECK(workspace->findChild<QWidget *>(QStringLiteral("caseHeaderLabel"))->property("text").toString().contains(enumLabel(Phase::Triage)));
    CHECK(accessKeyClashes(&window).join(QStringLiteral("; ")).toStdString() == std::string());
    // Historie is the last page shown: Alt and its place.
    auto *pages = workspace->findChild<QTabWidget *>(QStringLiteral("caseCourseTabs"));
    int shown = 0;
    for (int index = 0; index < pages->count(); ++index)
        shown += pages->isTabVisible(index) ? 1 : 0;
    pressAccessKey(&window, char('0' + shown));
    REQUIRE(pages->currentWidget()->objectName() == QStringLiteral("historyPage"));
    CHECK(rows(*workspace, "historyPage/0") == 1); // aanmelding to triage
    CHECK(rows(*workspace, "historyPage/1") > 0);  // the audit trail of all the above
    shoot(&window, "6-historie");
}
