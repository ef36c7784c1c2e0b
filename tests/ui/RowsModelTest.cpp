#include "ClientWorld.h"

#include "cases/ItemReviewModel.h"
#include "forms/RowsModel.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
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

TEST_CASE("P 3.5b in the client: the review of the items held keeps every item until it is unticked and hands in the reasons typed")
{
    Gegeven first;
    first.id = 11;
    first.betrokkeneId = 1;
    first.category = DataCategory::Gezondheid;
    first.content = QString(2000, QLatin1Char('g'));
    Gegeven second = first;
    second.id = 12;
    second.content = QStringLiteral("Huurachterstand");
    ItemReviewModel model({first, second}, {{1, QStringLiteral("Sanne de Wit")}});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ItemReviewModel::BetrokkeneColumn).data().toString() == QStringLiteral("Sanne de Wit"));
    CHECK(model.index(0, ItemReviewModel::ContentColumn).data(Qt::ToolTipRole).toString() == first.content);
    // Only the decision and its reason can be changed, never the item.
    CHECK_FALSE(model.flags(model.index(0, ItemReviewModel::ContentColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(model.index(0, ItemReviewModel::ContentColumn), QStringLiteral("anders")));
    CHECK(model.index(0, ItemReviewModel::KeepColumn).data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked);

    REQUIRE(model.setData(model.index(1, ItemReviewModel::KeepColumn), Qt::Unchecked, Qt::CheckStateRole));
    REQUIRE(model.setData(model.index(1, ItemReviewModel::ReasonColumn), QStringLiteral("  Schuld is afgelost  ")));
    REQUIRE(model.setData(model.index(0, ItemReviewModel::ReasonColumn), QStringLiteral("Nodig voor het plan")));
    const QList<GegevenReview> reviews = model.reviews();
    REQUIRE(reviews.size() == 2);
    CHECK(reviews.at(0).gegevenId == 11);
    CHECK(reviews.at(0).keep);
    CHECK(reviews.at(1).gegevenId == 12);
    CHECK_FALSE(reviews.at(1).keep);
    CHECK(reviews.at(1).reason == QStringLiteral("Schuld is afgelost"));
}

TEST_CASE("Issue 13: a long text elided in a table is shown whole under it once its row is chosen, by keyboard too")
{
    RowsModel model({QStringLiteral("Datum"), QStringLiteral("Verslag")});
    const QString minutes = QStringLiteral("Begin ") + QString(3000, QLatin1Char('v')) + QStringLiteral(" einde");
    model.setRows({{TableCell(QStringLiteral("02-01-2026"), QDate(2026, 1, 2)), TableCell(minutes)}});
    QWidget window;
    QTableView *view = recordsView(QStringLiteral("verslagen"), &model, &window);
    QPlainTextEdit *detail = recordDetail(view, &window);
    window.show();
    CHECK(detail->isHidden()); // nothing chosen: the table keeps the room
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    CHECK_FALSE(detail->isHidden());
    CHECK(detail->toPlainText().contains(QStringLiteral("Verslag: ") + minutes));
    CHECK(detail->isReadOnly());
    model.setRows({});
    CHECK(detail->isHidden());
}
