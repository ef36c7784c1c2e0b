#include "main/IdleWatcher.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace casusregie::ui {

IdleWatcher::IdleWatcher(const Clock &clock, std::chrono::minutes period, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_period(period)
    , m_lastInput(clock.now())
{
    QCoreApplication::instance()->installEventFilter(this);
    m_ticker.setInterval(std::chrono::seconds(1)); // a lock at most a second late; the check is cheap
    connect(&m_ticker, &QTimer::timeout, this, &IdleWatcher::check);
    m_ticker.start();
}

IdleWatcher::~IdleWatcher()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setPeriod(std::chrono::minutes period)
{
    m_period = period;
    m_lastInput = m_clock.now();
}

void IdleWatcher::setWatching(bool watching)
{
    m_watching = watching;
    m_lastInput = m_clock.now();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_lastInput = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_watching)
        return;
    const qint64 idleSeconds = m_lastInput.secsTo(m_clock.now());
    if (idleSeconds >= std::chrono::duration_cast<std::chrono::seconds>(m_period).count()) {
        m_watching = false; // one signal per idle spell
        Q_EMIT idle();
    }
}

} // namespace casusregie::ui
