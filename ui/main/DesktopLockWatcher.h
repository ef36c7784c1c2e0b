#pragma once

#include <QObject>

namespace casusregie::ui {

// Tells when the desktop locks: the screen saver starts (freedesktop or GNOME, session bus) or
// logind locks the login session (system bus). Casusregie then locks too, so personal data is not
// left behind an unlock of the desktop alone. Where no bus answers it stays silent; the idle lock
// still holds.
class DesktopLockWatcher final : public QObject {
    Q_OBJECT
public:
    explicit DesktopLockWatcher(QObject *parent = nullptr);

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void desktopLocked();

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();

private:
    void watchLoginSession();

    bool m_listening = false;
};

} // namespace casusregie::ui
