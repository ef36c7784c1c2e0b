#include "documents/InzageOverzicht.h"

namespace casusregie {

namespace {

void addOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

// The purpose of each phase (B2), as the betrokkene reads it.
QString purposeOf(Phase phase)
{
    switch (phase) {
    case Phase::Aanmelding:
        return QStringLiteral("Aanmelding: toetsen of de situatie past bij de aanpak van het Zorg- en Veiligheidshuis.");
    case Phase::Triage:
        return QStringLiteral("Triage: informatie verzamelen en bepalen of en met wie uw situatie wordt besproken.");
    case Phase::Casusoverleg:
        return QStringLiteral("Casusoverleg: met de betrokken organisaties een gezamenlijk beeld en een plan van aanpak maken.");
    case Phase::Afschaling:
    case Phase::Afgesloten:
        return QStringLiteral("Afschaling: de aanpak overdragen en bepalen welke gegevens nog nodig zijn.");
    case Phase::NietDoorgeleid:
        return QStringLiteral("Het besluit om uw situatie niet in het Zorg- en Veiligheidshuis te bespreken onderbouwen.");
    }
    return {};
}

QString routedToOm()
{
    return QStringLiteral("Gegevens van het Openbaar Ministerie: uw verzoek is doorgestuurd naar de privacyfunctionaris "
                          "van het OM (P 17.5).");
}

} // namespace

InzageOverzicht buildInzageOverzicht(const QString &requesterName, QDate requesterBirthDate, QDate compiledOn,
                                     const QList<InzageBron> &bronnen, const QMap<qint64, Party> &parties,
                                     const QList<BewaardeOmVerstrekking> &bewaardeOmVerstrekkingen)
{
    InzageOverzicht overzicht;
    overzicht.requesterName = requesterName;
    overzicht.requesterBirthDate = requesterBirthDate;
    overzicht.compiledOn = compiledOn;
    overzicht.rechten = QStringLiteral(
        "U kunt de partijen vragen uw persoonsgegevens te corrigeren of te verwijderen, de verwerking te beperken, "
        "en u kunt bezwaar maken tegen de verwerking (privacyprotocol artikelen 19 en 20). Stuur uw verzoek aan "
        "het hoofd van het Zorg- en Veiligheidshuis of aan een van de partijen.");
    overzicht.klachtrecht = QStringLiteral("U hebt het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens.");
    overzicht.geautomatiseerdeBesluitvorming =
        QStringLiteral("Er vindt geen geautomatiseerde besluitvorming of profilering plaats: mensen beslissen over uw casus.");

    for (const InzageBron &bron : bronnen) {
        if (bron.vernietigingUiterlijk.isValid())
            addOnce(overzicht.bewaartermijnen,
                    QStringLiteral("Uiterlijk vernietigd op %1 (privacyprotocol artikel 11).")
                        .arg(bron.vernietigingUiterlijk.toString(QStringLiteral("dd-MM-yyyy"))));
        for (const QString &ontvanger : bron.ontvangerNamen)
            addOnce(overzicht.ontvangers, ontvanger);
        for (const Gegeven &gegeven : bron.gegevens) {
            const Party supplier = parties.value(gegeven.supplierPartyId);
            if (supplier.type == PartyType::OpenbaarMinisterie) {
                addOnce(overzicht.doorverwezen, routedToOm());
                continue;
            }
            if (supplier.type == PartyType::Politie) {
                addOnce(overzicht.doorverwezen, QStringLiteral("Politiegegevens: uw verzoek is doorgestuurd naar het Wpg-loket "
                                                               "van de politie-eenheid die ze leverde (P 17.6)."));
                continue;
            }
            addOnce(overzicht.doeleinden, purposeOf(gegeven.phase));
            addOnce(overzicht.categorieen, enumLabel(gegeven.category));
            addOnce(overzicht.bronnen, supplier.name);
            overzicht.kopie << InzageRegel{enumLabel(gegeven.category), gegeven.content, supplier.name, enumLabel(gegeven.phase)};
        }
    }
    overzicht.bewaardeOmVerstrekkingen = bewaardeOmVerstrekkingen;
    if (!bewaardeOmVerstrekkingen.isEmpty())
        addOnce(overzicht.doorverwezen, routedToOm());
    return overzicht;
}

} // namespace casusregie
