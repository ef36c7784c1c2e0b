#pragma once

#include "domain/Party.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace casusregie::ui {

// The covenant's parties as a table: name, short name, type and membership.
class PartiesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, ShortName, Type, Toegetreden, Status, ColumnCount };
    enum { RawRole = Qt::UserRole }; // the value to sort on

    explicit PartiesModel(QObject *parent = nullptr);

    void setParties(QList<Party> parties, QDate today);
    const Party &partyAt(int row) const { return m_parties.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const Party &party) const;

    QList<Party> m_parties;
    QDate m_today;
};

} // namespace casusregie::ui
