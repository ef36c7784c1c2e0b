#pragma once

#include <QFrame>

class QLabel;

namespace casusregie::ui {

// A bar across the top of the window while the connection or the session is gone: says what
// happened, that nothing typed is lost, and offers to log in again.
class SessionBanner final : public QFrame {
    Q_OBJECT
public:
    explicit SessionBanner(QWidget *parent = nullptr);

    void showProblem(const QString &problem);

Q_SIGNALS:
    void loginAgainRequested();

private:
    QLabel *m_messageLabel;
};

} // namespace casusregie::ui
