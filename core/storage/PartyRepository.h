#pragma once

#include "common/Result.h"
#include "domain/Party.h"

#include <QList>

namespace casusregie {

class Database;

class PartyRepository {
public:
    explicit PartyRepository(Database &database);

    Result<qint64> add(const Party &party);
    Result<QList<Party>> all() const;
    Result<Party> byId(qint64 id) const;

    Status recordOpzegging(qint64 partyId, QDate date);
    Status recordUitsluiting(qint64 partyId, QDate date, const QString &reason);

    Result<qint64> addContact(qint64 partyId, const ContactPerson &contact);
    Result<QList<ContactPerson>> contacts(qint64 partyId) const;

private:
    Status updateMembership(const QString &sql, const QVariantList &values);

    Database &m_database;
};

} // namespace casusregie
