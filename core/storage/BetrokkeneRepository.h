#pragma once

#include "common/Result.h"
#include "domain/Betrokkene.h"

#include <QList>

namespace casusregie {

class Database;

// A name as it is searched for: without diacritics, case-folded, single spaces ("umit celik"
// finds "Ümit Çelik"); stored next to every name that can be searched.
QString nameSearchKey(const QString &naam);

class BetrokkeneRepository {
public:
    explicit BetrokkeneRepository(Database &database);

    Result<qint64> add(const Betrokkene &betrokkene);
    Result<Betrokkene> byId(qint64 id) const;
    Result<QList<Betrokkene>> forCasus(qint64 casusId) const;
    // Betrokkenen of this name (ignoring case and diacritics) and, when given, birth date, in any casus.
    Result<QList<Betrokkene>> byName(const QString &naam, QDate geboortedatum) const;
    // Every betrokkene, in any casus, with this name and birth date (for the betrokkene's own requests).
    Result<QList<Betrokkene>> matching(const QString &naam, QDate geboortedatum) const;

private:
    Database &m_database;
};

} // namespace casusregie
