#include "cases/CasesModel.h"

#include "forms/Colours.h"

#include <QColor>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

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
    const CasusOverview &casus = m_cases.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(casus, column);
    case RawRole:
        return raw(casus, column);
    case Qt::ToolTipRole:
        return column == Signals ? QVariant(signalsTip(casus.attention)) : QVariant();
    case Qt::ForegroundRole: // signals in the red of errors
        return column == Signals && casus.attention.signalCount() > 0 ? QVariant(attentionColour()) : QVariant();
    default:
        return {};
    }
}

QVariant CasesModel::display(const CasusOverview &casus, Column column) const
{
    const QLocale locale;
    switch (column) {
    case Phase:
        return enumLabel(casus.phase);
    case DaysInPhase:
        return casus.phaseSince.isValid() && m_today.isValid() ? QVariant(casus.phaseSince.daysTo(m_today)) : QVariant();
    case NextOverleg: {
        if (!casus.attention.nextOverlegAt.isValid())
            return {};
        const QString when = locale.toString(casus.attention.nextOverlegAt.toTimeZone(QTimeZone("Europe/Amsterdam")), QLocale::ShortFormat);
        return casus.attention.nextOverlegPlaats.isEmpty() ? when : tr("%1, %2").arg(when, casus.attention.nextOverlegPlaats);
    }
    case OpenAfspraken:
        return casus.attention.openAfspraken > 0 ? QVariant(casus.attention.openAfspraken) : QVariant();
    case Signals:
        return casus.attention.signalCount() > 0 ? QVariant(casus.attention.signalCount()) : QVariant();
    case Aanmeldingsdatum:
        return locale.toString(casus.aanmeldingsdatum, QLocale::ShortFormat);
    case AanmeldendePartij:
        return m_partyNames.value(casus.aanmeldendePartijId);
    default:
        return raw(casus, column);
    }
}

// What the view sorts on: dates as dates, numbers as numbers.
QVariant CasesModel::raw(const CasusOverview &casus, Column column) const
{
    switch (column) {
    case Number:
        return casus.number.toString(); // zero-padded, so it sorts as text
    case Hoofdpersoon:
        return casus.hoofdpersoon;
    case Phase:
        return int(casus.phase);
    case DaysInPhase:
        return casus.phaseSince.isValid() && m_today.isValid() ? QVariant(casus.phaseSince.daysTo(m_today)) : QVariant(-1);
    case NextOverleg:
        return casus.attention.nextOverlegAt;
    case OpenAfspraken:
        return casus.attention.openAfspraken;
    case Signals:
        return casus.attention.signalCount();
    case Aanmeldingsdatum:
        return casus.aanmeldingsdatum;
    case AanmeldendePartij:
        return m_partyNames.value(casus.aanmeldendePartijId);
    case ColumnCount:
        break;
    }
    return {};
}

QString CasesModel::signalsTip(const CaseAttention &attention) const
{
    QStringList lines;
    if (attention.overdueAfspraken > 0)
        lines << tr("%n agreement(s) past the due date", nullptr, attention.overdueAfspraken);
    if (attention.retentionDecisionBy.isValid())
        lines << tr("retention decision due before %1").arg(QLocale().toString(attention.retentionDecisionBy, QLocale::ShortFormat));
    if (attention.informatieplichtReviewsDue > 0)
        lines << tr("%n information-duty review(s) due", nullptr, attention.informatieplichtReviewsDue);
    if (attention.secretItemsWithoutConsent > 0)
        lines << tr("%n item(s) under professional secrecy without consent", nullptr, attention.secretItemsWithoutConsent);
    return lines.join(QLatin1Char('\n'));
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Case number");
    case Hoofdpersoon:
        return tr("Hoofdpersoon");
    case Phase:
        return tr("Phase");
    case DaysInPhase:
        return tr("Days in phase");
    case NextOverleg:
        return tr("Next overleg");
    case OpenAfspraken:
        return tr("Open agreements");
    case Signals:
        return tr("Signals");
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
