#include "storage/RegisterRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

RegisterRepository::RegisterRepository(Database &database)
    : m_database(database)
{
}

Result<QList<Verwerking>> RegisterRepository::verwerkingen() const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, naam, verantwoordelijken, doeleinden, categorieen_gegevens, categorieen_betrokkenen, "
                                       "ontvangers, doorgifte_derde_landen FROM verwerkingen ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    QList<Verwerking> list;
    while (query->next())
        list << Verwerking{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                           query->value(3).toString(), query->value(4).toString(), query->value(5).toString(),
                           query->value(6).toString(), query->value(7).toString()};
    return list;
}

Status RegisterRepository::saveVerwerking(const Verwerking &v)
{
    const QVariantList values{v.naam.trimmed(), v.verantwoordelijken.trimmed(), v.doeleinden.trimmed(), v.categorieenGegevens.trimmed(),
                              v.categorieenBetrokkenen.trimmed(), v.ontvangers.trimmed(), v.doorgifteDerdeLanden.trimmed()};
    auto query = v.id == 0
        ? runSql(m_database.connection(),
                 QStringLiteral("INSERT INTO verwerkingen (naam, verantwoordelijken, doeleinden, categorieen_gegevens, "
                                "categorieen_betrokkenen, ontvangers, doorgifte_derde_landen) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 values)
        : runSql(m_database.connection(),
                 QStringLiteral("UPDATE verwerkingen SET naam = ?, verantwoordelijken = ?, doeleinden = ?, categorieen_gegevens = ?, "
                                "categorieen_betrokkenen = ?, ontvangers = ?, doorgifte_derde_landen = ? WHERE id = ?"),
                 values + QVariantList{v.id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Deze verwerking bestaat niet."));
    return {};
}

Result<qint64> RegisterRepository::addVerwerker(const Verwerker &v)
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO verwerkers (naam, dienst, approved_by_hoofd_on, last_reviewed_on) VALUES (?, ?, ?, ?)"),
                        {v.naam.trimmed(), v.dienst.trimmed(), v.approvedByHoofdOn, nullableDate(v.lastReviewedOn)});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Status RegisterRepository::markReviewed(qint64 verwerkerId, QDate on)
{
    auto query = runSql(m_database.connection(), QStringLiteral("UPDATE verwerkers SET last_reviewed_on = ? WHERE id = ?"),
                        {on, verwerkerId});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Deze verwerker bestaat niet."));
    return {};
}

Result<QList<Verwerker>> RegisterRepository::verwerkers() const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, naam, dienst, approved_by_hoofd_on, last_reviewed_on FROM verwerkers ORDER BY naam"));
    if (!query)
        return std::unexpected(query.error());
    QList<Verwerker> list;
    while (query->next())
        list << Verwerker{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                          query->value(3).toDate(), query->value(4).toDate()};
    return list;
}

} // namespace casusregie
