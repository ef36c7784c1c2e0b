#include "cases/CasesModel.h"

#include <QLocale>

namespace casusregie::ui {

CasesModel::CasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CasesModel::setCases(QList<CasusOverview> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    m_more = false;
    m_fetching = false;
    endResetModel();
}

void CasesModel::setFirstPage(const CasusPage &page)
{
    setCases(page.items);
    m_more = page.more;
}

void CasesModel::appendPage(const CasusPage &page)
{
    m_fetching = false;
    m_more = page.more;
    if (page.items.isEmpty())
        return;
    beginInsertRows({}, int(m_cases.size()), int(m_cases.size() + page.items.size() - 1));
    m_cases.append(page.items);
    endInsertRows();
}

bool CasesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

// The next page starts after the last casus of the list as the service ordered it, whatever order
// the view shows; a page is asked for once until it arrives or fails.
void CasesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_cases.isEmpty())
        return;
    m_fetching = true;
    PageRequest after;
    after.afterDate = m_cases.constLast().aanmeldingsdatum;
    after.afterId = m_cases.constLast().id;
    Q_EMIT nextPageWanted(after);
}

void CasesModel::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    if (!m_cases.isEmpty())
        Q_EMIT dataChanged(index(0, AanmeldendePartij), index(rowCount() - 1, AanmeldendePartij));
}

int CasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const CasusOverview &casus = m_cases.at(index.row());
    switch (Column(index.column())) {
    case Number:
        return casus.number.toString(); // zero-padded, so it sorts as text
    case Phase:
        return role == RawRole ? QVariant(int(casus.phase)) : QVariant(enumLabel(casus.phase));
    case Aanmeldingsdatum:
        return role == RawRole ? QVariant(casus.aanmeldingsdatum)
                               : QVariant(QLocale().toString(casus.aanmeldingsdatum, QLocale::ShortFormat));
    case AanmeldendePartij:
        return m_partyNames.value(casus.aanmeldendePartijId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Case number");
    case Phase:
        return tr("Phase");
    case Aanmeldingsdatum:
        return tr("Registered on");
    case AanmeldendePartij:
        return tr("Registered by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casusregie::ui
