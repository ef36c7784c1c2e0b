#pragma once

#include "domain/User.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace casusregie {
class Service;
}

namespace casusregie::ui {

// Asks for username and password and checks them with the service. Stays open on a refusal,
// showing why, so the user can try again without retyping the username.
class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    LoginDialog(Service &service, const QString &databaseDescription, QWidget *parent = nullptr);

    static std::optional<User> ask(Service &service, const QString &databaseDescription, QWidget *parent = nullptr);
    std::optional<User> user() const { return m_user; }

private:
    void tryLogin();
    void updateButtons();

    Service &m_service;
    QLineEdit *m_usernameLineEdit;
    QLineEdit *m_passwordLineEdit;
    QLineEdit *m_totpLineEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttonBox;
    std::optional<User> m_user;
};

} // namespace casusregie::ui
