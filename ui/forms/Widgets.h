#pragma once

#include <QDate>
#include <QStringList>

class QDateEdit;
class QTableWidget;
class QWidget;

namespace casusregie::ui {

// A table that only shows: rows selected whole, columns fitted to their contents, the last one
// stretched.
QTableWidget *readOnlyTable(const QString &objectName, const QStringList &headers, QWidget *parent);
void appendRow(QTableWidget *table, const QStringList &cells);

// Today as the service counts it: the date in Europe/Amsterdam (a default the service will not
// find "in the future" between midnight and 02:00).
QDate today();

// A date field as every form has it: dd-MM-yyyy with a calendar to pick from.
QDateEdit *dateEdit(const QString &objectName, QDate date, QWidget *parent);

} // namespace casusregie::ui
