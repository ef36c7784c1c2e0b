#pragma once

#include "common/Result.h"
#include "domain/BewaardeOmVerstrekking.h"

#include <QList>

namespace casusregie {

class Database;

// The minimised records of OM verstrekkingen that outlive their casus (P 17.5, art. 39j Wjsg).
class OmVerstrekkingRepository {
public:
    explicit OmVerstrekkingRepository(Database &database);

    // Before a casus (gegevenId 0) or one of its items is destroyed: keeps a record of every
    // verstrekking of OM-supplied data in it that is less than 4 years old on `today`, one per
    // betrokkene the data was about. Returns how many records were kept.
    Result<int> keepBeforeDestruction(qint64 casusId, qint64 gegevenId, QDate today);

    Result<QList<BewaardeOmVerstrekking>> matching(const QString &naam, QDate geboortedatum) const;
    Result<QList<BewaardeOmVerstrekking>> all() const;
    Result<QList<BewaardeOmVerstrekking>> due(QDate today) const;
    Status destroy(qint64 id);

private:
    Database &m_database;
};

} // namespace casusregie
