#pragma once

#include "common/Result.h"
#include "domain/Verstrekking.h"

#include <QList>

namespace casusregie {

class Database;

class VerstrekkingRepository {
public:
    explicit VerstrekkingRepository(Database &database);

    Result<qint64> add(const Verstrekking &verstrekking);
    Result<QList<Verstrekking>> forCasus(qint64 casusId) const;

private:
    Database &m_database;
};

} // namespace casusregie
