#pragma once

#include "forms/RowsModel.h"
#include "storage/AuditLog.h"

#include <QHash>

namespace casusregie::ui::AuditRows {

// How an audit record reads in a table, the same in a casus's Historie and in the log browser:
// ids, never personal data; the action by its Dutch name; a refusal in red.
enum class Columns { OfOneCasus, OfTheWholeLog };

QStringList headers(Columns columns);
QList<TableCell> row(const AuditRecord &record, const QHash<qint64, QString> &partyNames, Columns columns);
QString outcomeLabel(const QString &outcome);

} // namespace casusregie::ui::AuditRows
