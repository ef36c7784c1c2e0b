#include "users/UsersModel.h"

#include <QLocale>
#include <QStringList>

namespace casusregie::ui {

UsersModel::UsersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UsersModel::setUsers(QList<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void UsersModel::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, Party), index(rowCount() - 1, Party));
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::screeningText(const User &user) const
{
    if (user.geheimhoudingsverklaring.isNull() || user.vogOfScreening.isNull())
        return tr("Incomplete: no access to personal data");
    const QLocale locale;
    return tr("Confidentiality %1, VOG %2")
        .arg(locale.toString(user.geheimhoudingsverklaring, QLocale::ShortFormat),
             locale.toString(user.vogOfScreening, QLocale::ShortFormat));
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const User &user = m_users.at(index.row());
    switch (Column(index.column())) {
    case Username:
        return user.username;
    case DisplayName:
        return user.displayName;
    case Party:
        return m_partyNames.value(user.partyId);
    case Roles: {
        QStringList roles;
        for (const Role r : user.roles)
            roles << enumLabel(r);
        for (const Role r : user.pendingRoles) // granted by beheer, waiting for the hoofd (or the FG)
            roles << tr("%1 (awaiting confirmation)").arg(enumLabel(r));
        return roles.join(QStringLiteral(", "));
    }
    case Screening:
        return screeningText(user);
    case Status:
        if (!user.active)
            return tr("Blocked");
        if (user.lockedOut)
            return tr("Locked out after too many wrong passwords");
        if (user.mustChangePassword)
            return tr("Active, one-time password not yet replaced");
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Name");
    case Party:
        return tr("Organisation");
    case Roles:
        return tr("Roles");
    case Screening:
        return tr("Screening (P 13)");
    case Status:
        return tr("Account");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace casusregie::ui
