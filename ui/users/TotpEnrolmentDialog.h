#pragma once

#include <QDialog>

namespace casusregie::ui {

// Shows a newly enrolled second factor once: the QR code for the authenticator app and, for
// apps without a camera, the secret as text. Nothing of it is kept after the dialog closes.
class TotpEnrolmentDialog final : public QDialog {
    Q_OBJECT
public:
    TotpEnrolmentDialog(const QString &displayName, const QString &provisioningUri, QWidget *parent = nullptr);
};

} // namespace casusregie::ui
