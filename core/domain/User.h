#pragma once

#include "domain/Role.h"

#include <QDate>
#include <QDateTime>
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
    // B6 (separation of duties): a password set by functioneel beheer is for one login only; the
    // user chooses their own before doing anything else.
    bool mustChangePassword = false;
    bool secondFactorEnrolled = false; // enrolled by the user; beheer can only reset it
    bool lockedOut = false;            // after too many wrong passwords; functioneel beheer lifts it
    // Roles granted by functioneel beheer that open personal data and wait for confirmation by
    // the hoofd (by the FG for a new hoofd); not in `roles` until then.
    QList<Role> pendingRoles;
    qint64 sessionEpoch = 0; // raised when beheer resets or disables the account: open sessions end

    bool hasRole(Role role) const { return roles.contains(role); }
};

// A role granted to an account that waits for confirmation, or was decided.
struct RoleGrant {
    qint64 id = 0;
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::Procesregisseur;
    qint64 requestedBy = 0;
    QDateTime requestedAt;
    qint64 decidedBy = 0; // 0 while pending
    QDateTime decidedAt;
    bool confirmed = false;

    bool pending() const { return decidedBy == 0; }
};

} // namespace casusregie
