#include "storage/RegisterRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectVerwerkers = QStringLiteral("SELECT id, naam, dienst, approved_by_hoofd_on, last_reviewed_on FROM verwerkers");

Verwerker verwerkerFrom(StoredRow &row)
{
    return Verwerker{row.value("id").toLongLong(), row.value("naam").toString(), row.value("dienst").toString(),
                     row.value("approved_by_hoofd_on").toDate(), row.value("last_reviewed_on").toDate()};
}

} // namespace

RegisterRepository::RegisterRepository(Database &database)
    : m_database(database)
{
}

Result<QList<Verwerking>> RegisterRepository::verwerkingen() const
{
    return listOf<Verwerking>(m_database.connection(),
                              QStringLiteral("SELECT id, naam, verantwoordelijken, doeleinden, categorieen_gegevens, categorieen_betrokkenen, "
                                             "ontvangers, doorgifte_derde_landen FROM verwerkingen ORDER BY id"), {},
                              [&](StoredRow &row) {
                                  return Verwerking{row.value("id").toLongLong(), row.value("naam").toString(),
                                                    row.value("verantwoordelijken").toString(),
                                                    row.value("doeleinden").toString(),
                                                    row.value("categorieen_gegevens").toString(),
                                                    row.value("categorieen_betrokkenen").toString(),
                                                    row.value("ontvangers").toString(),
                                                    row.value("doorgifte_derde_landen").toString()};
                              });
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
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO verwerkers (naam, dienst, approved_by_hoofd_on, last_reviewed_on) VALUES (?, ?, ?, ?)"),
                     {v.naam.trimmed(), v.dienst.trimmed(), nullableDate(v.approvedByHoofdOn), nullableDate(v.lastReviewedOn)});
}

Status RegisterRepository::approve(qint64 verwerkerId, QDate on, qint64 byUserId)
{
    return changeOneRow(m_database.connection(),
                        QStringLiteral("UPDATE verwerkers SET approved_by_hoofd_on = ?, approved_by_user_id = ? WHERE id = ?"),
                        {on, byUserId, verwerkerId}, QStringLiteral("Deze verwerker bestaat niet."));
}

Status RegisterRepository::markReviewed(qint64 verwerkerId, QDate on)
{
    return changeOneRow(m_database.connection(), QStringLiteral("UPDATE verwerkers SET last_reviewed_on = ? WHERE id = ?"),
                        {on, verwerkerId},
                        QStringLiteral("Deze verwerker bestaat niet."));
}

Result<QList<Verwerker>> RegisterRepository::verwerkers() const
{
    return listOf<Verwerker>(m_database.connection(), selectVerwerkers + QStringLiteral(" ORDER BY naam"), {}, verwerkerFrom);
}

Result<Verwerker> RegisterRepository::verwerker(qint64 verwerkerId) const
{
    return oneRow<Verwerker>(m_database.connection(), selectVerwerkers + QStringLiteral(" WHERE id = ?"), {verwerkerId},
                             verwerkerFrom, QStringLiteral("Deze verwerker bestaat niet."));
}

} // namespace casusregie
