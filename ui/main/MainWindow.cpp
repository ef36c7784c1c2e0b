#include "main/MainWindow.h"

#include "main/ClipboardGuard.h"
#include "main/DesktopLockWatcher.h"
#include "main/IdleWatcher.h"
#include "main/LockPeriod.h"
#include "main/LockScreen.h"

#include "audit/AuditView.h"
#include "audit/KeptOmDisclosuresView.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesView.h"
#include "forms/FormDialog.h"
#include "forms/Widgets.h"
#include "common/Clock.h"
#include "datalekken/DatalekDialog.h"
#include "datalekken/DatalekkenView.h"
#include "figures/AnnualFiguresView.h"
#include "registers/RegistersView.h"
#include "login/LoginDialog.h"
#include "main/SessionBanner.h"
#include "main/WindowMemory.h"
#include "parties/PartiesModel.h"
#include "parties/MembershipPanel.h"
#include "parties/PartiesView.h"
#include "main/RoleScreens.h"
#include "service/ServiceThread.h"
#include "users/RoleGrantsView.h"
#include "users/UsersView.h"
#include "verzoeken/VerzoekenView.h"

#include <QCloseEvent>
#include <QApplication>
#include <QInputDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolTip>
#include <QLabel>
#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabBar>
#include <QStringList>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace casusregie::ui {

MainWindow::MainWindow(ServiceThread &service, const Clock &clock, User user, const QString &databaseDescription,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_databaseDescription(databaseDescription)
    , m_partiesModel(new PartiesModel(this))
    , m_sessionBanner(new SessionBanner(this))
    // What is copied from here leaves the clipboard after 30 seconds, at lock and when this window goes.
    , m_clipboardGuard(new ClipboardGuard(std::chrono::seconds(30), {}, this))
    , m_busyIndicator(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casusregie — %1").arg(m_user.displayName));

    m_tabs = createTabs();

    auto *work = new QWidget(this);
    auto *layout = new QVBoxLayout(work);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sessionBanner);
    layout->addWidget(m_tabs);
    m_lockScreen = new LockScreen(m_user.displayName, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(work);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::tryUnlock);
    m_idleWatcher = new IdleWatcher(m_clock, LockPeriod::stored(), this);
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    // The desktop locking (screen saver, session lock) locks this window too, where the platform tells.
    auto *desktop = new DesktopLockWatcher(this);
    connect(desktop, &DesktopLockWatcher::desktopLocked, this, &MainWindow::lock);

    createStatusBar();

    connect(&m_service, &ServiceThread::busyChanged, m_busyIndicator, &QWidget::setVisible);
    connect(&m_service, &ServiceThread::sessionLost, this, &MainWindow::showSessionLost);
    connect(m_sessionBanner, &SessionBanner::loginAgainRequested, this, [this]() { logInAgain(); });

    createMenus();
    resize(1100, 700);
    WindowMemory::restore(this);
    refresh();
}

// One tab per part of the work this user's roles allow, then the reference data.
QTabWidget *MainWindow::createTabs()
{
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabWidget"));
    tabs->setDocumentMode(true);
    tabs->setTabsClosable(true); // the casus tabs; the lists' close buttons are removed below
    connect(tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeCaseTab);
    if (CasesView::isUsefulFor(m_user)) {
        m_casesView = new CasesView(m_service, m_clock, m_user, tabs);
        tabs->addTab(m_casesView, tr("Cases"));
        connect(m_casesView, &CasesView::caseOpenRequested, this, &MainWindow::openCase);
    }
    if (VerzoekenView::isUsefulFor(m_user)) {
        m_verzoekenView = new VerzoekenView(m_service, m_user, tabs);
        tabs->addTab(m_verzoekenView, tr("Requests"));
    }
    if (allows(Operation::ViewDatalekken)) {
        m_datalekkenView = new DatalekkenView(m_service, m_clock, m_user, tabs);
        tabs->addTab(m_datalekkenView, tr("Data breaches"));
    }
    if (allows(Operation::ViewRegisters)) {
        m_registersView = new RegistersView(m_service, m_clock.today(), m_user, tabs);
        tabs->addTab(m_registersView, tr("Registers"));
    }
    if (allows(Operation::ViewAnnualFigures)) {
        m_figuresView = new AnnualFiguresView(m_service, m_clock.today().year(), tabs);
        tabs->addTab(m_figuresView, tr("Annual figures"));
    }
    if (readsWholeAuditLog(m_user)) { // a procesregisseur reads its casus's trail on the Historie tab
        m_auditView = new AuditView(m_service, allows(Operation::VerifyAuditChain), tabs);
        tabs->addTab(m_auditView, tr("Audit log"));
    }
    if (allows(Operation::ViewBewaardeOmVerstrekkingen)) { // the FG's audit of P 17.5
        m_keptOmView = new KeptOmDisclosuresView(m_service, tabs);
        tabs->addTab(m_keptOmView, tr("Kept OM disclosures"));
    }
    if (allows(Operation::DecideRoleGrant)) { // the hoofd, and the FG for a new hoofd
        m_roleGrantsView = new RoleGrantsView(m_service, m_user, tabs);
        tabs->addTab(m_roleGrantsView, tr("Roles to confirm"));
    }
    if (allows(Operation::ManageUsers)) {
        m_usersView = new UsersView(m_service, tabs);
        tabs->addTab(m_usersView, tr("Accounts"));
    }
    // Reference data for everyone, after each role's own work.
    tabs->addTab(createPartiesPage(tabs), tr("Parties"));
    for (int index = 0; index < tabs->count(); ++index)
        tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    return tabs;
}

// The parties of the covenant; for whoever keeps or audits the membership, its history and steps below.
QWidget *MainWindow::createPartiesPage(QWidget *parent)
{
    auto *parties = new PartiesView(m_partiesModel, parent);
    if (!allows(Operation::ViewMembership))
        return parties;
    auto *page = new QSplitter(Qt::Vertical, parent);
    page->setObjectName(QStringLiteral("partiesPage"));
    page->setChildrenCollapsible(false);
    page->addWidget(parties);
    auto *membership = new MembershipPanel(m_service, m_clock.today(), m_user, parties, page);
    page->addWidget(membership);
    connect(membership, &MembershipPanel::membershipChanged, this, &MainWindow::refresh);
    return page;
}

void MainWindow::openCase(qint64 casusId)
{
    for (CaseWorkspace *open : openWorkspaces()) {
        if (open->casusId() == casusId) {
            m_tabs->setCurrentWidget(open);
            return;
        }
    }
    auto *workspace = new CaseWorkspace(m_service, m_clock, m_user, casusId, m_partyNames, m_tabs);
    WindowMemory::restore(workspace);
    const int index = m_tabs->addTab(workspace, tr("Case…"));
    m_tabs->setTabToolTip(index, tr("Close with Ctrl+W"));
    connect(workspace, &CaseWorkspace::titleChanged, this,
            [this, workspace](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(workspace), title); });
    if (m_casesView)
        connect(workspace, &CaseWorkspace::caseChanged, m_casesView, &CasesView::refresh);
    m_tabs->setCurrentIndex(index);
}

void MainWindow::closeCaseTab(int index)
{
    auto *workspace = qobject_cast<CaseWorkspace *>(m_tabs->widget(index));
    if (!workspace)
        return; // the lists stay
    WindowMemory::save(workspace);
    m_tabs->removeTab(index);
    workspace->deleteLater();
}

QList<CaseWorkspace *> MainWindow::openWorkspaces() const
{
    QList<CaseWorkspace *> workspaces;
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (auto *workspace = qobject_cast<CaseWorkspace *>(m_tabs->widget(index)))
            workspaces << workspace;
    }
    return workspaces;
}

// Who is logged in, whether the service is working, and which database or server this is.
void MainWindow::createStatusBar()
{
    QStringList roles;
    for (const Role role : m_user.roles)
        roles << enumLabel(role);
    auto *userLabel = new QLabel(tr("Logged in as %1 (%2)").arg(m_user.displayName, roles.join(QStringLiteral(", "))), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(userLabel);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // moving without a percentage: the service is working
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setVisible(m_service.isBusy());
    statusBar()->addPermanentWidget(m_busyIndicator);
    auto *databaseLabel = new QLabel(m_databaseDescription, this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(databaseLabel);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    QAction *closeCase = file->addAction(tr("&Close case"), QKeySequence::Close, this,
                                         [this]() { closeCaseTab(m_tabs->currentIndex()); });
    closeCase->setObjectName(QStringLiteral("closeCaseAction"));
    if (allows(Operation::ReportDatalek)) {
        QAction *report = file->addAction(tr("Report a data &breach…"), this, &MainWindow::reportDatalek);
        report->setObjectName(QStringLiteral("reportDatalekAction"));
    }
    file->addSeparator();
    QAction *lockAction = file->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    QAction *lockPeriod = file->addAction(tr("Lock &after…"), this, &MainWindow::chooseLockPeriod);
    lockPeriod->setObjectName(QStringLiteral("lockPeriodAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close)->setObjectName(QStringLiteral("quitAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casusregie"), this, &MainWindow::showAbout);
}

bool MainWindow::hasUnsavedInput() const
{
    if (m_casesView && m_casesView->hasUnsavedInput())
        return true;
    const QList<FormDialog *> forms = findChildren<FormDialog *>();
    return std::any_of(forms.begin(), forms.end(), [](const FormDialog *form) { return form->hasUnsavedInput(); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !hasUnsavedInput()) {
        WindowMemory::save(this);
        for (const CaseWorkspace *workspace : openWorkspaces())
            WindowMemory::save(workspace);
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    askToDiscard(this, QStringLiteral("quitQuestion"),
                 tr("You have typed something that is not saved yet. Close Casusregie anyway?"), [this]() {
                     m_closeConfirmed = true;
                     close();
                 });
}

void MainWindow::refresh()
{
    m_service.call(this, [](Service &service) { return service.parties(); }, [this](const Result<QList<Party>> &parties) {
        if (!parties) {
            statusBar()->showMessage(tr("Could not load the parties: %1").arg(parties.error().message));
            return;
        }
        m_partiesModel->setParties(*parties, m_clock.today());
        QHash<qint64, QString> names;
        for (const Party &party : *parties)
            names.insert(party.id, party.name);
        m_partyNames = names;
        if (m_casesView)
            m_casesView->setPartyNames(names);
        if (m_usersView)
            m_usersView->setPartyNames(names);
        if (m_datalekkenView)
            m_datalekkenView->setPartyNames(names); // and loads the register
        if (m_verzoekenView)
            m_verzoekenView->setPartyNames(names); // and loads the register
        if (m_figuresView)
            m_figuresView->setPartyNames(names); // and computes the figures
        if (m_auditView)
            m_auditView->setPartyNames(names); // and shows the newest records
        if (m_keptOmView)
            m_keptOmView->setPartyNames(names); // and loads the records
    });
    if (m_casesView)
        m_casesView->refresh();
    if (m_registersView)
        m_registersView->refresh();
    if (m_usersView)
        m_usersView->refresh();
    if (m_roleGrantsView)
        m_roleGrantsView->refresh();
    for (CaseWorkspace *workspace : openWorkspaces())
        workspace->reload();
}

bool MainWindow::allows(Operation operation) const
{
    return roleMayDo(m_user, operation);
}

void MainWindow::reportDatalek()
{
    auto *dialog = new DatalekDialog(m_service, this);
    connect(dialog, &QDialog::accepted, this, [this]() {
        statusBar()->showMessage(tr("The data breach has been reported to the privacy officer."), 10000);
        if (m_datalekkenView)
            m_datalekkenView->refresh();
    });
    dialog->open();
}

void MainWindow::showSessionLost(const Error &error)
{
    m_sessionBanner->showProblem(error.code == ErrorCode::ConnectionLost ? tr("The connection with the server was lost.")
                                                                         : tr("Your session has ended."));
    m_sessionBanner->setToolTip(error.message);
}

void MainWindow::logInAgain(const std::function<void()> &then)
{
    auto *dialog = new LoginDialog(m_service, m_databaseDescription, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->askAgainFor(m_user.username, tr("Log in again as %1 to continue where you were.").arg(m_user.displayName));
    connect(dialog, &QDialog::accepted, this, [this, dialog, then]() {
        m_user = *dialog->user();
        m_sessionBanner->hide();
        statusBar()->showMessage(tr("Logged in again. Your input is still there; you can save it now."), 10000);
        refresh();
        if (then)
            then();
    });
    dialog->open();
}

namespace {

// Whether a top-level window (a form, a preview, a question) was opened from this one.
bool openedFrom(const QWidget *window, const QWidget *candidate)
{
    for (const QWidget *parent = candidate->parentWidget(); parent; parent = parent->parentWidget()) {
        if (parent == window)
            return true;
    }
    return false;
}

} // namespace

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idleWatcher->setWatching(false);
    m_clipboardGuard->clearNow();
    QToolTip::hideText();
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    // Open forms are hidden, not closed: their input is there again after unlocking.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && openedFrom(this, window)) {
            m_hiddenWhileLocked << window;
            window->hide();
        }
    }
    // Only locking itself and quitting stay; quitting asks first when there is unsaved input.
    for (QAction *action : menuBar()->findChildren<QAction *>()) {
        const bool staysOn = action->objectName() == QLatin1String("lockAction") || action->objectName() == QLatin1String("quitAction");
        if (action->isEnabled() && !staysOn && !action->menu()) {
            m_disabledWhileLocked << action;
            action->setEnabled(false);
        }
    }
    statusBar()->clearMessage();
    m_pages->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare();
}

void MainWindow::tryUnlock(const QString &password)
{
    m_lockScreen->setBusy(true);
    m_service.call(this, [password](Service &service) { return service.unlockSession(password); }, [this](const Status &unlocked) {
        m_lockScreen->setBusy(false);
        if (unlocked) {
            unlock();
            return;
        }
        const ErrorCode code = unlocked.error().code;
        if (code != ErrorCode::SessionEnded && code != ErrorCode::ConnectionLost) {
            m_lockScreen->showRefusal(unlocked.error().message);
            return;
        }
        // The server ended the session meanwhile (its own idle time), or too many wrong passwords:
        // only a new login opens the window again.
        m_lockScreen->showRefusal(unlocked.error().message);
        logInAgain([this]() { unlock(); });
    });
}

void MainWindow::unlock()
{
    m_pages->setCurrentIndex(0);
    for (QAction *action : std::as_const(m_disabledWhileLocked))
        action->setEnabled(true);
    m_disabledWhileLocked.clear();
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenWhileLocked)) {
        if (window)
            window->show();
    }
    m_hiddenWhileLocked.clear();
    m_idleWatcher->setWatching(true);
}

void MainWindow::chooseLockPeriod()
{
    bool chosen = false;
    const int minutes = QInputDialog::getInt(this, tr("Lock automatically"),
                                             tr("Lock Casusregie after this many minutes without keyboard or mouse "
                                                "(at most %1):")
                                                 .arg(LockPeriod::longest.count()),
                                             int(m_idleWatcher->period().count()), int(LockPeriod::shortest.count()),
                                             int(LockPeriod::longest.count()), 1, &chosen);
    if (!chosen)
        return;
    LockPeriod::store(std::chrono::minutes(minutes));
    m_idleWatcher->setPeriod(LockPeriod::stored());
    statusBar()->showMessage(tr("Casusregie now locks after %n minutes without input.", nullptr, minutes), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Casusregie"),
                       tr("<p><b>Casusregie</b> %1</p><p>Case management for the Zorg- en Veiligheidshuis "
                          "Rotterdam-Rijnmond.</p><p>Licensed under the EUPL-1.2.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace casusregie::ui
