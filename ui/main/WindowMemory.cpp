#include "main/WindowMemory.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace casusregie::ui::WindowMemory {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Casusregie"), QStringLiteral("casusregie"));
}

QString key(const QWidget *window, const QString &what)
{
    return QStringLiteral("%1/%2").arg(window->objectName(), what);
}

} // namespace

void restore(QWidget *window)
{
    const QSettings stored = settings();
    if (window->isWindow()) {
        if (const QByteArray geometry = stored.value(key(window, QStringLiteral("geometry"))).toByteArray(); !geometry.isEmpty())
            window->restoreGeometry(geometry);
    }
    for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty())
            continue;
        if (const QByteArray state = stored.value(key(window, QStringLiteral("splitter/") + splitter->objectName())).toByteArray();
            !state.isEmpty())
            splitter->restoreState(state);
    }
}

void save(const QWidget *window)
{
    QSettings stored = settings();
    if (window->isWindow())
        stored.setValue(key(window, QStringLiteral("geometry")), window->saveGeometry());
    for (const QSplitter *splitter : window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            stored.setValue(key(window, QStringLiteral("splitter/") + splitter->objectName()), splitter->saveState());
    }
}

} // namespace casusregie::ui::WindowMemory
