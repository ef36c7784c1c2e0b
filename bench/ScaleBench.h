#pragma once

#include "Report.h"

#include <QList>

namespace casusregie::bench {

// Issue 11: service operations at each database size, encrypted and plain side by side.
void scaleFigures(Report &report, const QList<int> &sizes);

} // namespace casusregie::bench
