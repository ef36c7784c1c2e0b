#pragma once

#include "common/Result.h"
#include "domain/SummaryCopy.h"

#include <QList>

namespace casusregie {

class Database;

class SummaryCopyRepository {
public:
    explicit SummaryCopyRepository(Database &database);

    Result<qint64> add(const SummaryCopyRecord &copy);
    // How many copies of this overleg's summary were made: the next copy's number follows it.
    Result<int> countForOverleg(qint64 overlegId) const;
    // Every copy of the casus, oldest first, with the maker's name and the number of items.
    Result<QList<SummaryCopyRecord>> forCasus(qint64 casusId) const;

private:
    Database &m_database;
};

} // namespace casusregie
