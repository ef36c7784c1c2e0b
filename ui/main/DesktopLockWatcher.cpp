#include "main/DesktopLockWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>

namespace casusregie::ui {

DesktopLockWatcher::DesktopLockWatcher(QObject *parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // From any sender: the screen saver's well-known name belongs to whichever desktop runs.
        for (const auto &[path, interface] : {std::pair{"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
                                              std::pair{"/ScreenSaver", "org.freedesktop.ScreenSaver"},
                                              std::pair{"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"}}) {
            m_listening |= session.connect(QString(), QLatin1String(path), QLatin1String(interface), QStringLiteral("ActiveChanged"),
                                           this, SLOT(screenSaverActiveChanged(bool)));
        }
    }
    watchLoginSession();
}

// logind's Lock signal comes from this process's own login session object.
void DesktopLockWatcher::watchLoginSession()
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (!system.isConnected())
        return;
    const QString login1 = QStringLiteral("org.freedesktop.login1");
    QDBusMessage ask = QDBusMessage::createMethodCall(login1, QStringLiteral("/org/freedesktop/login1"),
                                                      QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
    ask << quint32(QCoreApplication::applicationPid());
    const QDBusReply<QDBusObjectPath> session = system.call(ask, QDBus::Block, 2000);
    if (!session.isValid())
        return;
    m_listening |= system.connect(login1, session.value().path(), QStringLiteral("org.freedesktop.login1.Session"),
                                  QStringLiteral("Lock"), this, SLOT(sessionLocked()));
}

void DesktopLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT desktopLocked();
}

void DesktopLockWatcher::sessionLocked()
{
    Q_EMIT desktopLocked();
}

} // namespace casusregie::ui
