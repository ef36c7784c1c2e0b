#include "storage/SummaryCopyRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

SummaryCopyRepository::SummaryCopyRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> SummaryCopyRepository::add(const SummaryCopyRecord &copy)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO summary_copies (casus_id, overleg_id, number, recipient_party_id, "
                                    "verstrekking_id, by_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {copy.casusId, copy.overlegId, copy.number, copy.recipientPartyId, copy.verstrekkingId, copy.byUserId,
                      copy.at});
}

Result<int> SummaryCopyRepository::countForOverleg(qint64 overlegId) const
{
    return oneRow<int>(m_database.connection(), QStringLiteral("SELECT count(*) FROM summary_copies WHERE overleg_id = ?"),
                       {overlegId}, [](const QSqlQuery &row) { return row.value(0).toInt(); },
                       QStringLiteral("Geen telling"));
}

Result<QList<SummaryCopyRecord>> SummaryCopyRepository::forCasus(qint64 casusId) const
{
    return listOf<SummaryCopyRecord>(
        m_database.connection(),
        QStringLiteral("SELECT c.id, c.overleg_id, c.number, c.recipient_party_id, c.verstrekking_id, c.by_user_id, c.at, "
                       "u.display_name, (SELECT count(*) FROM verstrekking_items i WHERE i.verstrekking_id = c.verstrekking_id) "
                       "FROM summary_copies c JOIN users u ON u.id = c.by_user_id WHERE c.casus_id = ? ORDER BY c.id"),
        {casusId}, [casusId](const QSqlQuery &row) {
            SummaryCopyRecord copy;
            copy.id = row.value(0).toLongLong();
            copy.casusId = casusId;
            copy.overlegId = row.value(1).toLongLong();
            copy.number = row.value(2).toString();
            copy.recipientPartyId = row.value(3).toLongLong();
            copy.verstrekkingId = row.value(4).toLongLong();
            copy.byUserId = row.value(5).toLongLong();
            copy.at = row.value(6).toDateTime();
            copy.byName = row.value(7).toString();
            copy.itemCount = row.value(8).toInt();
            return copy;
        });
}

} // namespace casusregie
