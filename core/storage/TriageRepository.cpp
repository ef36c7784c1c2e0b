#include "storage/TriageRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

TriageRepository::TriageRepository(Database &database)
    : m_database(database)
{
}

Status TriageRepository::addInvolvedParty(qint64 casusId, qint64 partyId, const QString &role)
{
    auto query = runSql(m_database.connection(),
                        // SQLCipher 3.4 is SQLite 3.15: no UPSERT yet, so replace the row.
                        QStringLiteral("INSERT OR REPLACE INTO casus_parties (casus_id, party_id, role) VALUES (?, ?, ?)"),
                        {casusId, partyId, role.trimmed()});
    if (!query)
        return std::unexpected(query.error().code == ErrorCode::Conflict
                                   ? Error{ErrorCode::NotFound, QStringLiteral("Deze partij bestaat niet.")}
                                   : query.error());
    return {};
}

Result<QMap<qint64, QString>> TriageRepository::involvedParties(qint64 casusId) const
{
    auto rows = listOf<QPair<qint64, QString>>(m_database.connection(),
                                               QStringLiteral("SELECT party_id, role FROM casus_parties WHERE casus_id = ?"), {casusId},
                                               [](StoredRow &row) {
                                                   return qMakePair(row.value("party_id").toLongLong(), row.value("role").toString());
                                               });
    if (!rows)
        return std::unexpected(rows.error());
    QMap<qint64, QString> parties;
    for (const auto &[partyId, role] : *rows)
        parties.insert(partyId, role);
    return parties;
}

Result<qint64> TriageRepository::addBekendheidscheck(const Bekendheidscheck &check)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO bekendheidschecks (casus_id, datum, other_zvh, result) VALUES (?, ?, ?, ?)"),
                     {check.casusId, check.datum, check.otherZvh.trimmed(), check.result.trimmed()});
}

Result<QList<Bekendheidscheck>> TriageRepository::bekendheidschecks(qint64 casusId) const
{
    return listOf<Bekendheidscheck>(m_database.connection(),
                                    QStringLiteral("SELECT id, datum, other_zvh, result FROM bekendheidschecks WHERE casus_id = ? ORDER BY id"),
                                    {casusId},
                                    [&](StoredRow &row) {
                                        return Bekendheidscheck{row.value("id").toLongLong(), casusId, row.value("datum").toDate(),
                                                                row.value("other_zvh").toString(), row.value("result").toString()};
                                    });
}

Result<qint64> TriageRepository::addInformatieverzoek(const Informatieverzoek &verzoek)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO informatieverzoeken (casus_id, betrokkene_id, party_id, vraag, by_user_id, at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {verzoek.casusId, verzoek.betrokkeneId, verzoek.partyId, verzoek.vraag.trimmed(), verzoek.byUserId, verzoek.at});
}

Result<QList<Informatieverzoek>> TriageRepository::informatieverzoeken(qint64 casusId) const
{
    return listOf<Informatieverzoek>(
        m_database.connection(),
        QStringLiteral("SELECT id, betrokkene_id, party_id, vraag, by_user_id, at FROM informatieverzoeken WHERE casus_id = ? ORDER BY id"),
        {casusId}, [casusId](StoredRow &row) {
            return Informatieverzoek{row.value("id").toLongLong(), casusId,
                                     row.value("betrokkene_id").toLongLong(), row.value("party_id").toLongLong(),
                                     row.value("vraag").toString(), row.value("by_user_id").toLongLong(),
                                     row.value("at").toDateTime()};
        });
}

// The unary + keeps SQLite from starting at all of the party's requests: it starts at the casussen.
Result<QSet<qint64>> TriageRepository::casussenAsking(qint64 partyId, const QList<qint64> &among) const
{
    return idSetAmong(m_database.connection(),
                      QStringLiteral("SELECT DISTINCT casus_id FROM informatieverzoeken WHERE +party_id = ? AND casus_id IN (%1)"),
                      {partyId}, among);
}

} // namespace casusregie
