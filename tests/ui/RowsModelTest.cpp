#include "ClientWorld.h"

#include "forms/RowsModel.h"

#include <QAbstractItemModelTester>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::ui;

TEST_CASE("Issue 13: a table of records sorts dates as dates, shows long text whole in its tooltip and passes Qt's model checks")
{
    RowsModel model({QStringLiteral("Datum"), QStringLiteral("Tekst")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString longText(600, QLatin1Char('x'));
    model.setRows({{TableCell(QStringLiteral("02-01-2026"), QDate(2026, 1, 2)), TableCell(longText)},
                   {TableCell(QStringLiteral("15-12-2025"), QDate(2025, 12, 15)), TableCell(QStringLiteral("kort"), {}, true)}});
    QTableView *view = recordsView(QStringLiteral("proef"), &model, nullptr);
    view->sortByColumn(0, Qt::AscendingOrder);
    // As text "02-01-2026" would come first; as a date December 2025 does.
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("15-12-2025"));
    CHECK(view->model()->index(1, 1).data(Qt::ToolTipRole).toString() == longText);
    CHECK(view->model()->index(0, 1).data(Qt::ForegroundRole).isValid()); // asks for attention
    CHECK_FALSE(view->tabKeyNavigation()); // Tab leaves the table
    model.setRows({});
    CHECK(view->model()->rowCount() == 0);
    delete view;
}
