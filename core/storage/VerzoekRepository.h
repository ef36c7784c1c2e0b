#pragma once

#include "common/Result.h"
#include "domain/Informatieplicht.h"
#include "domain/Verzoek.h"

#include <QList>

namespace casusregie {

class Database;

// The register of verzoeken (P 17) and the informatieplicht per betrokkene (P 16).
class VerzoekRepository {
public:
    explicit VerzoekRepository(Database &database);

    Result<qint64> add(const Verzoek &verzoek);
    Result<Verzoek> byId(qint64 id) const;
    Result<QList<Verzoek>> all() const;
    Status update(const Verzoek &verzoek);

    Result<qint64> addInformatieplicht(const Informatieplicht &record);
    Result<QList<Informatieplicht>> informatieplicht(qint64 betrokkeneId) const;
    // Withheld informing whose review date has come (P 16.7), with the casus each belongs to.
    Result<QList<QPair<qint64, Informatieplicht>>> reviewsDue(QDate today) const;

private:
    Database &m_database;
};

} // namespace casusregie
