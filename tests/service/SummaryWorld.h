#pragma once

// Issue 12: a casus ready for its printed summaries, shared by the summary tests and their attacks.
#include "ServiceWorld.h"

#include "storage/VerstrekkingRepository.h"

namespace casusregie::test {


// Everything a copy prints, as one text: what a reader of the paper would see.
inline QString printedText(const Document &document)
{
    return documentLines(document).join(QLatin1Char('\n'));
}

// A casus with one person, an item from each of three suppliers and an overleg with four parties
// invited: police, Antes and the OM supplied items, Veilig Thuis supplied none. The police item is
// approved for Antes, Antes's for the police; the OM's for nobody.
struct SummaryWorld {
    ServiceWorld world;
    qint64 casusId = world.newCase();
    qint64 persoon = world.addBetrokkene(casusId);
    qint64 politieItem = item(QStringLiteral("Politie"), QStringLiteral("Twee meldingen van geluidsoverlast"));
    qint64 antesItem = item(QStringLiteral("Antes"), QStringLiteral("In beeld bij de wijk-GGZ"));
    qint64 omItem = item(QStringLiteral("OM"), QStringLiteral("Lopende zaak bij de officier"));
    qint64 overlegId = planWithVeiligThuis();

    SummaryWorld()
    {
        REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, world.approval(politieItem, {party("Antes")})).has_value());
        REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, world.approval(antesItem, {party("Politie")})).has_value());
    }

    // Veilig Thuis gets a role in the casus (C 13.2e) so it can be invited, but supplies nothing.
    qint64 planWithVeiligThuis()
    {
        REQUIRE(world.as(QStringLiteral("pr1")).addInvolvedParty(casusId, party("Veilig Thuis"), QStringLiteral("betrokken")).has_value());
        return world.planOverleg(casusId, {party("Politie"), party("Antes"), party("OM"), party("Veilig Thuis")});
    }

    qint64 party(const char *shortName) const { return world.party(QLatin1String(shortName)); }

    qint64 item(const QString &supplier, const QString &content)
    {
        auto id = world.as(QStringLiteral("pr1")).addGegeven(
            {casusId, persoon, DataCategory::Woonsituatie, content, world.party(supplier), Grondslag::Avg6_1e, false, {}});
        REQUIRE(id.has_value());
        return *id;
    }

    Result<QList<SummaryCopy>> make(const QString &username, const QList<qint64> &recipients)
    {
        return world.as(username).makeSummaryCopies(casusId, overlegId, recipients);
    }

    QList<Verstrekking> verstrekkingen() { return *VerstrekkingRepository(world.setup.database()).forCasus(casusId); }
};


} // namespace casusregie::test
