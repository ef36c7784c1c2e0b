#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class FormDialog;
class UsersModel;

// Functioneel beheer's accounts screen: make an account with a one-time password, change roles
// (those opening personal data wait for the hoofd), give a new one-time password, block and
// unblock, lift a lockout after failed logins, and remove a second factor so the user enrols a
// new one (beheer never sees it).
class UsersView final : public QWidget {
    Q_OBJECT
public:
    UsersView(ServiceThread &service, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names);
    void refresh();

private:
    const User *selectedUser() const;
    void toggleActive();
    void unlock();
    void resetSecondFactor();
    void openAccountForm(FormDialog *form, std::function<QString()> outcome);
    void handOver(const QString &title, const QString &password);
    void showOutcome(const Status &status, const QString &done);
    void updateButtons();

    ServiceThread &m_service;
    UsersModel *m_model;
    QTableView *m_tableView;
    QHash<qint64, QString> m_partyNames;
    QPushButton *m_newButton;
    QPushButton *m_rolesButton;
    QPushButton *m_passwordButton;
    QPushButton *m_activeButton;
    QPushButton *m_unlockButton;
    QPushButton *m_totpButton;
    QLabel *m_feedbackLabel;
};

} // namespace casusregie::ui
