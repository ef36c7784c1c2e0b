#include "forms/Widgets.h"

#include "common/Clock.h"

#include "forms/DateField.h"

#include <QHBoxLayout>
#include <QTimeEdit>
#include <QTimeZone>
#include <QHeaderView>
#include <QTableWidget>

namespace casusregie::ui {

QDate today()
{
    return SystemClock().today();
}

QTableWidget *readOnlyTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void appendRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

DateField *pastDateField(const QString &objectName, QWidget *parent)
{
    auto *field = new DateField(objectName, today(), parent);
    field->setRange(QDate(), today());
    return field;
}

DateField *birthDateField(const QString &objectName, QWidget *parent)
{
    auto *field = new DateField(objectName, std::nullopt, parent);
    field->setOptional(true);
    field->setRange(QDate(1900, 1, 1), today());
    return field;
}

QHBoxLayout *dateAndTimeRow(DateField *date, QTimeEdit *time)
{
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    time->setAccessibleName(DateField::tr("Time"));
    auto *row = new QHBoxLayout;
    row->addWidget(date, 1);
    row->addWidget(time, 0, Qt::AlignTop); // level with the date, above its error text
    return row;
}

QDateTime amsterdamMoment(const DateField *date, QTime time)
{
    const std::optional<QDate> day = date->date();
    if (!day)
        return {};
    return QDateTime(*day, time, QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).toUTC();
}

} // namespace casusregie::ui
