#include "storage/BetrokkeneRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

const QString selectBetrokkenen =
    QStringLiteral("SELECT id, casus_id, categorie, naam, geboortedatum, omschrijving FROM betrokkenen");

Betrokkene betrokkeneFrom(StoredRow &row)
{
    Betrokkene betrokkene;
    betrokkene.id = row.value("id").toLongLong();
    betrokkene.casusId = row.value("casus_id").toLongLong();
    betrokkene.categorie = row.enumAt<BetrokkeneCategorie>("categorie");
    betrokkene.naam = row.value("naam").toString();
    betrokkene.geboortedatum = row.value("geboortedatum").toDate();
    betrokkene.omschrijving = row.value("omschrijving").toString();
    return betrokkene;
}

} // namespace

// SQLite's lower() knows only ASCII, so the name is stored once more as a search key: without
// diacritics, case-folded and with single spaces, so "umit celik" finds "Ümit Çelik".
QString nameSearchKey(const QString &naam)
{
    QString key;
    for (const QChar c : naam.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c;
    }
    return key.toCaseFolded().simplified();
}

BetrokkeneRepository::BetrokkeneRepository(Database &database)
    : m_database(database)
{
}

Result<qint64> BetrokkeneRepository::add(const Betrokkene &betrokkene)
{
    if (betrokkene.naam.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een betrokkene heeft een naam."));
    return insertRow(m_database.connection(),
                     QStringLiteral("INSERT INTO betrokkenen (casus_id, categorie, naam, naam_zoeksleutel, geboortedatum, "
                                    "omschrijving) VALUES (?, ?, ?, ?, ?, ?)"),
                     {betrokkene.casusId, enumKey(betrokkene.categorie), betrokkene.naam.trimmed(), nameSearchKey(betrokkene.naam),
                      nullableDate(betrokkene.geboortedatum), betrokkene.omschrijving.trimmed()});
}

Result<Betrokkene> BetrokkeneRepository::byId(qint64 id) const
{
    return oneRow<Betrokkene>(m_database.connection(), selectBetrokkenen + QStringLiteral(" WHERE id = ?"),
                              {id}, betrokkeneFrom,
                              QStringLiteral("Deze betrokkene bestaat niet."));
}

Result<QList<Betrokkene>> BetrokkeneRepository::forCasus(qint64 casusId) const
{
    return listOf<Betrokkene>(m_database.connection(), selectBetrokkenen + QStringLiteral(" WHERE casus_id = ? ORDER BY id"),
                              {casusId}, betrokkeneFrom);
}

Result<QList<Betrokkene>> BetrokkeneRepository::matching(const QString &naam, QDate geboortedatum) const
{
    return listOf<Betrokkene>(m_database.connection(),
                              selectBetrokkenen + QStringLiteral(" WHERE naam_zoeksleutel = ? AND geboortedatum = ? ORDER BY id"),
                              {nameSearchKey(naam), geboortedatum}, betrokkeneFrom);
}

Result<QList<Betrokkene>> BetrokkeneRepository::byName(const QString &naam, QDate geboortedatum) const
{
    QString sql = selectBetrokkenen + QStringLiteral(" WHERE naam_zoeksleutel = ?");
    QVariantList values{nameSearchKey(naam)};
    if (geboortedatum.isValid()) {
        sql += QStringLiteral(" AND geboortedatum = ?");
        values << geboortedatum;
    }
    return listOf<Betrokkene>(m_database.connection(), sql + QStringLiteral(" ORDER BY casus_id, id"), values, betrokkeneFrom);
}

} // namespace casusregie
