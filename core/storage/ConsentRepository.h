#pragma once

#include "common/Result.h"
#include "domain/Toestemming.h"

#include <QList>

namespace casusregie {

class Database;

class ConsentRepository {
public:
    explicit ConsentRepository(Database &database);

    Result<qint64> add(const Toestemming &consent);
    Result<Toestemming> byId(qint64 id) const;
    Result<QList<Toestemming>> forCasus(qint64 casusId) const;
    Status withdraw(qint64 consentId, QDate on);
    // Is there consent, on that day, for what this party holds about this betrokkene?
    Result<bool> isActive(qint64 betrokkeneId, qint64 supplierPartyId, QDate day) const;

    Result<qint64> addOverride(const GeheimDoorbreking &override);
    Result<bool> hasOverride(qint64 gegevenId) const;

private:
    Database &m_database;
};

} // namespace casusregie
