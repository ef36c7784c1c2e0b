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
    const QSqlRecord columns = query->record();
    while (query->next()) {
        StoredRow row(*query, columns);
        Verstrekking v;
        v.id = row.value("id").toLongLong();
        v.casusId = casusId;
        v.recipientPartyId = row.value("recipient_party_id").toLongLong();
        v.thirdPartyName = row.value("third_party_name").toString();
        v.purpose = row.value("purpose").toString();
        v.legalBasis = row.value("legal_basis").toString();
        v.necessity = row.value("necessity").toString();
        v.legalObligation = row.value("legal_obligation").toString();
        v.supplierWrittenConsent = row.value("supplier_written_consent").toString();
        v.byUserId = row.value("by_user_id").toLongLong();
        v.at = row.value("at").toDateTime();
        if (auto readable = row.status(); !readable)
            return std::unexpected(readable.error());
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
