#include "parties/PartiesModel.h"

#include <QLocale>

namespace casusregie::ui {

PartiesModel::PartiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PartiesModel::setParties(QList<Party> parties, QDate today)
{
    beginResetModel();
    m_parties = std::move(parties);
    m_today = today;
    endResetModel();
}

int PartiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

int PartiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PartiesModel::statusText(const Party &party) const
{
    const QLocale locale;
    if (party.membership.uitgesloten.isValid() && party.membership.uitgesloten <= m_today)
        return tr("Excluded since %1").arg(locale.toString(party.membership.uitgesloten, QLocale::ShortFormat));
    if (party.membership.opgezegd.isValid() && party.membership.opgezegd <= m_today)
        return tr("Withdrew on %1").arg(locale.toString(party.membership.opgezegd, QLocale::ShortFormat));
    if (party.membership.isActiveOn(m_today) && party.membership.opgezegd.isValid())
        return tr("Takes part; withdraws on %1").arg(locale.toString(party.membership.opgezegd, QLocale::ShortFormat));
    if (party.membership.isActiveOn(m_today))
        return tr("Takes part");
    return tr("Not yet joined");
}

QVariant PartiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Party &party = m_parties.at(index.row());
    if (role == Qt::DisplayRole || role == RawRole) {
        switch (Column(index.column())) {
        case Name:
            return party.name;
        case ShortName:
            return party.shortName;
        case Type:
            return role == RawRole ? QVariant(enumKey(party.type)) : QVariant(enumLabel(party.type));
        case Toegetreden:
            return role == RawRole ? QVariant(party.membership.toegetreden)
                                   : QVariant(QLocale().toString(party.membership.toegetreden, QLocale::ShortFormat));
        case Status:
            return statusText(party);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !party.membership.uitsluitingsreden.isEmpty())
        return party.membership.uitsluitingsreden;
    return {};
}

QVariant PartiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case ShortName:
        return tr("Short name");
    case Type:
        return tr("Type (basis in P 6.4)");
    case Toegetreden:
        return tr("Joined");
    case Status:
        return tr("Membership");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casusregie::ui
