#pragma once

#include "common/Result.h"
#include "domain/Register.h"

#include <QList>

namespace casusregie {

class Database;

// The register of processing activities (P 24.3) and the processors' list (P 22.3).
class RegisterRepository {
public:
    explicit RegisterRepository(Database &database);

    Result<QList<Verwerking>> verwerkingen() const;
    Status saveVerwerking(const Verwerking &verwerking); // adds when id is 0, updates otherwise

    Result<qint64> addVerwerker(const Verwerker &verwerker);
    Status approve(qint64 verwerkerId, QDate on, qint64 byUserId);
    Status markReviewed(qint64 verwerkerId, QDate on);
    Result<QList<Verwerker>> verwerkers() const;
    Result<Verwerker> verwerker(qint64 verwerkerId) const;

private:
    Database &m_database;
};

} // namespace casusregie
