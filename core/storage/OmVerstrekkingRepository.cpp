#include "storage/OmVerstrekkingRepository.h"

#include "common/Clock.h"
#include "storage/BetrokkeneRepository.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

constexpr int yearsKept = 4; // P 17.5, art. 39j Wjsg

const QString selectKept = QStringLiteral(
    "SELECT id, verstrekt_op, om_party_id, recipient_party_id, third_party_name, legal_basis, categories, betrokkene_naam, "
    "betrokkene_geboortedatum, destroy_on FROM bewaarde_om_verstrekkingen");

BewaardeOmVerstrekking keptFrom(StoredRow &row)
{
    BewaardeOmVerstrekking kept;
    kept.id = row.value("id").toLongLong();
    kept.verstrektOp = row.value("verstrekt_op").toDateTime();
    kept.omPartyId = row.value("om_party_id").toLongLong();
    kept.recipientPartyId = row.value("recipient_party_id").toLongLong();
    kept.thirdPartyName = row.value("third_party_name").toString();
    kept.legalBasis = row.value("legal_basis").toString();
    kept.categories = row.enumListAt<DataCategory>("categories");
    kept.betrokkeneNaam = row.value("betrokkene_naam").toString();
    kept.betrokkeneGeboortedatum = row.value("betrokkene_geboortedatum").toDate();
    kept.destroyOn = row.value("destroy_on").toDate();
    return kept;
}

// One row per verstrekking, OM party and betrokkene: what the record will hold.
struct Disclosed {
    QDateTime at;
    QVariantList values;
};

} // namespace

OmVerstrekkingRepository::OmVerstrekkingRepository(Database &database)
    : m_database(database)
{
}

Result<int> OmVerstrekkingRepository::keepBeforeDestruction(qint64 casusId, qint64 gegevenId, QDate today)
{
    const QSqlDatabase db = m_database.connection();
    auto disclosed = listOf<Disclosed>(
        db,
        QStringLiteral("SELECT v.at, g.supplier_party_id, v.recipient_party_id, v.third_party_name, v.legal_basis, "
                       "group_concat(DISTINCT g.category), b.naam, b.naam_zoeksleutel, b.geboortedatum "
                       "FROM verstrekkingen v JOIN verstrekking_items vi ON vi.verstrekking_id = v.id "
                       "JOIN gegevens g ON g.id = vi.gegeven_id JOIN parties p ON p.id = g.supplier_party_id AND p.type = 'om' "
                       "JOIN betrokkenen b ON b.id = g.betrokkene_id "
                       "WHERE v.casus_id = ? AND (? = 0 OR g.id = ?) GROUP BY v.id, g.supplier_party_id, b.id ORDER BY v.id, b.id"),
        {casusId, gegevenId, gegevenId}, [](const QSqlQuery &row) {
            QVariantList values;
            for (int column = 0; column < 9; ++column)
                values << row.value(column);
            return Disclosed{row.value(0).toDateTime(), values};
        });
    if (!disclosed)
        return std::unexpected(disclosed.error());

    int kept = 0;
    for (Disclosed &row : *disclosed) {
        const QDate destroyOn = dateInAmsterdam(row.at).addYears(yearsKept);
        if (destroyOn <= today)
            continue; // already older than the law asks to keep
        row.values << destroyOn;
        auto inserted = execSql(db,
                                QStringLiteral("INSERT INTO bewaarde_om_verstrekkingen (verstrekt_op, om_party_id, recipient_party_id, "
                                               "third_party_name, legal_basis, categories, betrokkene_naam, naam_zoeksleutel, "
                                               "betrokkene_geboortedatum, destroy_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                row.values);
        if (!inserted)
            return std::unexpected(inserted.error());
        ++kept;
    }
    return kept;
}

Result<QList<BewaardeOmVerstrekking>> OmVerstrekkingRepository::matching(const QString &naam, QDate geboortedatum) const
{
    return listOf<BewaardeOmVerstrekking>(
        m_database.connection(),
        selectKept + QStringLiteral(" WHERE naam_zoeksleutel = ? AND betrokkene_geboortedatum = ? ORDER BY verstrekt_op, id"),
        {nameSearchKey(naam), geboortedatum}, keptFrom);
}

Result<QList<BewaardeOmVerstrekking>> OmVerstrekkingRepository::all() const
{
    return listOf<BewaardeOmVerstrekking>(m_database.connection(), selectKept + QStringLiteral(" ORDER BY verstrekt_op, id"), {},
                                          keptFrom);
}

Result<QList<BewaardeOmVerstrekking>> OmVerstrekkingRepository::due(QDate today) const
{
    return listOf<BewaardeOmVerstrekking>(m_database.connection(),
                                          selectKept + QStringLiteral(" WHERE destroy_on <= ? ORDER BY destroy_on, id"), {today},
                                          keptFrom);
}

Status OmVerstrekkingRepository::destroy(qint64 id)
{
    return changeOneRow(m_database.connection(), QStringLiteral("DELETE FROM bewaarde_om_verstrekkingen WHERE id = ?"), {id},
                        QStringLiteral("Deze bewaarde verstrekking bestaat niet (meer)."));
}

} // namespace casusregie
