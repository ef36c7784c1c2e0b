#pragma once

#include "domain/User.h"
#include "forms/FormDialog.h"

class QLineEdit;

namespace casusregie::ui {

class DateField;

// A password for one login only, as functioneel beheer hands it over: long, random, without
// characters that are easily mistaken for each other (0/O, 1/l/I) when read out.
QString oneTimePassword();

// Functioneel beheer makes an account (B6): who, of which party, which roles, the screening on
// record (P 13.1, 13.3), and a one-time password shown here to hand over in person. The user
// chooses an own password and enrols the second factor at the first login; a role that opens
// personal data waits for the hoofd's confirmation.
class NewAccountDialog final : public FormDialog {
    Q_OBJECT
public:
    NewAccountDialog(ServiceThread &service, const QHash<qint64, QString> &parties, QWidget *parent = nullptr);

    QString password() const;

private:
    void submit() override;
    void updateSave();

    QLineEdit *m_usernameEdit;
    QLineEdit *m_nameEdit;
    QComboBox *m_partyCombo;
    QListWidget *m_rolesList;
    DateField *m_confidentialityEdit;
    DateField *m_screeningEdit;
    QLineEdit *m_passwordEdit;
};

// Functioneel beheer changes another account's roles. Never its own: the service refuses that.
class RolesDialog final : public FormDialog {
    Q_OBJECT
public:
    RolesDialog(ServiceThread &service, const User &user, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_userId;
    QListWidget *m_rolesList;
};

// A new one-time password for an account whose user forgot theirs: their open sessions end.
class ResetPasswordDialog final : public FormDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(ServiceThread &service, const User &user, QWidget *parent = nullptr);

    QString password() const;

private:
    void submit() override;

    qint64 m_userId;
    QLineEdit *m_passwordEdit;
};

} // namespace casusregie::ui
