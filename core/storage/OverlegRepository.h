#pragma once

#include "common/Result.h"
#include "domain/Overleg.h"

#include <QList>
#include <QSet>

namespace casusregie {

class Database;

class OverlegRepository {
public:
    explicit OverlegRepository(Database &database);

    Result<qint64> add(const Overleg &overleg);
    Result<Overleg> byId(qint64 id) const;
    Result<QList<Overleg>> forCasus(qint64 casusId) const;
    Status reschedule(qint64 overlegId, const QDateTime &datum, const QString &plaats);
    Status recordOutcome(qint64 overlegId, const QList<qint64> &attendingPartyIds, const QString &minutes);

    Result<qint64> addBesluit(const OverlegBesluit &besluit);
    Result<QList<OverlegBesluit>> besluitenForCasus(qint64 casusId) const;

    // Every party invited to any overleg of the casus: the casus' participants.
    Result<QSet<qint64>> invitedParties(qint64 casusId) const;
    // Those of `among` with an overleg this party is invited to.
    Result<QSet<qint64>> casussenInviting(qint64 partyId, const QList<qint64> &among) const;

private:
    Database &m_database;
};

} // namespace casusregie
