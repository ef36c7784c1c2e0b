#include "forms/RowsModel.h"

#include "forms/Colours.h"

#include <QBrush>
#include <QColor>
#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace casusregie::ui {

RowsModel::RowsModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

void RowsModel::setRows(QList<QList<TableCell>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RowsModel::setTable(QStringList headers, QList<QList<TableCell>> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    endResetModel();
}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableCell cell = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.text.isEmpty() ? QVariant() : QVariant(cell.text);
    case SortRole:
        return cell.sortKey.isValid() ? cell.sortKey : QVariant(cell.text);
    case Qt::TextAlignmentRole: {
        const int type = cell.sortKey.typeId();
        const bool count = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
        return count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    case Qt::ForegroundRole:
        return cell.attention ? QVariant(QBrush(attentionColour())) : QVariant();
    default:
        return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

QTableView *recordsView(const QString &objectName, RowsModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *sorted = new QSortFilterProxyModel(view);
    sorted->setSourceModel(model);
    sorted->setSortRole(RowsModel::SortRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setObjectName(objectName);
    view->setModel(sorted);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // in the service's order until the user sorts
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(140);
    return view;
}

QPlainTextEdit *recordDetail(QTableView *view, QWidget *parent)
{
    auto *detail = new QPlainTextEdit(parent);
    detail->setObjectName(view->objectName() + QStringLiteral("/detail"));
    detail->setReadOnly(true);
    detail->setTabChangesFocus(true);
    detail->setMaximumHeight(90);
    detail->setAccessibleName(QObject::tr("Selected record in full"));
    const auto show = [view, detail](const QModelIndex &current) {
        QStringList lines;
        const QAbstractItemModel *model = view->model();
        for (int column = 0; current.isValid() && column < model->columnCount(); ++column) {
            const QString text = model->index(current.row(), column).data().toString();
            if (!text.isEmpty())
                lines << model->headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") + text;
        }
        detail->setPlainText(lines.join(QLatin1Char('\n')));
        detail->setVisible(!lines.isEmpty()); // room for the table while nothing is chosen
    };
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, detail,
                     [show](const QModelIndex &current) { show(current); });
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, detail, [detail]() {
        detail->clear();
        detail->hide();
    });
    detail->hide();
    return detail;
}

int selectedModelRow(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const auto *sorted = qobject_cast<const QAbstractProxyModel *>(view->model());
    return sorted ? sorted->mapToSource(rows.first()).row() : rows.first().row();
}

void selectModelRow(QTableView *view, int modelRow)
{
    const auto *sorted = qobject_cast<const QAbstractProxyModel *>(view->model());
    const QModelIndex source = sorted ? sorted->sourceModel()->index(modelRow, 0) : view->model()->index(modelRow, 0);
    const QModelIndex shown = sorted ? sorted->mapFromSource(source) : source;
    if (!shown.isValid())
        return;
    view->selectRow(shown.row());
    view->scrollTo(shown);
}

} // namespace casusregie::ui
