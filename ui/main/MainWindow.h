#pragma once

#include "common/Error.h"
#include "rules/Operation.h"
#include "domain/User.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace casusregie {
class Clock;
class ServiceThread;
}

namespace casusregie::ui {

class CasesView;
class ClipboardGuard;
class IdleWatcher;
class LockScreen;
class CaseWorkspace;
class AnnualFiguresView;
class AuditView;
class DatalekkenView;
class RegistersView;
class VerzoekenView;
class PartiesModel;
class SessionBanner;
class KeptOmDisclosuresView;
class RoleGrantsView;
class UsersView;

// The client's main window after login: casussen and the covenant's parties. Every service call
// runs in the background; when the connection or session is lost the window stays as it is,
// with all input, until the same user has logged in again.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ServiceThread &service, const Clock &clock, User user, const QString &databaseDescription,
               QWidget *parent = nullptr);

    void refresh();

    // Hides every piece of personal data, here and in open forms, until the same user's password
    // is typed (issue 14). Idle time locks too, after the period chosen in the settings.
    void lock();
    bool isLocked() const;

protected:
    // Quitting (Ctrl+Q, the window's close button) with an aanmelding or a form typed but not
    // saved asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    bool hasUnsavedInput() const;

    QTabWidget *createTabs();
    QWidget *createPartiesPage(QWidget *parent);
    // A casus opens as a tab of its own beside the lists; several can be open, each once.
    void openCase(qint64 casusId);
    void closeCaseTab(int index);
    QList<CaseWorkspace *> openWorkspaces() const;
    void createStatusBar();
    void createMenus();
    void showAbout();
    void showSessionLost(const Error &error);
    // The same user logs in again; `then` runs once that has worked.
    void logInAgain(const std::function<void()> &then = {});
    void tryUnlock(const QString &password);
    void unlock();
    void chooseLockPeriod();
    void reportDatalek();
    bool allows(Operation operation) const;

    ServiceThread &m_service;
    const Clock &m_clock;
    User m_user;
    QString m_databaseDescription;
    PartiesModel *m_partiesModel;
    QTabWidget *m_tabs = nullptr;
    QHash<qint64, QString> m_partyNames;
    CasesView *m_casesView = nullptr;
    UsersView *m_usersView = nullptr;
    RoleGrantsView *m_roleGrantsView = nullptr;
    KeptOmDisclosuresView *m_keptOmView = nullptr;
    DatalekkenView *m_datalekkenView = nullptr;
    VerzoekenView *m_verzoekenView = nullptr;
    AnnualFiguresView *m_figuresView = nullptr;
    AuditView *m_auditView = nullptr;
    RegistersView *m_registersView = nullptr;
    SessionBanner *m_sessionBanner;
    ClipboardGuard *m_clipboardGuard;
    QStackedWidget *m_pages = nullptr; // the work, or the lock screen
    LockScreen *m_lockScreen = nullptr;
    IdleWatcher *m_idleWatcher = nullptr;
    QList<QPointer<QWidget>> m_hiddenWhileLocked; // open forms and previews, with their input
    QList<QAction *> m_disabledWhileLocked;
    QProgressBar *m_busyIndicator;
    bool m_closeConfirmed = false;
};

} // namespace casusregie::ui
