#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace casusregie {

// Logs failed TLS connections without letting a flood fill the journal: the first few from an
// address each minute get their own line, the rest one summary line per address at the end of the
// minute ("123 mislukte TLS-verbindingen van 10.0.0.5 in de afgelopen minuut").
class FailureLog {
public:
    static constexpr int linesPerAddressPerMinute = 3;

    explicit FailureLog(std::function<void(const QString &)> write);

    void failed(const QString &address, const QString &reason, qint64 nowMs);
    // Writes the summaries of the minute that ended; called from the server's sweep.
    void flush(qint64 nowMs);

private:
    std::function<void(const QString &)> m_write;
    qint64 m_minuteStartMs = 0;
    QHash<QString, int> m_counts;
};

} // namespace casusregie
