#pragma once

#include "domain/Gegeven.h"

#include <QAbstractTableModel>
#include <QHash>

namespace casusregie::ui {

// The review of every item held at a phase change (P 3.5b), as a table the procesregisseur fills
// in: per item whether it is kept and why it is still needed (or why it is withdrawn). The item
// itself is shown, not edited; only the decision and its reason are.
class ItemReviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { BetrokkeneColumn, KindColumn, ContentColumn, KeepColumn, ReasonColumn, ColumnCount };

    ItemReviewModel(QList<Gegeven> items, QHash<qint64, QString> betrokkenen, QObject *parent = nullptr);

    QList<GegevenReview> reviews() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString shownText(int row, int column) const;

    QList<Gegeven> m_items;
    QHash<qint64, QString> m_betrokkenen;
    QList<GegevenReview> m_reviews; // row i reviews m_items[i]; every item is kept until unticked
};

} // namespace casusregie::ui
