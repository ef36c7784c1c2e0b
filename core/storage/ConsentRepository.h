#pragma once

#include "common/Result.h"
#include "domain/Consent.h"

#include <QList>

namespace casusregie {

class Database;

class ConsentRepository {
public:
    explicit ConsentRepository(Database &database);

    Result<qint64> add(const Consent &consent);
    Result<Consent> byId(qint64 id) const;
    Result<QList<Consent>> forCasus(qint64 casusId) const;
    Status withdraw(qint64 consentId, QDate on);
    // Is there consent, on that day, for what this party holds about this betrokkene?
    Result<bool> isActive(qint64 betrokkeneId, qint64 supplierPartyId, QDate day) const;

    Result<qint64> addSecrecyOverride(const SecrecyOverride &override);
    Result<bool> hasSecrecyOverride(qint64 gegevenId) const;
    Result<QList<SecrecyOverride>> secrecyOverridesForCasus(qint64 casusId) const;

private:
    Database &m_database;
};

} // namespace casusregie
