#include "documents/RegisterDocuments.h"

namespace casusregie {

namespace {

using DocumentText::orNotRecorded;
using DocumentText::zvh;

QString dateOrNone(QDate date)
{
    return date.isValid() ? DocumentText::longDate(date) : QStringLiteral("nog niet");
}

QString momentOrNone(const QDateTime &moment)
{
    return moment.isValid() ? DocumentText::longDateTime(moment) : QStringLiteral("nog niet");
}

// The frame every register shares: title, date of compiling, the footer.
Document registerFrame(const QString &title, const QString &basis, QDate compiledOn)
{
    Document document;
    document.title = title;
    document.subject = zvh;
    document.headerLines = {zvh, title, QStringLiteral("Opgesteld op %1 (%2)").arg(DocumentText::longDate(compiledOn), basis)};
    document.pageFooter = QStringLiteral("%1 · %2 · opgesteld op %3").arg(zvh, title, DocumentText::longDate(compiledOn));
    return document;
}

DocumentSection twoColumns(const QString &heading, const QList<std::pair<QString, QString>> &rows)
{
    DocumentSection section;
    section.heading = heading;
    section.tableHeader = {QStringLiteral("Onderdeel"), QStringLiteral("Vastgelegd")};
    for (const auto &[label, value] : rows)
        section.tableRows << DocumentRow{{label, orNotRecorded(value)}};
    return section;
}

} // namespace

Document verwerkingsregisterDocument(const QList<Verwerking> &verwerkingen, QDate compiledOn)
{
    Document document = registerFrame(QStringLiteral("Register van verwerkingsactiviteiten"), QStringLiteral("P 24.3"), compiledOn);
    if (verwerkingen.isEmpty()) {
        document.sections << textSection(QStringLiteral("Verwerkingen"), {QStringLiteral("Het register is leeg.")});
        return document;
    }
    for (const Verwerking &verwerking : verwerkingen)
        document.sections << twoColumns(verwerking.naam,
                                        {{QStringLiteral("a. Verwerkingsverantwoordelijken"), verwerking.verantwoordelijken},
                                         {QStringLiteral("b. Doeleinden"), verwerking.doeleinden},
                                         {QStringLiteral("c. Categorieën persoonsgegevens"), verwerking.categorieenGegevens},
                                         {QStringLiteral("d. Categorieën betrokkenen"), verwerking.categorieenBetrokkenen},
                                         {QStringLiteral("e. Ontvangers"), verwerking.ontvangers},
                                         {QStringLiteral("f. Doorgifte aan derde landen"), verwerking.doorgifteDerdeLanden}});
    return document;
}

Document verwerkersDocument(const QList<Verwerker> &verwerkers, QDate compiledOn)
{
    Document document = registerFrame(QStringLiteral("Overzicht van verwerkers"), QStringLiteral("P 22.3"), compiledOn);
    DocumentSection section;
    section.heading = QStringLiteral("Verwerkers en hun jaarlijkse beoordeling");
    section.paragraphs << QStringLiteral("Een verwerkersovereenkomst geldt met de schriftelijke toestemming van het hoofd en wordt "
                                         "daarna ten minste eens per jaar beoordeeld. Een verwerker die nog op het hoofd wacht, "
                                         "mag nog geen persoonsgegevens verwerken.");
    if (verwerkers.isEmpty()) {
        section.paragraphs << QStringLiteral("Er zijn geen verwerkers vastgelegd.");
    } else {
        section.tableHeader = {QStringLiteral("Verwerker"), QStringLiteral("Dienst"), QStringLiteral("Goedgekeurd door het hoofd"),
                               QStringLiteral("Laatst beoordeeld"), QStringLiteral("Volgende beoordeling")};
        for (const Verwerker &verwerker : verwerkers) {
            if (verwerker.awaitsHoofd()) {
                section.tableRows << DocumentRow{{verwerker.naam, verwerker.dienst, QStringLiteral("wacht op het hoofd"), dateOrNone(verwerker.lastReviewedOn),
                                                  QStringLiteral("na de toestemming")}};
                continue;
            }
            const QDate due = verwerker.reviewDue();
            const QString next = due < compiledOn ? QStringLiteral("%1 (te laat)").arg(DocumentText::longDate(due)) : DocumentText::longDate(due);
            section.tableRows << DocumentRow{{verwerker.naam, verwerker.dienst, dateOrNone(verwerker.approvedByHoofdOn),
                                              dateOrNone(verwerker.lastReviewedOn), next}};
        }
    }
    document.sections << section;
    return document;
}

Document datalekkenDocument(const QList<DatalekStatus> &datalekken, QDate compiledOn)
{
    Document document = registerFrame(QStringLiteral("Overzicht van datalekken"), QStringLiteral("P 14.11"), compiledOn);
    document.notice = QStringLiteral("Vertrouwelijk — voor de privacyfunctionaris, het hoofd en de toezichthouder");
    if (datalekken.isEmpty()) {
        document.sections << textSection(QStringLiteral("Datalekken"), {QStringLiteral("Er zijn geen datalekken vastgelegd.")});
        return document;
    }
    for (const DatalekStatus &status : datalekken) {
        const Datalek &lek = status.datalek;
        QString ap = lek.apNotificationRequired ? momentOrNone(lek.apNotifiedAt) : QStringLiteral("niet nodig");
        if (!lek.apReference.isEmpty())
            ap += QStringLiteral(" (kenmerk %1)").arg(lek.apReference);
        if (status.clocks.autoriteitOverdue)
            ap += QStringLiteral(" — later dan 72 uur na ontdekking");
        const QString betrokkenen = !lek.decidedOnInforming ? QStringLiteral("nog niet besloten")
                                    : lek.informBetrokkenen  ? QStringLiteral("ja: %1").arg(orNotRecorded(lek.informingGrounds))
                                                             : QStringLiteral("nee: %1").arg(orNotRecorded(lek.informingGrounds));
        document.sections << twoColumns(QStringLiteral("Datalek %1, ontdekt %2").arg(lek.id).arg(momentOrNone(lek.discoveredAt)),
                                        {{QStringLiteral("Aard en omvang"), lek.aardEnOmvang},
                                         {QStringLiteral("Gevolgen voor betrokkenen"), lek.gevolgenBetrokkenen},
                                         {QStringLiteral("Genomen maatregelen"), lek.genomenMaatregelen},
                                         {QStringLiteral("Corrigerende maatregelen"), lek.correctiveMeasures},
                                         {QStringLiteral("Privacyfunctionaris geïnformeerd"), momentOrNone(lek.privacyOfficerInformedAt)},
                                         {QStringLiteral("Gemeld aan de AP"), ap},
                                         {QStringLiteral("Betrokkenen geïnformeerd"), betrokkenen}});
    }
    return document;
}

Document apMeldingDocument(const Datalek &datalek, QDate compiledOn)
{
    Document document = registerFrame(QStringLiteral("Concept-melding datalek aan de Autoriteit Persoonsgegevens"),
                                      QStringLiteral("P 14.8"), compiledOn);
    document.notice = QStringLiteral("Concept — de melding zelf gaat via het meldloket van de AP; leg daarna het kenmerk vast.");
    document.sections << twoColumns(QStringLiteral("Datalek %1, ontdekt %2").arg(datalek.id).arg(momentOrNone(datalek.discoveredAt)),
                                    {{QStringLiteral("a. Aard van de inbreuk"), datalek.aardEnOmvang},
                                     {QStringLiteral("b. Categorieën betrokkenen en hun aantal"), datalek.categorieenBetrokkenen},
                                     {QStringLiteral("c. Categorieën persoonsgegevens"), datalek.categorieenGegevens},
                                     {QStringLiteral("d. Versleuteld, geanonimiseerd of anders onbegrijpelijk"), datalek.versleuteling},
                                     {QStringLiteral("e. Aanbevolen maatregelen voor betrokkenen"), datalek.aanbevolenMaatregelen},
                                     {QStringLiteral("f. Gevolgen en herstel"), datalek.gevolgenEnHerstel},
                                     {QStringLiteral("Contactpersoon"), datalek.contactpersoon}});
    return document;
}

} // namespace casusregie
