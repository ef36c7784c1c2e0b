#include "users/AccountDialogs.h"

#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QCoreApplication>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>

namespace casusregie::ui {

QString oneTimePassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            password += QLatin1Char('-'); // read out in groups of four
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    }
    return password;
}

namespace {

// The one-time password, shown once to pass on; read-only so it is never mistyped here.
QLineEdit *passwordField(QWidget *parent)
{
    auto *field = new QLineEdit(oneTimePassword(), parent);
    field->setObjectName(QStringLiteral("oneTimePasswordEdit"));
    field->setReadOnly(true);
    field->setToolTip(QCoreApplication::translate("casusregie::ui::NewAccountDialog",
                                                  "Hand it over in person or by phone; it opens nothing but choosing an own "
                                                  "password, once."));
    return field;
}

void tickRoles(QListWidget *list, const QList<Role> &roles)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const auto role = enumFromKey<Role>(item->data(Qt::UserRole).toString());
        item->setCheckState(role && roles.contains(*role) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

NewAccountDialog::NewAccountDialog(ServiceThread &service, const QHash<qint64, QString> &parties, QWidget *parent)
    : FormDialog(service, tr("New account"), parent)
    , m_usernameEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_partyCombo(new QComboBox(this))
    , m_rolesList(enumCheckList<Role>(this))
    , m_confidentialityEdit(pastDateField(QStringLiteral("confidentialityEdit"), this))
    , m_screeningEdit(pastDateField(QStringLiteral("screeningEdit"), this))
    , m_passwordEdit(passwordField(this))
{
    setObjectName(QStringLiteral("newAccountDialog"));
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_partyCombo->setObjectName(QStringLiteral("partyCombo"));
    m_rolesList->setObjectName(QStringLiteral("rolesList"));
    fillWithNames(m_partyCombo, parties);
    // Not on record yet is a real answer: the account then gets no access to personal data.
    m_confidentialityEdit->setOptional(true);
    m_confidentialityEdit->setDate(std::nullopt);
    m_screeningEdit->setOptional(true);
    m_screeningEdit->setDate(std::nullopt);
    using Kind = InputLimits::TextKind;
    addLimitedRow(tr("&User name:"), m_usernameEdit, Kind::Naam);
    addLimitedRow(tr("&Name:"), m_nameEdit, Kind::Naam);
    form()->addRow(tr("&Organisation:"), m_partyCombo);
    form()->addRow(tr("&Roles:"), m_rolesList);
    form()->addRow(tr("&Confidentiality statement signed on (P 13.1):"), m_confidentialityEdit);
    form()->addRow(tr("&VOG or screening on (P 13.3):"), m_screeningEdit);
    form()->addRow(tr("One-time &password:"), m_passwordEdit);
    auto *note = new QLabel(tr("Roles that open personal data take effect once the hoofd confirms them. At the first login the "
                               "user chooses an own password and sets up the second factor."),
                            this);
    note->setWordWrap(true);
    form()->addRow(note);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &NewAccountDialog::updateSave);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &NewAccountDialog::updateSave);
    updateSave();
}

QString NewAccountDialog::password() const
{
    return m_passwordEdit->text();
}

void NewAccountDialog::updateSave()
{
    setSaveEnabled(!m_usernameEdit->text().trimmed().isEmpty() && !m_nameEdit->text().trimmed().isEmpty()
                   && m_partyCombo->currentIndex() >= 0);
}

void NewAccountDialog::submit()
{
    NewUser account;
    account.user.username = m_usernameEdit->text().trimmed();
    account.user.displayName = m_nameEdit->text().trimmed();
    account.user.partyId = m_partyCombo->currentData().toLongLong();
    account.user.roles = checkedEnums<Role>(m_rolesList);
    account.user.geheimhoudingsverklaring = m_confidentialityEdit->date().value_or(QDate());
    account.user.vogOfScreening = m_screeningEdit->date().value_or(QDate());
    account.password = m_passwordEdit->text();
    save([account](Service &s) { return s.addUser(account); });
}

RolesDialog::RolesDialog(ServiceThread &service, const User &user, QWidget *parent)
    : FormDialog(service, tr("Roles of %1").arg(user.displayName), parent)
    , m_userId(user.id)
    , m_rolesList(enumCheckList<Role>(this))
{
    setObjectName(QStringLiteral("rolesDialog"));
    m_rolesList->setObjectName(QStringLiteral("rolesList"));
    tickRoles(m_rolesList, user.roles + user.pendingRoles);
    form()->addRow(tr("&Roles:"), m_rolesList);
    auto *note = new QLabel(tr("A role that opens personal data takes effect once the hoofd confirms it (a new hoofd: the FG)."), this);
    note->setWordWrap(true);
    form()->addRow(note);
}

void RolesDialog::submit()
{
    save([id = m_userId, roles = checkedEnums<Role>(m_rolesList)](Service &s) { return s.setUserRoles(id, roles); });
}

ResetPasswordDialog::ResetPasswordDialog(ServiceThread &service, const User &user, QWidget *parent)
    : FormDialog(service, tr("New one-time password for %1").arg(user.displayName), parent)
    , m_userId(user.id)
    , m_passwordEdit(passwordField(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    form()->addRow(tr("One-time &password:"), m_passwordEdit);
    auto *note = new QLabel(tr("Saving ends the account's open sessions. The user logs in with this password once and then "
                               "chooses an own."),
                            this);
    note->setWordWrap(true);
    form()->addRow(note);
}

QString ResetPasswordDialog::password() const
{
    return m_passwordEdit->text();
}

void ResetPasswordDialog::submit()
{
    save([id = m_userId, password = m_passwordEdit->text()](Service &s) { return s.resetPassword(id, password); });
}

} // namespace casusregie::ui
