#pragma once

#include "documents/Document.h"
#include "rules/AnnualFigures.h"

#include <QDate>
#include <QHash>

namespace casusregie {

// The annual report of C 12.3 from the anonymised figures: tables and bar charts; every count of
// 1 to 4 arrives withheld from the service and is printed as "<5", its bar hatched.
Document annualReportDocument(const AnnualFigures &figures, const QHash<qint64, QString> &partyNames, QDate compiledOn);

} // namespace casusregie
