#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

// After logging in with a one-time password from functioneel beheer: the user chooses their own
// (B6), typed twice. The service checks it; a refusal keeps the dialog open with the reason.
class NewPasswordDialog final : public QDialog {
    Q_OBJECT
public:
    NewPasswordDialog(ServiceThread &service, QString oneTimePassword, QWidget *parent = nullptr);

private:
    void updateButtons();
    void save();

    ServiceThread &m_service;
    QString m_oneTimePassword;
    QLineEdit *m_newLineEdit;
    QLineEdit *m_repeatLineEdit;
    QLabel *m_feedbackLabel;
    QDialogButtonBox *m_buttonBox;
};

} // namespace casusregie::ui
