#pragma once

#include "common/Result.h"
#include "domain/User.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

// Asks for username, password and (on a server) the authenticator code, and checks them with
// the service in the background. Stays open on a refusal, showing why, so the user can try
// again without retyping the username. After a lost session it asks for the same account only.
class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    LoginDialog(ServiceThread &service, const QString &databaseDescription, QWidget *parent = nullptr);

    static std::optional<User> ask(ServiceThread &service, const QString &databaseDescription, QWidget *parent = nullptr);

    // Logging in again after the connection or the session was lost: the account is fixed, so
    // nobody else takes over the open window and what was typed in it.
    void askAgainFor(const QString &username, const QString &reason);
    std::optional<User> user() const { return m_user; }

private:
    void tryLogin();
    void showAnswer(const Result<User> &user);
    void updateButtons();
    void completeAccountSetup();

    ServiceThread &m_service;
    QLabel *m_reasonLabel;
    QLineEdit *m_usernameLineEdit;
    QLineEdit *m_passwordLineEdit;
    QLineEdit *m_totpLineEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttonBox;
    bool m_waiting = false;
    std::optional<User> m_user;
    QString m_typedPassword; // kept only until a one-time password has been replaced
};

} // namespace casusregie::ui
