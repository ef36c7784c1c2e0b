#pragma once

#include "domain/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace casusregie::ui {

// The accounts as functioneel beheer sees them: who, of which party, which roles, whether the
// screening is on record (P 13.1, 13.3) and whether the account is active.
class UsersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, Party, Roles, Screening, Status, ColumnCount };

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(QList<User> users);
    void setPartyNames(QHash<qint64, QString> names);
    const User &userAt(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString screeningText(const User &user) const;

    QList<User> m_users;
    QHash<qint64, QString> m_partyNames;
};

} // namespace casusregie::ui
