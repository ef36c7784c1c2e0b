#pragma once

#include "domain/Casus.h"
#include "domain/Approval.h"
#include "domain/CasusStatus.h"
#include "domain/Consent.h"
#include "domain/Gegeven.h"
#include "domain/User.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QToolButton;
class QPushButton;
class QTableView;

namespace casusregie {
class Clock;
class ServiceThread;
}

namespace casusregie::ui {

class CaseCourseTabs;
class CaseStatusPanel;
class PlanSection;
class RowsModel;

// One casus as the user may see it, as a page of the main window: its number, phase and where it
// stands, its aanmelding, and (where the access policy allows) its betrokkenen, the items their
// suppliers approved for the user's party and its course on tabs. The actions are those the
// service offers this user in this casus; one it refuses now stays visible, disabled, with why.
class CaseWorkspace final : public QWidget {
    Q_OBJECT
public:
    CaseWorkspace(ServiceThread &service, const Clock &clock, User user, qint64 casusId, QHash<qint64, QString> partyNames,
                  QWidget *parent = nullptr);

    qint64 casusId() const { return m_casusId; }
    void reload();

Q_SIGNALS:
    void caseChanged();                     // something was recorded: lists elsewhere are out of date
    void titleChanged(const QString &title); // the casus number is known: no personal data

private:
    void nameWidgets();
    void layOut();
    void connectActions();
    void showCasus(const Casus &casus);
    void loadPersonalData();
    void showItems();
    void takeOn();
    void updateActions();
    // Not offered (nothing), usable (an empty text), or why not now.
    std::optional<QString> obstacleTo(Operation operation) const;
    // Why an action the service allows cannot be taken here yet (nothing selected, nobody to
    // record it about), or empty.
    QString localObstacle(Operation operation) const;
    void openForm(QDialog *form);
    void approveSelectedItem();
    void recordOutcome();
    void withdrawConsent();
    void openSummaries();
    void withdrawApproval();
    QHash<qint64, QString> invitable() const;
    void overrideSecrecy();
    QMenu *moreActionsMenu();

    ServiceThread &m_service;
    const Clock &m_clock;
    User m_user;
    qint64 m_casusId;
    QHash<qint64, QString> m_partyNames;
    QLabel *m_headerLabel;
    CaseStatusPanel *m_statusPanel;
    QLabel *m_redenLabel;
    QLabel *m_noticeLabel;
    QPushButton *m_takeOnButton;
    QPushButton *m_addBetrokkeneButton;
    QPushButton *m_addGegevenButton;
    QPushButton *m_phaseButton;
    QPushButton *m_triageButton;
    QPushButton *m_overlegButton;
    QPushButton *m_approvalButton;
    QPushButton *m_outcomeButton;
    QPushButton *m_consentButton;
    QPushButton *m_verstrekkingButton;
    QPushButton *m_informButton;
    QPushButton *m_withdrawConsentButton;
    QPushButton *m_checkButton;
    QPushButton *m_monitoringButton;
    QPushButton *m_summaryButton;
    QToolButton *m_moreButton;
    QAction *m_withdrawApprovalAction = nullptr;
    QAction *m_secrecyOverrideAction = nullptr;
    QAction *m_appointCasusregisseurAction = nullptr;
    QAction *m_assignProcesregisseurAction = nullptr;
    QAction *m_retentionAction = nullptr;
    QAction *m_calamityAction = nullptr;
    RowsModel *m_betrokkenenModel;
    RowsModel *m_gegevensModel;
    QTableView *m_betrokkenenTable;
    QTableView *m_gegevensTable;
    PlanSection *m_planSection;
    CaseCourseTabs *m_courseTabs;
    QList<QPair<QPushButton *, Operation>> m_actionButtons;
    QList<QPair<QAction *, Operation>> m_menuActions; // the less frequent work, under "More"
    QHash<QObject *, QString> m_descriptions; // a button's or action's tooltip while it may be used
    QHash<qint64, QString> m_betrokkeneNames;
    std::optional<Casus> m_casus;
    std::optional<CasusStatus> m_status;
    QList<Gegeven> m_items;
    QList<Approval> m_approvals; // of the items above, as the course tabs loaded them
    QList<Consent> m_consents;
    bool m_personalDataVisible = false;
};

} // namespace casusregie::ui
