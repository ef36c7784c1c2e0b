#include "login/LoginDialog.h"

#include "forms/Colours.h"
#include "login/NewPasswordDialog.h"
#include "login/SecondFactorEnrolmentDialog.h"

#include "service/ServiceThread.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casusregie::ui {

LoginDialog::LoginDialog(ServiceThread &service, const QString &databaseDescription, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_reasonLabel(new QLabel(this))
    , m_usernameLineEdit(new QLineEdit(this))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_totpLineEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Casusregie: log in"));
    setObjectName(QStringLiteral("loginDialog"));
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->hide();
    m_usernameLineEdit->setObjectName(QStringLiteral("usernameLineEdit"));
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_totpLineEdit->setObjectName(QStringLiteral("totpLineEdit"));
    m_totpLineEdit->setMaxLength(6);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(attentionStyle());
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_buttonBox->setObjectName(QStringLiteral("loginButtonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));

    auto *intro = new QLabel(tr("Zorg- en Veiligheidshuis Rotterdam-Rijnmond. This system holds confidential "
                                "personal data: use it only for your task in a case."),
                             this);
    intro->setWordWrap(true);
    auto *database = new QLabel(databaseDescription, this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_usernameLineEdit);
    form->addRow(tr("&Password:"), m_passwordLineEdit);
    if (m_service.secondFactorRequired()) {
        form->addRow(tr("&Code from the authenticator app:"), m_totpLineEdit);
    } else {
        // A demo database waives the second factor, but an account that has one still needs its code.
        form->addRow(tr("&Code from the authenticator app (if your account has one):"), m_totpLineEdit);
        auto *demoNotice = new QLabel(tr("Demo database: accounts without a second factor log in with their password alone. "
                                         "Never use it for real cases."),
                                      this);
        demoNotice->setObjectName(QStringLiteral("demoNoticeLabel"));
        demoNotice->setWordWrap(true);
        form->addRow(demoNotice);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(intro);
    layout->addWidget(database);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_usernameLineEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_passwordLineEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_totpLineEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    updateButtons();
}

std::optional<User> LoginDialog::ask(ServiceThread &service, const QString &databaseDescription, QWidget *parent)
{
    LoginDialog dialog(service, databaseDescription, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

void LoginDialog::askAgainFor(const QString &username, const QString &reason)
{
    m_usernameLineEdit->setText(username);
    m_usernameLineEdit->setReadOnly(true);
    m_reasonLabel->setText(reason);
    m_reasonLabel->show();
    m_passwordLineEdit->setFocus();
}

void LoginDialog::updateButtons()
{
    // No code yet is allowed: an account that has no second factor enrols one after the password.
    const qsizetype codeLength = m_totpLineEdit->text().trimmed().size();
    const bool codeComplete = codeLength == 0 || codeLength == 6;
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_waiting && !m_usernameLineEdit->text().trimmed().isEmpty()
                                                          && !m_passwordLineEdit->text().isEmpty() && codeComplete);
}

void LoginDialog::tryLogin()
{
    if (m_waiting)
        return;
    // Checking a password takes a moment on purpose (Argon2id); the dialog stays responsive
    // meanwhile but takes no second submit.
    m_waiting = true;
    m_errorLabel->setText(tr("Checking…"));
    m_errorLabel->show();
    updateButtons();
    m_service.call(this,
                   [username = m_usernameLineEdit->text(), password = m_passwordLineEdit->text(),
                    code = m_totpLineEdit->text().trimmed()](Service &service) { return service.login(username, password, code); },
                   [this](const Result<User> &user) { showAnswer(user); });
    m_typedPassword = m_passwordLineEdit->text(); // needed once more if it was a one-time password
    m_passwordLineEdit->clear();
    m_totpLineEdit->clear();
}

void LoginDialog::showAnswer(const Result<User> &user)
{
    m_waiting = false;
    updateButtons();
    if (!user) {
        m_errorLabel->setText(user.error().code == ErrorCode::AuthenticationFailed
                                  ? user.error().message
                                  : tr("Logging in failed: %1").arg(user.error().message));
        m_errorLabel->show();
        m_passwordLineEdit->setFocus();
        return;
    }
    m_user = *user;
    completeAccountSetup();
}

// B6: a one-time password is replaced and a missing second factor enrolled before the user gets in.
void LoginDialog::completeAccountSetup()
{
    QDialog *step = nullptr;
    if (m_user->mustChangePassword) {
        step = new NewPasswordDialog(m_service, std::exchange(m_typedPassword, QString()), this);
        connect(step, &QDialog::accepted, this, [this]() {
            m_user->mustChangePassword = false;
            completeAccountSetup();
        });
    } else if (!m_user->secondFactorEnrolled && m_service.secondFactorRequired()) {
        step = new SecondFactorEnrolmentDialog(m_service, m_user->displayName, this);
        connect(step, &QDialog::accepted, this, [this]() {
            m_user->secondFactorEnrolled = true;
            completeAccountSetup();
        });
    }
    m_typedPassword.clear();
    if (!step) {
        accept();
        return;
    }
    step->setAttribute(Qt::WA_DeleteOnClose);
    connect(step, &QDialog::rejected, this, [this]() {
        m_user.reset();
        m_errorLabel->setText(tr("Your account is not ready yet; log in again to finish setting it up."));
        m_errorLabel->show();
    });
    step->open();
}

} // namespace casusregie::ui
