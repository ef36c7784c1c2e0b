#pragma once

#include "common/Result.h"
#include "domain/Gegeven.h"

#include <QList>

namespace casusregie {

class Database;

class GegevenRepository {
public:
    explicit GegevenRepository(Database &database);

    Result<qint64> add(const Gegeven &gegeven);
    Result<Gegeven> byId(qint64 id) const;
    // Items still held (not withdrawn), oldest first.
    Result<QList<Gegeven>> heldForCasus(qint64 casusId) const;
    Result<QList<Gegeven>> heldAbout(qint64 betrokkeneId) const;
    Status correct(qint64 gegevenId, const QString &content);
    Status remove(qint64 gegevenId);

    // P 3.5b: records the review of one item and carries it into the new phase or withdraws it.
    Status applyReview(const GegevenReview &review, Phase from, Phase to, qint64 byUserId, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace casusregie
