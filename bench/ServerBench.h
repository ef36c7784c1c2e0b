#pragma once

#include "Report.h"

namespace casusregie::bench {

// Logins per second and a logged-in user's latency with and without a login flood; calls per
// second and latency with 1, 8 and 32 paced clients on a database of `cases` casussen, and with
// 8 while the retention run destroys.
void serverFigures(Report &report, int cases);

} // namespace casusregie::bench
