#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace casusregie {
class Clock;
}

namespace casusregie::ui {

// Tells when nobody has touched keyboard or mouse for a while (issue 14: the idle lock). It
// watches the input of the whole application, so typing in a form counts as much as in the
// main window. Time comes from the Clock, so a test can let ten minutes pass at once.
class IdleWatcher final : public QObject {
    Q_OBJECT
public:
    IdleWatcher(const Clock &clock, std::chrono::minutes period, QObject *parent = nullptr);
    ~IdleWatcher() override;

    std::chrono::minutes period() const { return m_period; }
    void setPeriod(std::chrono::minutes period);
    // While the window is locked, idleness is not news; after unlocking the period starts afresh.
    void setWatching(bool watching);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    const Clock &m_clock;
    std::chrono::minutes m_period;
    QDateTime m_lastInput;
    bool m_watching = true;
    QTimer m_ticker;
};

} // namespace casusregie::ui
