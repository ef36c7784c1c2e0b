#pragma once

#include "domain/User.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// Roles that open personal data wait for a decision (B6): the hoofd confirms or refuses a
// procesregisseur's or privacy officer's role, the FG a hoofd's. The list shows every request,
// waiting ones first; a request this user may not decide says why.
class RoleGrantsView final : public QWidget {
    Q_OBJECT
public:
    RoleGrantsView(ServiceThread &service, const User &user, QWidget *parent = nullptr);

    void refresh();

private:
    const RoleGrant *selectedGrant() const;
    void updateButtons();
    void decide(bool confirm);

    ServiceThread &m_service;
    User m_user;
    RowsModel *m_model;
    QTableView *m_table;
    QLabel *m_summaryLabel;
    QPushButton *m_confirmButton;
    QPushButton *m_refuseButton;
    QList<RoleGrant> m_grants; // in the table's order
};

} // namespace casusregie::ui
