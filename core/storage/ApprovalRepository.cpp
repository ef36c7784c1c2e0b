#include "storage/ApprovalRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectApprovals = QStringLiteral(
    "SELECT id, gegeven_id, recipient_party_id, purpose, phase, approved_by, approved_on, how, withdrawn_on, recorded_by "
    "FROM goedkeuringen");

Approval approvalFrom(StoredRow &row)
{
    Approval approval;
    approval.id = row.value("id").toLongLong();
    approval.gegevenId = row.value("gegeven_id").toLongLong();
    approval.recipientPartyId = row.value("recipient_party_id").toLongLong();
    approval.purpose = row.enumAt<Verwerkingsdoel>("purpose");
    approval.phase = row.enumAt<Phase>("phase");
    approval.approvedBy = row.value("approved_by").toString();
    approval.approvedOn = row.value("approved_on").toDate();
    approval.how = row.value("how").toString();
    approval.withdrawnOn = row.value("withdrawn_on").toDate();
    approval.recordedByUserId = row.value("recorded_by").toLongLong();
    return approval;
}

} // namespace

ApprovalRepository::ApprovalRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> ApprovalRepository::add(const Approval &approval)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO goedkeuringen (gegeven_id, recipient_party_id, purpose, phase, approved_by, "
                                    "approved_on, how, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {approval.gegevenId, approval.recipientPartyId, enumKey(approval.purpose), enumKey(approval.phase),
                      approval.approvedBy.trimmed(), approval.approvedOn, approval.how.trimmed(), approval.recordedByUserId});
}

Result<Approval> ApprovalRepository::byId(qint64 id) const
{
    return oneRow<Approval>(m_database.connection(), selectApprovals + QStringLiteral(" WHERE id = ?"),
                            {id}, approvalFrom,
                            QStringLiteral("Deze goedkeuring bestaat niet."));
}

Status ApprovalRepository::withdraw(qint64 approvalId, QDate on)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("UPDATE goedkeuringen SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL"),
                        {on, approvalId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, QStringLiteral("Deze goedkeuring bestaat niet of is al ingetrokken."));
    return {};
}

Result<QList<Approval>> ApprovalRepository::forGegeven(qint64 gegevenId) const
{
    return listOf<Approval>(m_database.connection(), selectApprovals + QStringLiteral(" WHERE gegeven_id = ? ORDER BY id"),
                            {gegevenId}, approvalFrom);
}

Result<QList<Approval>> ApprovalRepository::forCasus(qint64 casusId) const
{
    return listOf<Approval>(m_database.connection(),
                            selectApprovals + QStringLiteral(" WHERE gegeven_id IN (SELECT id FROM gegevens WHERE casus_id = ?) ORDER BY id"),
                            {casusId}, approvalFrom);
}

Result<QSet<qint64>> ApprovalRepository::approvedFor(qint64 casusId, qint64 recipientPartyId, Phase phase, QDate day) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT g.gegeven_id FROM goedkeuringen g JOIN gegevens i ON i.id = g.gegeven_id "
                                       "WHERE i.casus_id = ? AND g.recipient_party_id = ? AND g.phase = ? AND g.approved_on <= ? "
                                       "AND (g.withdrawn_on IS NULL OR g.withdrawn_on > ?)"),
                        {casusId, recipientPartyId, enumKey(phase), day, day});
    if (!query)
        return std::unexpected(query.error());
    QSet<qint64> ids;
    while (query->next())
        ids.insert(query->value(0).toLongLong());
    return ids;
}

Status ApprovalRepository::lapseForConsent(qint64 betrokkeneId, qint64 supplierPartyId, QDate on)
{
    return execSql(m_database.connection(),
                   QStringLiteral("UPDATE goedkeuringen SET withdrawn_on = ? WHERE withdrawn_on IS NULL AND gegeven_id IN "
                                  "(SELECT id FROM gegevens WHERE betrokkene_id = ? AND supplier_party_id = ? "
                                  "AND (beroepsgeheim = 1 OR grondslag = 'toestemming'))"),
                   {on, betrokkeneId, supplierPartyId});
}

} // namespace casusregie
