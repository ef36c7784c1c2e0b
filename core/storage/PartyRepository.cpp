#include "storage/PartyRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QSqlRecord>

namespace casusregie {

namespace {

const QString selectParties = QStringLiteral(
    "SELECT id, name, short_name, type, toegetreden, ab_besluit, ondertekenaar, opgezegd, uitgesloten, uitsluitingsreden "
    "FROM parties");

Party partyFrom(StoredRow &row)
{
    Party party;
    party.id = row.value("id").toLongLong();
    party.name = row.value("name").toString();
    party.shortName = row.value("short_name").toString();
    party.type = row.enumAt<PartyType>("type");
    party.membership.toegetreden = row.value("toegetreden").toDate();
    party.membership.abBesluit = row.value("ab_besluit").toDate();
    party.membership.ondertekenaar = row.value("ondertekenaar").toString();
    party.membership.opgezegd = row.value("opgezegd").toDate();
    party.membership.uitgesloten = row.value("uitgesloten").toDate();
    party.membership.uitsluitingsreden = row.value("uitsluitingsreden").toString();
    return party;
}

// What the history shows of a toetreding: the AB's decision and who signed Bijvoegsel I.
QString toetredingNote(const Membership &membership)
{
    QStringList parts;
    if (membership.abBesluit.isValid())
        parts << QStringLiteral("Besluit Algemeen Bestuur van %1").arg(membership.abBesluit.toString(QStringLiteral("dd-MM-yyyy")));
    if (!membership.ondertekenaar.trimmed().isEmpty())
        parts << QStringLiteral("Bijvoegsel I ondertekend door %1").arg(membership.ondertekenaar.trimmed());
    return parts.join(QStringLiteral("; "));
}

} // namespace

PartyRepository::PartyRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> PartyRepository::add(const Party &party)
{
    if (party.name.trimmed().isEmpty() || party.shortName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een partij heeft een naam en een korte naam."));
    qint64 id = 0;
    auto added = m_database.inTransaction([&]() -> Status {
        auto query = runSql(m_database.connection(),
                            QStringLiteral("INSERT INTO parties (name, short_name, type, toegetreden, ab_besluit, ondertekenaar) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            {party.name.trimmed(), party.shortName.trimmed(), enumKey(party.type),
                             nullableDate(party.membership.toegetreden), nullableDate(party.membership.abBesluit),
                             party.membership.ondertekenaar.trimmed()});
        if (!query)
            return std::unexpected(query.error());
        id = query->lastInsertId().toLongLong();
        if (!party.membership.toegetreden.isValid())
            return {};
        return logEvent(id, QStringLiteral("toetreding"), party.membership.toegetreden, toetredingNote(party.membership));
    });
    if (!added)
        return std::unexpected(added.error());
    return id;
}

Status PartyRepository::logEvent(qint64 partyId, const QString &kind, QDate date, const QString &note)
{
    return execSql(m_database.connection(),
                   QStringLiteral("INSERT INTO party_membership_events (party_id, kind, datum, toelichting) VALUES (?, ?, ?, ?)"),
                   {partyId, kind, date, note});
}

Result<QList<MembershipChange>> PartyRepository::membershipHistory() const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT party_id, kind, datum, toelichting FROM party_membership_events ORDER BY datum, id"));
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<MembershipChange>(*query, [](StoredRow &row) {
        return MembershipChange{row.value("party_id").toLongLong(), row.enumAt<MembershipEvent>("kind"), row.value("datum").toDate(),
                                     row.value("toelichting").toString()};
    });
}

Result<QList<Party>> PartyRepository::all() const
{
    return listOf<Party>(m_database.connection(), selectParties + QStringLiteral(" ORDER BY name"), {}, partyFrom);
}

Result<Party> PartyRepository::byId(qint64 id) const
{
    return oneRow<Party>(m_database.connection(), selectParties + QStringLiteral(" WHERE id = ?"), {id}, partyFrom,
                         QStringLiteral("Deze partij bestaat niet."));
}

Status PartyRepository::recordOpzegging(qint64 partyId, QDate date, const QString &note)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een opzegging heeft een datum."));
    return m_database.inTransaction([&]() -> Status {
        if (auto updated = updateMembership(QStringLiteral("UPDATE parties SET opgezegd = ? WHERE id = ?"), {date, partyId}); !updated)
            return updated;
        return logEvent(partyId, QStringLiteral("opzegging"), date, note.trimmed());
    });
}

Status PartyRepository::recordUitsluiting(qint64 partyId, QDate date, const QString &reason)
{
    if (!date.isValid() || reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een uitsluiting heeft een datum en een reden (C 24.2)."));
    return m_database.inTransaction([&]() -> Status {
        if (auto updated = updateMembership(QStringLiteral("UPDATE parties SET uitgesloten = ?, uitsluitingsreden = ? WHERE id = ?"),
                                            {date, reason.trimmed(), partyId});
            !updated)
            return updated;
        return logEvent(partyId, QStringLiteral("uitsluiting"), date, reason.trimmed());
    });
}

Status PartyRepository::updateMembership(const QString &sql, const QVariantList &values)
{
    return changeOneRow(m_database.connection(), sql, values,
                        QStringLiteral("Deze partij bestaat niet."));
}

Result<qint64> PartyRepository::addContact(qint64 partyId, const ContactPerson &contact)
{
    if (contact.name.trimmed().isEmpty() || contact.function.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een contactpersoon heeft een naam en een functie (C 11)."));
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO party_contacts (party_id, name, function, business_phone, business_email) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {partyId, contact.name.trimmed(), contact.function.trimmed(), contact.businessPhone.trimmed(),
                         contact.businessEmail.trimmed()});
    if (!query)
        return std::unexpected(query.error().code == ErrorCode::Conflict
                                   ? Error{ErrorCode::NotFound, QStringLiteral("Deze partij bestaat niet.")}
                                   : query.error());
    return query->lastInsertId().toLongLong();
}

Result<QList<ContactPerson>> PartyRepository::contacts(qint64 partyId) const
{
    return listOf<ContactPerson>(m_database.connection(),
                                 QStringLiteral("SELECT id, name, function, business_phone, business_email FROM party_contacts "
                                                "WHERE party_id = ? ORDER BY name"),
                                 {partyId}, [](StoredRow &row) {
                                     return ContactPerson{row.value("id").toLongLong(), row.value("name").toString(),
                                                          row.value("function").toString(), row.value("business_phone").toString(),
                                                          row.value("business_email").toString()};
                                 });
}

} // namespace casusregie
