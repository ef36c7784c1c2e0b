#include "parties/PartiesView.h"

#include "parties/PartiesModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

PartiesView::PartiesView(PartiesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterLineEdit(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tableView(new QTableView(this))
{
    setObjectName(QStringLiteral("partiesView"));
    m_filterLineEdit->setObjectName(QStringLiteral("partiesFilterLineEdit"));
    m_filterLineEdit->setAccessibleName(tr("Filter the parties"));
    m_filterLineEdit->setPlaceholderText(tr("Search parties…"));
    m_filterLineEdit->setClearButtonEnabled(true);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PartiesModel::RawRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_tableView->setObjectName(QStringLiteral("partiesTableView"));
    m_tableView->setAccessibleName(tr("Parties of the covenant"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(PartiesModel::Name, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(PartiesModel::Name, QHeaderView::Stretch);
    m_tableView->horizontalHeader()->setSectionResizeMode(PartiesModel::Type, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterLineEdit);
    layout->addWidget(m_tableView);

    connect(m_filterLineEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

const Party *PartiesView::selectedParty() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->partyAt(m_proxy->mapToSource(rows.first()).row());
}

QString PartiesView::partyName(qint64 partyId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->partyAt(row).id == partyId)
            return m_model->partyAt(row).name;
    }
    return QString();
}

} // namespace casusregie::ui
