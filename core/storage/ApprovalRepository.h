#pragma once

#include "common/Result.h"
#include "domain/Approval.h"

#include <QList>
#include <QSet>

namespace casusregie {

class Database;

class ApprovalRepository {
public:
    explicit ApprovalRepository(Database &database);

    Result<qint64> add(const Approval &approval);
    Result<Approval> byId(qint64 id) const;
    Status withdraw(qint64 approvalId, QDate on);
    Result<QList<Approval>> forGegeven(qint64 gegevenId) const;
    Result<QList<Approval>> forCasus(qint64 casusId) const;
    // The items of a casus this party may see on that day.
    // The items of the casus approved for this recipient on this day, in this phase (P 3.5a/c: an
    // approval lapses when the casus moves to another phase).
    Result<QSet<qint64>> approvedFor(qint64 casusId, qint64 recipientPartyId, Phase phase, QDate day) const;
    // P 13.7: when consent is withdrawn, the recipients' approvals of the items it covered lapse.
    Status lapseForConsent(qint64 betrokkeneId, qint64 supplierPartyId, QDate on);

private:
    Database &m_database;
};

} // namespace casusregie
