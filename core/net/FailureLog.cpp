#include "net/FailureLog.h"

namespace casusregie {

FailureLog::FailureLog(std::function<void(const QString &)> write)
    : m_write(std::move(write))
{
}

void FailureLog::failed(const QString &address, const QString &reason, qint64 nowMs)
{
    flush(nowMs);
    const int count = ++m_counts[address];
    if (count <= linesPerAddressPerMinute)
        m_write(QStringLiteral("TLS-verbinding van %1 mislukt: %2").arg(address, reason));
}

void FailureLog::flush(qint64 nowMs)
{
    if (m_minuteStartMs == 0)
        m_minuteStartMs = nowMs;
    if (nowMs - m_minuteStartMs < 60000)
        return;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > linesPerAddressPerMinute)
            m_write(QStringLiteral("%1 mislukte TLS-verbindingen van %2 in de afgelopen minuut").arg(it.value()).arg(it.key()));
    }
    m_counts.clear();
    m_minuteStartMs = nowMs;
}

} // namespace casusregie
