#pragma once

#include "common/Result.h"
#include "domain/Datalek.h"

#include <QList>

namespace casusregie {

class Database;

// The register of datalekken: the overview of P 14.11.
class DatalekRepository {
public:
    explicit DatalekRepository(Database &database);

    Result<qint64> add(const Datalek &datalek);
    Result<Datalek> byId(qint64 id) const;
    Result<QList<Datalek>> all() const;
    Status update(const Datalek &datalek);

private:
    Database &m_database;
};

} // namespace casusregie
