#pragma once

#include "common/Result.h"
#include "domain/Overleg.h"

#include <QMap>
#include <QSet>

namespace casusregie {

class Database;

// What triage records: the parties with a role in the casus (C 13.2e) and the bekendheidscheck (B2).
class TriageRepository {
public:
    explicit TriageRepository(Database &database);

    Status addInvolvedParty(qint64 casusId, qint64 partyId, const QString &role);
    Result<QMap<qint64, QString>> involvedParties(qint64 casusId) const; // party id -> role

    Result<qint64> addBekendheidscheck(const Bekendheidscheck &check);
    Result<QList<Bekendheidscheck>> bekendheidschecks(qint64 casusId) const;

    Result<qint64> addInformatieverzoek(const Informatieverzoek &verzoek);
    Result<QList<Informatieverzoek>> informatieverzoeken(qint64 casusId) const;
    // Those of `among` in which this party was asked for information.
    Result<QSet<qint64>> casussenAsking(qint64 partyId, const QList<qint64> &among) const;

private:
    Database &m_database;
};

} // namespace casusregie
