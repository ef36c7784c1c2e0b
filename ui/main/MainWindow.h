#pragma once

#include "common/Error.h"
#include "rules/Operation.h"
#include "domain/User.h"

#include <QHash>
#include <QMainWindow>

class QProgressBar;
class QTabWidget;

namespace casusregie {
class Clock;
class ServiceThread;
}

namespace casusregie::ui {

class CasesView;
class CaseWorkspace;
class AnnualFiguresView;
class DatalekkenView;
class RegistersView;
class VerzoekenView;
class PartiesModel;
class SessionBanner;
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

protected:
    // Quitting (Ctrl+Q, the window's close button) with an aanmelding or a form typed but not
    // saved asks first.
    void closeEvent(QCloseEvent *event) override;

private:
    bool hasUnsavedInput() const;

    QTabWidget *createTabs();
    // A casus opens as a tab of its own beside the lists; several can be open, each once.
    void openCase(qint64 casusId);
    void closeCaseTab(int index);
    QList<CaseWorkspace *> openWorkspaces() const;
    void createStatusBar();
    void createMenus();
    void showAbout();
    void showSessionLost(const Error &error);
    void logInAgain();
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
    DatalekkenView *m_datalekkenView = nullptr;
    VerzoekenView *m_verzoekenView = nullptr;
    AnnualFiguresView *m_figuresView = nullptr;
    RegistersView *m_registersView = nullptr;
    SessionBanner *m_sessionBanner;
    QProgressBar *m_busyIndicator;
    bool m_closeConfirmed = false;
};

} // namespace casusregie::ui
