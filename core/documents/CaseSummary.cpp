#include "documents/CaseSummary.h"

#include "common/Clock.h"
#include "domain/EnumTraits.h"

namespace casusregie {

namespace {

using DocumentText::orNotRecorded;
using DocumentText::zvh;

QString themesText(const QList<Theme> &themes)
{
    QStringList labels;
    for (const Theme theme : themes)
        labels << enumLabel(theme);
    return labels.isEmpty() ? QStringLiteral("(geen)") : labels.join(QStringLiteral(", "));
}

QString partyName(const CaseSummaryContent &content, qint64 partyId)
{
    return content.partyNames.value(partyId, QStringLiteral("(onbekende partij)"));
}

DocumentSection casusSection(const CaseSummaryContent &content)
{
    DocumentSection section;
    section.heading = QStringLiteral("Casus");
    section.tableHeader = {QStringLiteral("Onderdeel"), QStringLiteral("Vastgelegd")};
    section.tableRows = {
        {{QStringLiteral("Casusnummer"), content.casus.number.toString()}},
        {{QStringLiteral("Fase"), enumLabel(content.casus.phase)}},
        {{QStringLiteral("Aangemeld door"), partyName(content, content.casus.aanmeldendePartijId)}},
        {{QStringLiteral("Aanmeldingsdatum"), DocumentText::longDate(content.casus.aanmeldingsdatum)}},
        {{QStringLiteral("Reden van aanmelding"), orNotRecorded(content.casus.reden)}},
        {{QStringLiteral("Doel"), orNotRecorded(content.casus.doel)}},
        {{QStringLiteral("Thema's"), themesText(content.casus.themes)}},
    };
    return section;
}

DocumentSection agendaSection(const CaseSummaryContent &content)
{
    DocumentSection section;
    section.heading = QStringLiteral("Agenda van het casusoverleg");
    section.paragraphs << QStringLiteral("Doel van het overleg: %1").arg(orNotRecorded(content.overleg.doel))
                       << QStringLiteral("Thema's: %1").arg(themesText(content.overleg.themes))
                       << QStringLiteral("Te nemen besluiten: %1").arg(orNotRecorded(content.overleg.decisionTypes));
    QStringList invited;
    for (const qint64 partyId : content.overleg.invitedPartyIds)
        invited << partyName(content, partyId);
    invited.sort(Qt::CaseInsensitive);
    section.paragraphs << QStringLiteral("Uitgenodigde partijen: %1").arg(invited.join(QStringLiteral(", ")));
    return section;
}

DocumentSection betrokkenenSection(const CaseSummaryContent &content)
{
    DocumentSection section;
    section.heading = QStringLiteral("Betrokkenen");
    if (content.betrokkenen.isEmpty()) {
        section.paragraphs << QStringLiteral("Geen betrokkenen: %1 ziet in deze fase geen gegevens over personen in deze casus.")
                                  .arg(content.recipient.name);
        return section;
    }
    section.tableHeader = {QStringLiteral("Naam"), QStringLiteral("Geboortedatum"), QStringLiteral("Categorie"),
                           QStringLiteral("Omschrijving")};
    for (const Betrokkene &betrokkene : content.betrokkenen)
        section.tableRows << DocumentRow{{betrokkene.naam,
                                          betrokkene.geboortedatum.isValid() ? betrokkene.geboortedatum.toString(QStringLiteral("dd-MM-yyyy"))
                                                                             : QStringLiteral("onbekend"),
                                          enumLabel(betrokkene.categorie), betrokkene.omschrijving}};
    return section;
}

DocumentSection gegevensSection(const CaseSummaryContent &content)
{
    DocumentSection section;
    section.heading = QStringLiteral("Gegevens voor %1").arg(content.recipient.name);
    if (content.gegevens.isEmpty()) {
        section.paragraphs << QStringLiteral("Voor %1 zijn in deze fase geen gegevens goedgekeurd door de leverende partijen; "
                                             "deze samenvatting bevat daarom geen gegevens (C 13.2f, P 3.5c).")
                                  .arg(content.recipient.name);
        return section;
    }
    section.paragraphs << QStringLiteral("Alleen gegevens die de leverende partij voor %1 heeft goedgekeurd, of die %1 zelf "
                                         "inbracht (C 13.2f, P 3.5c).")
                              .arg(content.recipient.name);
    QHash<qint64, QString> names;
    for (const Betrokkene &betrokkene : content.betrokkenen)
        names.insert(betrokkene.id, betrokkene.naam);
    section.tableHeader = {QStringLiteral("Betrokkene"), QStringLiteral("Soort"), QStringLiteral("Gegeven"),
                           QStringLiteral("Geleverd door")};
    for (const Gegeven &gegeven : content.gegevens)
        section.tableRows << DocumentRow{{names.value(gegeven.betrokkeneId), enumLabel(gegeven.category), gegeven.content,
                                          partyName(content, gegeven.supplierPartyId)}};
    return section;
}

DocumentSection besluitenSection(const CaseSummaryContent &content)
{
    DocumentSection section;
    section.heading = QStringLiteral("Eerdere besluiten");
    if (content.earlierBesluiten.isEmpty()) {
        section.paragraphs << QStringLiteral("Nog geen besluiten vastgelegd.");
        return section;
    }
    section.tableHeader = {QStringLiteral("Datum"), QStringLiteral("Soort"), QStringLiteral("Besluit")};
    for (const OverlegBesluit &besluit : content.earlierBesluiten)
        section.tableRows << DocumentRow{{DocumentText::longDate(dateInAmsterdam(besluit.at)), enumLabel(besluit.soort), besluit.text}};
    return section;
}

DocumentSection planSection(const CaseSummaryContent &content)
{
    DocumentSection section;
    section.heading = QStringLiteral("Plan van aanpak");
    if (!content.casus.afschalingscriteria.trimmed().isEmpty())
        section.paragraphs << QStringLiteral("Afschalingscriteria: %1").arg(content.casus.afschalingscriteria.trimmed());
    if (content.afspraken.isEmpty()) {
        section.paragraphs << QStringLiteral("Nog geen afspraken vastgelegd.");
        return section;
    }
    section.tableHeader = {QStringLiteral("Partij"), QStringLiteral("Afspraak"), QStringLiteral("Uiterlijk"), QStringLiteral("Status")};
    for (const Afspraak &afspraak : content.afspraken)
        section.tableRows << DocumentRow{{partyName(content, afspraak.ownerPartyId), afspraak.action,
                                          DocumentText::longDate(afspraak.dueDate), enumLabel(afspraak.status)}};
    return section;
}

} // namespace

Document caseSummaryDocument(const CaseSummaryContent &content)
{
    const QString meeting = DocumentText::longDate(dateInAmsterdam(content.overleg.datum));
    Document document;
    document.title = QStringLiteral("Casussamenvatting voor het casusoverleg");
    document.subject = zvh;
    document.headerLines = {
        zvh,
        QStringLiteral("Casussamenvatting casus %1").arg(content.casus.number.toString()),
        QStringLiteral("Casusoverleg: %1, %2").arg(DocumentText::longDateTime(content.overleg.datum), orNotRecorded(content.overleg.plaats)),
        QStringLiteral("Voor: %1").arg(content.recipient.name),
    };
    document.notice = QStringLiteral("Vertrouwelijk — alleen voor %1 in het casusoverleg van %2").arg(content.recipient.name, meeting);
    document.pageFooter = QStringLiteral("Exemplaar %1 · gemaakt door %2 op %3 · Na afloop inleveren of vernietigen")
                              .arg(content.copyNumber, content.madeBy, DocumentText::longDateTime(content.madeAt));
    document.sections = {casusSection(content), agendaSection(content), betrokkenenSection(content),
                         gegevensSection(content), besluitenSection(content), planSection(content)};
    return document;
}

} // namespace casusregie
