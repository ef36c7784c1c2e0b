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
    afspraak.id = row.value("id").toLongLong();
    afspraak.casusId = row.value("casus_id").toLongLong();
    afspraak.ownerPartyId = row.value("owner_party_id").toLongLong();
    afspraak.action = row.value("action").toString();
    afspraak.dueDate = row.value("due_date").toDate();
    afspraak.status = row.enumAt<AfspraakStatus>("status");
    afspraak.result = row.value("result").toString();
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
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO afspraken (casus_id, owner_party_id, action, due_date, status, result) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {afspraak.casusId, afspraak.ownerPartyId, afspraak.action.trimmed(), nullableDate(afspraak.dueDate),
                      enumKey(afspraak.status), afspraak.result.trimmed()});
}

Result<Afspraak> PlanRepository::afspraak(qint64 id) const
{
    return oneRow<Afspraak>(m_database.connection(), selectAfspraken + QStringLiteral(" WHERE id = ?"),
                            {id}, afspraakFrom,
                            QStringLiteral("Deze afspraak bestaat niet."));
}

Status PlanRepository::updateAfspraak(qint64 id, AfspraakStatus status, const QString &result)
{
    return changeOneRow(m_database.connection(), QStringLiteral("UPDATE afspraken SET status = ?, result = ? WHERE id = ?"),
                        {enumKey(status), result.trimmed(), id},
                        QStringLiteral("Deze afspraak bestaat niet."));
}

Result<QList<Afspraak>> PlanRepository::afspraken(qint64 casusId) const
{
    return listOf<Afspraak>(m_database.connection(), selectAfspraken + QStringLiteral(" WHERE casus_id = ? ORDER BY id"),
                            {casusId}, afspraakFrom);
}

Result<qint64> PlanRepository::addNote(const MonitoringNote &note)
{
    if (note.note.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een monitoringsnotitie heeft tekst."));
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO monitoring_notes (casus_id, note, by_user_id, at) VALUES (?, ?, ?, ?)"),
                     {note.casusId, note.note.trimmed(), note.byUserId, note.at});
}

Result<QList<MonitoringNote>> PlanRepository::notes(qint64 casusId) const
{
    return listOf<MonitoringNote>(m_database.connection(),
                                  QStringLiteral("SELECT id, note, by_user_id, at FROM monitoring_notes WHERE casus_id = ? ORDER BY at, id"),
                                  {casusId},
                                  [&](StoredRow &row) {
                                      return MonitoringNote{row.value("id").toLongLong(), casusId, row.value("note").toString(),
                                                            row.value("by_user_id").toLongLong(), row.value("at").toDateTime()};
                                  });
}

} // namespace casusregie
