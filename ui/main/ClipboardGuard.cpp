#include "main/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace casusregie::ui {

ClipboardGuard::ClipboardGuard(std::chrono::milliseconds keep, CopiedHere copiedHere, QObject *parent)
    : QObject(parent)
    , m_copiedHere(copiedHere ? std::move(copiedHere)
                              : [] { return QGuiApplication::applicationState() == Qt::ApplicationActive; })
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(keep);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardGuard::noteChange);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::noteChange()
{
    // A copy made while Casusregie has the focus is ours; one made in another program is not.
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty() || !m_copiedHere()) {
        m_copied.clear();
        m_timer.stop();
        return;
    }
    m_copied = text;
    m_timer.start();
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (!m_copied.isEmpty() && QGuiApplication::clipboard()->text() == m_copied)
        QGuiApplication::clipboard()->clear();
    m_copied.clear();
}

} // namespace casusregie::ui
