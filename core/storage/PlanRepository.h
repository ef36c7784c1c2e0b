#pragma once

#include "common/Result.h"
#include "domain/Overleg.h"

#include <QDateTime>
#include <QList>

namespace casusregie {

class Database;

// The plan van aanpak: agreements per party and the monitoring notes (C 9.4).
class PlanRepository {
public:
    explicit PlanRepository(Database &database);

    Result<qint64> addAfspraak(const Afspraak &afspraak);
    Result<Afspraak> afspraak(qint64 id) const;
    Status updateAfspraak(qint64 id, AfspraakStatus status, const QString &result);
    Result<QList<Afspraak>> afspraken(qint64 casusId) const;

    Result<qint64> addNote(const MonitoringNote &note);
    Result<QList<MonitoringNote>> notes(qint64 casusId) const;

private:
    Database &m_database;
};

} // namespace casusregie
