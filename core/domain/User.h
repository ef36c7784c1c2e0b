#pragma once

#include "domain/Role.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casusregie {

struct User {
    qint64 id = 0;
    QString username;
    QString displayName;
    qint64 partyId = 0;
    QList<Role> roles;
    QDate geheimhoudingsverklaring; // signed on (P 13.1); null when not on record
    QDate vogOfScreening;           // positive VOG or screening on (P 13.3); null when not on record
    bool active = true;

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace casusregie
