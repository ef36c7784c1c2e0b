#include "net/LoginBudget.h"

#include <algorithm>

namespace casusregie {

LoginBudget::LoginBudget(int burst, int perMinute)
    : m_burst(burst)
    , m_perMs(perMinute / 60000.0)
{
}

double LoginBudget::refilled(const Bucket &bucket, qint64 nowMs) const
{
    return std::min(double(m_burst), bucket.tokens + double(nowMs - bucket.updatedMs) * m_perMs);
}

bool LoginBudget::take(const QString &address, qint64 nowMs)
{
    auto found = m_buckets.find(address);
    if (found == m_buckets.end())
        found = m_buckets.insert(address, Bucket{double(m_burst), nowMs});
    Bucket &bucket = found.value();
    bucket.tokens = refilled(bucket, nowMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

void LoginBudget::prune(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (refilled(it.value(), nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace casusregie
