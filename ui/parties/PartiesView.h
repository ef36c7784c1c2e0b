#pragma once

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

private:
    QLineEdit *m_filterLineEdit;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_tableView;
};

} // namespace casusregie::ui
