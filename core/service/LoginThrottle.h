#pragma once

#include <QDateTime>

namespace casusregie::LoginThrottle {

// How repeated failures slow logging in down, for an account and for a typed name alike: from
// the third failure in a row each next attempt waits, doubling (1, 2, 4 … s), and the sixth locks
// until functioneel beheer lifts it.
constexpr int throttleAfterFailures = 3;
constexpr int lockAfterFailures = 6;

// Whole seconds before the next attempt is checked at all; 0 when it may be tried now.
qint64 secondsToWait(int failures, const QDateTime &lastFailedAt, const QDateTime &now);

} // namespace casusregie::LoginThrottle
