#include "storage/VerstrekkingRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

VerstrekkingRepository::VerstrekkingRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> VerstrekkingRepository::add(const Verstrekking &v)
{
    const QSqlDatabase db = m_database.connection();
    auto inserted = runSql(db,
                           QStringLiteral("INSERT INTO verstrekkingen (casus_id, recipient_party_id, third_party_name, purpose, "
                                          "legal_basis, necessity, legal_obligation, supplier_written_consent, by_user_id, at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {v.casusId, nullableId(v.recipientPartyId),
                            v.thirdPartyName.trimmed(), v.purpose.trimmed(), v.legalBasis.trimmed(), v.necessity.trimmed(),
                            v.legalObligation.trimmed(), v.supplierWrittenConsent.trimmed(), v.byUserId, v.at});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = inserted->lastInsertId().toLongLong();
    for (const qint64 gegevenId : v.gegevenIds) {
        auto item = runSql(db, QStringLiteral("INSERT INTO verstrekking_items (verstrekking_id, gegeven_id) VALUES (?, ?)"),
                           {id, gegevenId});
        if (!item)
            return std::unexpected(item.error());
    }
    return id;
}

Result<QList<Verstrekking>> VerstrekkingRepository::forCasus(qint64 casusId) const
{
    const QSqlDatabase db = m_database.connection();
    auto query = runSql(db,
                        QStringLiteral("SELECT id, recipient_party_id, third_party_name, purpose, legal_basis, necessity, "
                                       "legal_obligation, supplier_written_consent, by_user_id, at FROM verstrekkingen "
                                       "WHERE casus_id = ? ORDER BY id"),
                        {casusId});
    if (!query)
        return std::unexpected(query.error());
    QList<Verstrekking> list;
    while (query->next()) {
        Verstrekking v;
        v.id = query->value(0).toLongLong();
        v.casusId = casusId;
        v.recipientPartyId = query->value(1).toLongLong();
        v.thirdPartyName = query->value(2).toString();
        v.purpose = query->value(3).toString();
        v.legalBasis = query->value(4).toString();
        v.necessity = query->value(5).toString();
        v.legalObligation = query->value(6).toString();
        v.supplierWrittenConsent = query->value(7).toString();
        v.byUserId = query->value(8).toLongLong();
        v.at = query->value(9).toDateTime();
        list << v;
    }
    for (Verstrekking &v : list) {
        auto items = runSql(db, QStringLiteral("SELECT gegeven_id FROM verstrekking_items WHERE verstrekking_id = ? ORDER BY gegeven_id"),
                            {v.id});
        if (!items)
            return std::unexpected(items.error());
        while (items->next())
            v.gegevenIds << items->value(0).toLongLong();
    }
    return list;
}

} // namespace casusregie
