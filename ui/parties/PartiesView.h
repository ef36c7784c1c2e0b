#pragma once

#include "domain/Party.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace casusregie::ui {

class PartiesModel;

// The parties table with a search field that filters on every column.
class PartiesView final : public QWidget {
    Q_OBJECT
public:
    PartiesView(PartiesModel *model, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_tableView; }
    // The party chosen in the table, if any.
    const Party *selectedParty() const;
    QString partyName(qint64 partyId) const;

private:
    PartiesModel *m_model;
    QLineEdit *m_filterLineEdit;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_tableView;
};

} // namespace casusregie::ui
