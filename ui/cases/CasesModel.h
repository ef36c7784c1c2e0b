#pragma once

#include "service/Commands.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace casusregie::ui {

// Casussen as a search, a party's list or the worklist shows them: number, phase, date, who
// registered it; on the worklist also the hoofdpersoon (only where the service gave the name),
// days in the phase, the next overleg (when and where), the open agreements (a partner: its own
// party's) and how many signals need attention. A list the service
// pages (the worklist) asks for its next page when the view scrolls to its end (fetchMore).
class CasesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Hoofdpersoon, Phase, DaysInPhase, NextOverleg, OpenAfspraken, Signals, Aanmeldingsdatum, AanmeldendePartij,
                  ColumnCount };
    enum { RawRole = Qt::UserRole }; // the value to sort on

    explicit CasesModel(QObject *parent = nullptr);

    // A whole list: nothing more to fetch.
    void setCases(QList<CasusOverview> cases);
    // The first page of a paged list, or the next one after nextPageWanted.
    void setFirstPage(const CasusPage &page);
    void appendPage(const CasusPage &page);
    // The page asked for could not be loaded: scrolling to the end asks again.
    void pageFailed() { m_fetching = false; }
    bool hasMore() const { return m_more; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void setPartyNames(QHash<qint64, QString> names);
    void setToday(QDate today) { m_today = today; }
    const CasusOverview &casusAt(int row) const { return m_cases.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The view reached the end of a paged list: load the page after `after`.
    void nextPageWanted(const casusregie::PageRequest &after);

private:
    QList<CasusOverview> m_cases;
    bool m_more = false;     // the service has another page
    bool m_fetching = false; // a next page was asked for and has not come yet
    QHash<qint64, QString> m_partyNames;
    QDate m_today;

    QVariant display(const CasusOverview &casus, Column column) const;
    QVariant raw(const CasusOverview &casus, Column column) const;
    QString signalsTip(const CaseAttention &attention) const;
};

} // namespace casusregie::ui
