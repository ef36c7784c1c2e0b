#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Retention.h"
#include "storage/AuditLog.h"

#include <QList>

#include <functional>
#include <optional>

namespace casusregie {

class Database;

struct DueDestruction {
    QString kind; // "casus", "gegeven" or "om_verstrekking" (a kept record of P 17.5)
    qint64 id = 0;
    qint64 casusId = 0;
    QString casusNumber;
    RetentionRule rule = RetentionRule::VijfJaar;
    QDate dueOn;
};

struct RetentionOutcome {
    QList<DueDestruction> due;
    int destroyed = 0;
    bool dryRun = false;
    bool interrupted = false; // stopped on request before everything due was destroyed
};

// The retention run of P 11 (`casusregie-admin retention run`, daily in the server): lists what is
// due and destroys it. Each destruction is its own transaction with its audit record, its line in
// the destruction report and, for a casus, the anonymised management record that outlives it
// (P 11.7); an interrupted run leaves a consistent database and the next run finishes the work.
class RetentionJob {
public:
    RetentionJob(Database &database, const Clock &clock, AuditKey auditKey);

    Result<QList<DueDestruction>> due() const;
    // Asked before every destruction but the first; false stops the run there.
    using KeepGoing = std::function<bool()>;

    // `limit` stops after that many destructions, `keepGoing` when it says so; the next run does
    // the rest.
    Result<RetentionOutcome> run(bool dryRun, std::optional<int> limit = std::nullopt, const KeepGoing &keepGoing = {});

private:
    Status destroy(const DueDestruction &item, const QDateTime &runAt);

    Database &m_database;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace casusregie
