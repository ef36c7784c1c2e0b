#pragma once

#include "common/Result.h"
#include "domain/Party.h"
#include "domain/Register.h"

#include <QList>

namespace casusregie {

class Database;

class PartyRepository {
public:
    explicit PartyRepository(Database &database);

    Result<qint64> add(const Party &party);
    Result<QList<Party>> all() const;
    Result<Party> byId(qint64 id) const;

    Status recordOpzegging(qint64 partyId, QDate date, const QString &note = QString());
    Status recordUitsluiting(qint64 partyId, QDate date, const QString &reason);

    // Toetreding, opzegging and uitsluiting in date order (C 21-24).
    Result<QList<MembershipChange>> membershipHistory() const;

    Result<qint64> addContact(qint64 partyId, const ContactPerson &contact);
    Result<QList<ContactPerson>> contacts(qint64 partyId) const;

private:
    Status logEvent(qint64 partyId, const QString &kind, QDate date, const QString &note);
    Status updateMembership(const QString &sql, const QVariantList &values);

    Database &m_database;
};

} // namespace casusregie
