#pragma once

#include <QObject>

class QSocketNotifier;

namespace casusregie::server {

// Turns SIGTERM and SIGINT into a Qt signal, so the server stops between requests: the request in
// hand finishes and the database is closed cleanly.
class SignalWatcher final : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void stopRequested();

private:
    static void onSignal(int);
    static inline int s_pipe[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace casusregie::server
