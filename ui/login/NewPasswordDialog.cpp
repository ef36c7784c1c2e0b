#include "login/NewPasswordDialog.h"

#include "security/PasswordHasher.h"
#include "service/ServiceThread.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casusregie::ui {

NewPasswordDialog::NewPasswordDialog(ServiceThread &service, QString oneTimePassword, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_oneTimePassword(std::move(oneTimePassword))
    , m_newLineEdit(new QLineEdit(this))
    , m_repeatLineEdit(new QLineEdit(this))
    , m_feedbackLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newPasswordDialog"));
    setWindowTitle(tr("Choose your own password"));
    setMinimumWidth(420);
    auto *instructions = new QLabel(tr("You logged in with a one-time password from the application manager. Choose a "
                                       "password of your own, of at least %1 characters, that nobody else knows.")
                                        .arg(PasswordHasher::minimumPasswordLength),
                                    this);
    instructions->setWordWrap(true);
    for (QLineEdit *edit : {m_newLineEdit, m_repeatLineEdit})
        edit->setEchoMode(QLineEdit::Password);
    m_newLineEdit->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_repeatLineEdit->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_feedbackLabel->setObjectName(QStringLiteral("newPasswordFeedbackLabel"));
    m_feedbackLabel->setWordWrap(true);
    m_buttonBox->setObjectName(QStringLiteral("newPasswordButtonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_newLineEdit);
    form->addRow(tr("&Repeat:"), m_repeatLineEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(instructions);
    layout->addLayout(form);
    layout->addWidget(m_feedbackLabel);
    layout->addWidget(m_buttonBox);

    for (QLineEdit *edit : {m_newLineEdit, m_repeatLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewPasswordDialog::updateButtons);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &NewPasswordDialog::save);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void NewPasswordDialog::updateButtons()
{
    const QString proposed = m_newLineEdit->text();
    const bool longEnough = proposed.size() >= PasswordHasher::minimumPasswordLength;
    const bool same = proposed == m_repeatLineEdit->text();
    m_feedbackLabel->setText(proposed.isEmpty() ? QString()
                             : !longEnough      ? tr("Still %n character(s) to go.", nullptr,
                                                     int(PasswordHasher::minimumPasswordLength - proposed.size()))
                             : !same            ? tr("The two passwords are not the same yet.")
                                                : QString());
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(longEnough && same);
}

void NewPasswordDialog::save()
{
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_service.call(this,
                   [current = m_oneTimePassword, proposed = m_newLineEdit->text()](Service &service) {
                       return service.changeOwnPassword(current, proposed);
                   },
                   [this](const Status &status) {
                       if (status) {
                           m_oneTimePassword.clear();
                           accept();
                           return;
                       }
                       m_feedbackLabel->setText(status.error().message);
                       updateButtons();
                   });
}

} // namespace casusregie::ui
