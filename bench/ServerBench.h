#pragma once

#include <QString>

#include <functional>

namespace casusregie::bench {

// Logins per second and a logged-in user's request latency with and without a login flood.
void serverFigures(const std::function<void(const QString &, double, const QString &)> &line);

} // namespace casusregie::bench
