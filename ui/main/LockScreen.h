#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casusregie::ui {

// What the main window shows while it is locked: no personal data, only whose session this is
// and a field for that user's password (issue 14).
class LockScreen final : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(const QString &displayName, QWidget *parent = nullptr);

    // Ready for the first attempt: an empty field with the focus and no message.
    void prepare();
    // Ready for another attempt, saying why the last one failed.
    void showRefusal(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void unlockRequested(const QString &password);

private:
    QLineEdit *m_passwordEdit;
    QPushButton *m_unlockButton;
    QLabel *m_messageLabel;
};

} // namespace casusregie::ui
