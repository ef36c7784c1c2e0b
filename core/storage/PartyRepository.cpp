#include "storage/PartyRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QSqlRecord>

namespace casusregie {

namespace {

const QString selectParties = QStringLiteral(
    "SELECT id, name, short_name, type, toegetreden, opgezegd, uitgesloten, uitsluitingsreden FROM parties");

Party partyFrom(const QSqlQuery &query)
{
    Party party;
    party.id = query.value(0).toLongLong();
    party.name = query.value(1).toString();
    party.shortName = query.value(2).toString();
    party.type = enumFromKey<PartyType>(query.value(3).toString()).value_or(PartyType::Overig);
    party.membership.toegetreden = query.value(4).toDate();
    party.membership.opgezegd = query.value(5).toDate();
    party.membership.uitgesloten = query.value(6).toDate();
    party.membership.uitsluitingsreden = query.value(7).toString();
    return party;
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
    auto query = runSql(m_database.connection(),
                        QStringLiteral("INSERT INTO parties (name, short_name, type, toegetreden) VALUES (?, ?, ?, ?)"),
                        {party.name.trimmed(), party.shortName.trimmed(), enumKey(party.type),
                         nullableDate(party.membership.toegetreden)});
    if (!query)
        return std::unexpected(query.error());
    return query->lastInsertId().toLongLong();
}

Result<QList<Party>> PartyRepository::all() const
{
    auto query = runSql(m_database.connection(), selectParties + QStringLiteral(" ORDER BY name"));
    if (!query)
        return std::unexpected(query.error());
    QList<Party> parties;
    while (query->next())
        parties << partyFrom(*query);
    return parties;
}

Result<Party> PartyRepository::byId(qint64 id) const
{
    auto query = runSql(m_database.connection(), selectParties + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, QStringLiteral("Deze partij bestaat niet."));
    return partyFrom(*query);
}

Status PartyRepository::recordOpzegging(qint64 partyId, QDate date)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een opzegging heeft een datum."));
    return updateMembership(QStringLiteral("UPDATE parties SET opgezegd = ? WHERE id = ?"), {date, partyId});
}

Status PartyRepository::recordUitsluiting(qint64 partyId, QDate date, const QString &reason)
{
    if (!date.isValid() || reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een uitsluiting heeft een datum en een reden (C 24.2)."));
    return updateMembership(QStringLiteral("UPDATE parties SET uitgesloten = ?, uitsluitingsreden = ? WHERE id = ?"),
                            {date, reason.trimmed(), partyId});
}

Status PartyRepository::updateMembership(const QString &sql, const QVariantList &values)
{
    auto query = runSql(m_database.connection(), sql, values);
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QStringLiteral("Deze partij bestaat niet."));
    return {};
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
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, name, function, business_phone, business_email FROM party_contacts "
                                       "WHERE party_id = ? ORDER BY name"),
                        {partyId});
    if (!query)
        return std::unexpected(query.error());
    QList<ContactPerson> contacts;
    while (query->next()) {
        contacts << ContactPerson{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                                  query->value(3).toString(), query->value(4).toString()};
    }
    return contacts;
}

} // namespace casusregie
