#include "cases/ItemReviewModel.h"

#include "domain/EnumTraits.h"
#include "forms/RowsModel.h"

namespace casusregie::ui {

ItemReviewModel::ItemReviewModel(QList<Gegeven> items, QHash<qint64, QString> betrokkenen, QObject *parent)
    : QAbstractTableModel(parent)
    , m_items(std::move(items))
    , m_betrokkenen(std::move(betrokkenen))
{
    for (const Gegeven &item : std::as_const(m_items))
        m_reviews << GegevenReview{item.id, true, {}};
}

QList<GegevenReview> ItemReviewModel::reviews() const
{
    QList<GegevenReview> trimmed = m_reviews;
    for (GegevenReview &review : trimmed)
        review.reason = review.reason.trimmed();
    return trimmed;
}

int ItemReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ItemReviewModel::shownText(int row, int column) const
{
    const Gegeven &item = m_items.at(row);
    switch (column) {
    case BetrokkeneColumn:
        return m_betrokkenen.value(item.betrokkeneId);
    case KindColumn:
        return enumLabel(item.category);
    case ContentColumn:
        return item.content;
    case KeepColumn:
        return m_reviews.at(row).keep ? tr("kept") : tr("withdrawn");
    case ReasonColumn:
        return m_reviews.at(row).reason;
    default:
        return {};
    }
}

QVariant ItemReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return shownText(row, column);
    case Qt::ToolTipRole: // the whole text of a long item or reason
        return column == KeepColumn || shownText(row, column).isEmpty() ? QVariant() : QVariant(shownText(row, column));
    case Qt::CheckStateRole:
        return column == KeepColumn ? QVariant(m_reviews.at(row).keep ? Qt::Checked : Qt::Unchecked) : QVariant();
    case RowsModel::SortRole:
        return column == KeepColumn ? QVariant(m_reviews.at(row).keep) : QVariant(shownText(row, column));
    default:
        return {};
    }
}

bool ItemReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    GegevenReview &review = m_reviews[index.row()];
    if (index.column() == KeepColumn && role == Qt::CheckStateRole)
        review.keep = value.value<Qt::CheckState>() == Qt::Checked;
    else if (index.column() == ReasonColumn && role == Qt::EditRole)
        review.reason = value.toString(); // as typed: trimmed only when the review is handed in
    else
        return false;
    Q_EMIT dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags ItemReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == KeepColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == ReasonColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ItemReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ReasonColumn)
        return tr("Why still needed, or why withdrawn");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BetrokkeneColumn:
        return tr("Betrokkene");
    case KindColumn:
        return tr("Kind of data");
    case ContentColumn:
        return tr("Content");
    case KeepColumn:
        return tr("Keep");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace casusregie::ui
