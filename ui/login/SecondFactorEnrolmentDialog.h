#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

// The user's own enrolment of a second factor (B6: functioneel beheer never sees it): the QR code
// for the authenticator app on the user's phone and, for apps without a camera, the key as text;
// then the first code the app shows, which the service checks before the factor counts.
class SecondFactorEnrolmentDialog final : public QDialog {
    Q_OBJECT
public:
    SecondFactorEnrolmentDialog(ServiceThread &service, const QString &displayName, QWidget *parent = nullptr);

private:
    void showCode(const QString &provisioningUri);
    void confirm();

    ServiceThread &m_service;
    QLabel *m_qrLabel;
    QLabel *m_secretLabel;
    QLineEdit *m_codeLineEdit;
    QLabel *m_feedbackLabel;
    QDialogButtonBox *m_buttonBox;
};

} // namespace casusregie::ui
