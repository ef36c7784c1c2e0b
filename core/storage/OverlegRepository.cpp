#include "storage/OverlegRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

Error overlegNotFound()
{
    return Error{ErrorCode::NotFound, QStringLiteral("Dit overleg bestaat niet.")};
}

} // namespace

OverlegRepository::OverlegRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> OverlegRepository::add(const Overleg &overleg)
{
    const QSqlDatabase db = m_database.connection();
    auto inserted = runSql(db,
                           QStringLiteral("INSERT INTO overleggen (casus_id, datum, plaats, doel, decision_types) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                           {overleg.casusId, overleg.datum, overleg.plaats.trimmed(), overleg.doel.trimmed(),
                            overleg.decisionTypes.trimmed()});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = inserted->lastInsertId().toLongLong();
    for (const Theme theme : overleg.themes) {
        if (auto done = execSql(db, QStringLiteral("INSERT OR IGNORE INTO overleg_themes (overleg_id, theme) VALUES (?, ?)"),
                                {id, enumKey(theme)});
            !done)
            return std::unexpected(done.error());
    }
    for (const qint64 partyId : overleg.invitedPartyIds) {
        if (auto done = execSql(db, QStringLiteral("INSERT OR IGNORE INTO overleg_parties (overleg_id, party_id) VALUES (?, ?)"),
                                {id, partyId});
            !done)
            return std::unexpected(done.error());
    }
    return id;
}

Result<Overleg> OverlegRepository::byId(qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    auto query = runSql(db, QStringLiteral("SELECT id, casus_id, datum, plaats, doel, decision_types, minutes FROM overleggen "
                                           "WHERE id = ?"),
                        {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(overlegNotFound());
    StoredRow row(*query);
    Overleg overleg;
    overleg.id = row.value("id").toLongLong();
    overleg.casusId = row.value("casus_id").toLongLong();
    overleg.datum = row.value("datum").toDateTime();
    overleg.plaats = row.value("plaats").toString();
    overleg.doel = row.value("doel").toString();
    overleg.decisionTypes = row.value("decision_types").toString();
    overleg.minutes = row.value("minutes").toString();
    if (auto readable = row.status(); !readable)
        return std::unexpected(readable.error());

    auto themes = runSql(db, QStringLiteral("SELECT theme FROM overleg_themes WHERE overleg_id = ? ORDER BY theme"), {id});
    if (!themes)
        return std::unexpected(themes.error());
    auto storedThemes = remainingRows<Theme>(*themes, [](StoredRow &themeRow) { return themeRow.enumAt<Theme>("theme"); });
    if (!storedThemes)
        return std::unexpected(storedThemes.error());
    overleg.themes = *storedThemes;
    auto parties = runSql(db, QStringLiteral("SELECT party_id, attended FROM overleg_parties WHERE overleg_id = ? ORDER BY party_id"),
                          {id});
    if (!parties)
        return std::unexpected(parties.error());
    const QSqlRecord columns = parties->record();
    while (parties->next()) {
        StoredRow party(*parties, columns);
        const qint64 partyId = party.value("party_id").toLongLong();
        overleg.invitedPartyIds << partyId;
        if (party.value("attended").toBool())
            overleg.attendingPartyIds << partyId;
    }
    return overleg;
}

Result<QList<Overleg>> OverlegRepository::forCasus(qint64 casusId) const
{
    auto ids = idsOf(m_database.connection(), QStringLiteral("SELECT id FROM overleggen WHERE casus_id = ? ORDER BY datum, id"),
                     {casusId});
    if (!ids)
        return std::unexpected(ids.error());
    return loadEach<Overleg>(*ids, [this](qint64 id) { return byId(id); });
}

Status OverlegRepository::reschedule(qint64 overlegId, const QDateTime &datum, const QString &plaats)
{
    return changeOneRow(m_database.connection(), QStringLiteral("UPDATE overleggen SET datum = ?, plaats = ? WHERE id = ?"),
                        {datum, plaats.trimmed(), overlegId}, overlegNotFound().message);
}

Status OverlegRepository::recordOutcome(qint64 overlegId, const QList<qint64> &attendingPartyIds, const QString &minutes)
{
    const QSqlDatabase db = m_database.connection();
    if (auto updated = changeOneRow(db, QStringLiteral("UPDATE overleggen SET minutes = ? WHERE id = ?"),
                                    {minutes.trimmed(), overlegId}, overlegNotFound().message);
        !updated)
        return updated;
    if (auto cleared = execSql(db, QStringLiteral("UPDATE overleg_parties SET attended = 0 WHERE overleg_id = ?"), {overlegId});
        !cleared)
        return cleared;
    for (const qint64 partyId : attendingPartyIds) {
        auto marked = runSql(db, QStringLiteral("UPDATE overleg_parties SET attended = 1 WHERE overleg_id = ? AND party_id = ?"),
                             {overlegId, partyId});
        if (!marked)
            return std::unexpected(marked.error());
        if (marked->numRowsAffected() != 1) // an uninvited party is bad input, not a missing record
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Alleen uitgenodigde partijen kunnen aanwezig zijn."));
    }
    return {};
}

Result<qint64> OverlegRepository::addBesluit(const OverlegBesluit &besluit)
{
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO overleg_besluiten (overleg_id, soort, text, escalated_to, outcome, "
                                    "by_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {besluit.overlegId, enumKey(besluit.soort), besluit.text.trimmed(), besluit.escalatedTo.trimmed(),
                      besluit.outcome.trimmed(), besluit.byUserId, besluit.at});
}

Result<QList<OverlegBesluit>> OverlegRepository::besluitenForCasus(qint64 casusId) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT b.id, b.overleg_id, b.soort, b.text, b.escalated_to, b.outcome, b.by_user_id, b.at "
                                       "FROM overleg_besluiten b JOIN overleggen o ON o.id = b.overleg_id "
                                       "WHERE o.casus_id = ? ORDER BY b.at, b.id"),
                        {casusId});
    if (!query)
        return std::unexpected(query.error());
    return remainingRows<OverlegBesluit>(*query, [](StoredRow &row) {
        OverlegBesluit besluit;
        besluit.id = row.value("id").toLongLong();
        besluit.overlegId = row.value("overleg_id").toLongLong();
        besluit.soort = row.enumAt<BesluitSoort>("soort");
        besluit.text = row.value("text").toString();
        besluit.escalatedTo = row.value("escalated_to").toString();
        besluit.outcome = row.value("outcome").toString();
        besluit.byUserId = row.value("by_user_id").toLongLong();
        besluit.at = row.value("at").toDateTime();
        return besluit;
    });
}

Result<QSet<qint64>> OverlegRepository::invitedParties(qint64 casusId) const
{
    return idSetOf(m_database.connection(),
                   QStringLiteral("SELECT DISTINCT p.party_id FROM overleg_parties p JOIN overleggen o ON o.id = p.overleg_id "
                                  "WHERE o.casus_id = ?"),
                   {casusId});
}

// The unary + keeps SQLite from starting at all of the party's invitations: it starts at the casussen.
Result<QSet<qint64>> OverlegRepository::casussenInviting(qint64 partyId, const QList<qint64> &among) const
{
    return idSetAmong(m_database.connection(),
                      QStringLiteral("SELECT DISTINCT o.casus_id FROM overleggen o JOIN overleg_parties p ON p.overleg_id = o.id "
                                     "WHERE +p.party_id = ? AND o.casus_id IN (%1)"),
                      {partyId}, among);
}

} // namespace casusregie
