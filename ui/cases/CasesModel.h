#pragma once

#include "service/Commands.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace casusregie::ui {

// Casussen as a search or a party's list shows them: number, phase, date, who registered it.
// No personal data: that is only on the casus itself.
class CasesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Phase, Aanmeldingsdatum, AanmeldendePartij, ColumnCount };
    enum { RawRole = Qt::UserRole }; // the value to sort on

    explicit CasesModel(QObject *parent = nullptr);

    void setCases(QList<CasusOverview> cases);
    void setPartyNames(QHash<qint64, QString> names);
    const CasusOverview &casusAt(int row) const { return m_cases.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CasusOverview> m_cases;
    QHash<qint64, QString> m_partyNames;
};

} // namespace casusregie::ui
