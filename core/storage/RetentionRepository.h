#pragma once

#include "common/Result.h"
#include "domain/Casus.h"
#include "domain/Retention.h"
#include "rules/RetentionSchedule.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace casusregie {

class Database;

struct WithdrawnGegeven {
    qint64 gegevenId = 0;
    qint64 casusId = 0;
};

class RetentionRepository {
public:
    explicit RetentionRepository(Database &database);

    Result<qint64> addExtension(const RetentionExtension &extension);
    Result<QList<RetentionExtension>> extensions(qint64 casusId) const;
    Result<RetentionFacts> factsFor(qint64 casusId) const;
    Result<RetentionFacts> factsFor(const Casus &casus) const; // the casus already read
    // The same for many casussen at once, in a few statements per 500 of them.
    Result<QHash<qint64, RetentionFacts>> factsForAll(const QList<Casus> &cases) const;

    Result<qint64> addCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation);
    Result<QList<Calamiteitsevaluatie>> calamiteitsevaluaties(qint64 casusId) const;

    Result<QList<qint64>> allCasusIds() const;
    Result<QList<WithdrawnGegeven>> withdrawnGegevens() const;

    // Management data computed from a casus that is about to be destroyed: no personal data.
    Result<ManagementRecord> managementRecordFor(qint64 casusId, QDate destroyedOn, RetentionRule rule) const;
    Status addManagementRecord(const ManagementRecord &record);
    Result<QList<ManagementRecord>> managementRecords() const;
    // The same figures for every casus still present (not destroyed), a step of 500 at a time.
    Result<QList<ManagementRecord>> managementRecordsOfPresentCasussen() const;

    // Deletes the casus with everything that hangs from it (foreign keys cascade).
    Status destroyCasus(qint64 casusId);

    // Counts one destruction in this run's report, in the same transaction as the destruction.
    Status countDestruction(const QDateTime &runAt, RetentionRule rule, const QString &kind);

private:
    Database &m_database;
};

} // namespace casusregie
