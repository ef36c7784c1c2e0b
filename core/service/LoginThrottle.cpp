#include "service/LoginThrottle.h"

#include <algorithm>

namespace casusregie::LoginThrottle {

qint64 secondsToWait(int failures, const QDateTime &lastFailedAt, const QDateTime &now)
{
    if (failures < throttleAfterFailures || !lastFailedAt.isValid())
        return 0;
    const qint64 waitSeconds = qint64(1) << std::min(failures - throttleAfterFailures, 6);
    const qint64 msLeft = now.msecsTo(lastFailedAt.addSecs(waitSeconds));
    return msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
}

} // namespace casusregie::LoginThrottle
