#pragma once

#include "Report.h"

namespace casusregie::bench {

// Issue 12: making the PDF of a case summary of about ten pages.
void documentFigures(Report &report);

} // namespace casusregie::bench
