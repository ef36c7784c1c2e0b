#pragma once

#include "domain/Register.h"
#include "domain/User.h"

#include <QDate>
#include <QWidget>

class QDialog;
class QPushButton;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class PartiesView;
class RowsModel;

// The covenant's membership under the parties table: its history (toetreding, opzegging,
// uitsluiting) for functioneel beheer and the FG, and for functioneel beheer the steps that
// change it, each on the party chosen above.
class MembershipPanel final : public QWidget {
    Q_OBJECT
public:
    MembershipPanel(ServiceThread &service, QDate today, const User &user, PartiesView *parties, QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void membershipChanged(); // the parties list is to be loaded again

private:
    void updateButtons();
    void openStep(QDialog *dialog);

    ServiceThread &m_service;
    QDate m_today;
    PartiesView *m_parties;
    RowsModel *m_historyModel;
    QTableView *m_historyTable;
    QPushButton *m_toetredingButton;
    QPushButton *m_opzeggingButton;
    QPushButton *m_uitsluitingButton;
};

} // namespace casusregie::ui
