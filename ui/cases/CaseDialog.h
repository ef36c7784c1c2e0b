#pragma once

#include "domain/Casus.h"
#include "domain/Gegeven.h"
#include "domain/User.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class CaseCourseTabs;
class PlanSection;

// One casus as the user may see it: its number, phase and aanmelding, and (where the access
// policy allows) its betrokkenen and the items their suppliers approved for the user's party.
// A procesregisseur takes on a new aanmelding from here, adds betrokkenen and items and moves the
// casus to its next phase; a partner adds items of its own party. The service decides each step.
class CaseDialog final : public QDialog {
    Q_OBJECT
public:
    CaseDialog(ServiceThread &service, User user, qint64 casusId, QHash<qint64, QString> partyNames, QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void caseChanged(); // the casus was taken on: lists elsewhere are out of date

private:
    void nameWidgets();
    void layOut();
    void connectActions();
    void showCasus(const Casus &casus);
    void loadPersonalData();
    void takeOn();
    void updateActions();
    void openForm(QDialog *form);
    void approveSelectedItem();
    void recordOutcome();
    void withdrawConsent();
    void openSummaries();

    ServiceThread &m_service;
    User m_user;
    qint64 m_casusId;
    QHash<qint64, QString> m_partyNames;
    QLabel *m_headerLabel;
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
    QTableWidget *m_betrokkenenTable;
    QTableWidget *m_gegevensTable;
    PlanSection *m_planSection;
    CaseCourseTabs *m_courseTabs;
    QHash<qint64, QString> m_betrokkeneNames;
    std::optional<Casus> m_casus;
    QList<Gegeven> m_items;
    bool m_personalDataVisible = false;
};

} // namespace casusregie::ui
