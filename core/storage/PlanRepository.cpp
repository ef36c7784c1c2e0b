#include "storage/PlanRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectAfspraken =
    QStringLiteral("SELECT id, casus_id, owner_party_id, action, due_date, status, result FROM afspraken");

Afspraak afspraakFrom(StoredRow &row)
{
    Afspraak afspraak;
    afspraak.id = row.value(0).toLongLong();
    afspraak.casusId = row.value(1).toLongLong();
    afspraak.ownerPartyId = row.value(2).toLongLong();
    afspraak.action = row.value(3).toString();
    afspraak.dueDate = row.value(4).toDate();
    afspraak.status = row.enumAt<AfspraakStatus>(5);
    afspraak.result = row.value(6).toString();
    return afspraak;
}

} // namespace

PlanRepository::PlanRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> PlanRepository::addAfspraak(const Afspraak &afspraak)
{
    if (afspraak.action.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een afspraak beschrijft wat er gebeurt."));
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO afspraken (casus_id, owner_party_id, action, due_date, status, result) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {afspraak.casusId, afspraak.ownerPartyId, afspraak.action.trimmed(), nullableDate(afspraak.dueDate),
                         enumKey(afspraak.status), afspraak.result.trimmed()});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<Afspraak> PlanRepository::afspraak(qint64 id) const
{
    auto query = runSql(m_database.connection(), selectAfspraken + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Deze afspraak bestaat niet."));
    return valueOf<Afspraak>(*query, afspraakFrom);
}

Status PlanRepository::updateAfspraak(qint64 id, AfspraakStatus status, const QString &result)
{
    auto query = runSql(m_database.connection(), QStringLiteral("UPDATE afspraken SET status = ?, result = ? WHERE id = ?"),
                        {enumKey(status), result.trimmed(), id});
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Deze afspraak bestaat niet."));
    return {};
}

Result<QList<Afspraak>> PlanRepository::afspraken(qint64 casusId) const
{
    auto query = runSql(m_database.connection(), selectAfspraken + QStringLiteral(" WHERE casus_id = ? ORDER BY id"), {casusId});
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<Afspraak>(*query, afspraakFrom);
}

Result<qint64> PlanRepository::addNote(const MonitoringNote &note)
{
    if (note.note.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een monitoringsnotitie heeft tekst."));
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO monitoring_notes (casus_id, note, by_user_id, at) VALUES (?, ?, ?, ?)"),
                        {note.casusId, note.note.trimmed(), note.byUserId, note.at});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<QList<MonitoringNote>> PlanRepository::notes(qint64 casusId) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, note, by_user_id, at FROM monitoring_notes WHERE casus_id = ? ORDER BY at, id"),
                        {casusId});
    if (!query)
        return std::unexpected(query.error());
    QList<MonitoringNote> list;
    while (query->next())
        list << MonitoringNote{query->value(0).toLongLong(), casusId, query->value(1).toString(), query->value(2).toLongLong(),
                               query->value(3).toDateTime()};
    return list;
}

} // namespace casusregie
