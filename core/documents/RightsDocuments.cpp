#include "documents/RightsDocuments.h"

namespace casusregie {

namespace {

using DocumentText::zvh;

QString birthDate(QDate date)
{
    return date.isValid() ? DocumentText::longDate(date) : QStringLiteral("onbekend");
}

Document letterFrame(const QString &title, const QString &requesterName, QDate requesterBirthDate, QDate compiledOn)
{
    Document document;
    document.title = title; // metadata: never the requester's name
    document.subject = zvh;
    document.headerLines = {zvh, title, QStringLiteral("Aan: %1 (geboren %2)").arg(requesterName, birthDate(requesterBirthDate)),
                            QStringLiteral("Rotterdam, %1").arg(DocumentText::longDate(compiledOn))};
    document.notice = QStringLiteral("Vertrouwelijk — persoonlijk voor %1").arg(requesterName);
    document.pageFooter = QStringLiteral("%1 · %2 · %3").arg(zvh, title, DocumentText::longDate(compiledOn));
    return document;
}

DocumentSection listSection(const QString &heading, const QStringList &items, const QString &whenEmpty)
{
    DocumentSection section;
    section.heading = heading;
    section.paragraphs = items.isEmpty() ? QStringList{whenEmpty} : items;
    return section;
}

QString whatWasAsked(VerzoekType type)
{
    switch (type) {
    case VerzoekType::Inzage:
        return QStringLiteral("inzage in uw persoonsgegevens");
    case VerzoekType::Correctie:
        return QStringLiteral("correctie van uw persoonsgegevens");
    case VerzoekType::Verwijdering:
        return QStringLiteral("verwijdering van uw persoonsgegevens");
    case VerzoekType::Beperking:
        return QStringLiteral("beperking van de verwerking van uw persoonsgegevens");
    case VerzoekType::Verzet:
        return QStringLiteral("verzet (bezwaar) tegen de verwerking van uw persoonsgegevens");
    case VerzoekType::Overdraagbaarheid:
        return QStringLiteral("overdracht van uw persoonsgegevens");
    }
    return {};
}

QString decisionText(VerzoekBesluit besluit)
{
    switch (besluit) {
    case VerzoekBesluit::Toegewezen:
        return QStringLiteral("Wij wijzen uw verzoek toe.");
    case VerzoekBesluit::GedeeltelijkToegewezen:
        return QStringLiteral("Wij wijzen uw verzoek gedeeltelijk toe.");
    case VerzoekBesluit::Afgewezen:
        return QStringLiteral("Wij wijzen uw verzoek af.");
    case VerzoekBesluit::Open:
        return QStringLiteral("Over uw verzoek is nog niet besloten.");
    }
    return {};
}

} // namespace

Document inzageOverzichtDocument(const InzageOverzicht &overzicht)
{
    Document document = letterFrame(QStringLiteral("Overzicht van uw persoonsgegevens"), overzicht.requesterName,
                                    overzicht.requesterBirthDate, overzicht.compiledOn);
    document.sections << textSection(QStringLiteral("Uw verzoek om inzage"),
                                     {QStringLiteral("U vroeg welke persoonsgegevens het Zorg- en Veiligheidshuis over u verwerkt. "
                                                     "Hieronder staat wat het privacyprotocol (artikel 18) u laat weten, met een "
                                                     "kopie van de gegevens.")});
    document.sections << listSection(QStringLiteral("a. Doeleinden"), overzicht.doeleinden, QStringLiteral("Geen."))
                      << listSection(QStringLiteral("b. Categorieën persoonsgegevens"), overzicht.categorieen, QStringLiteral("Geen."))
                      << listSection(QStringLiteral("c. Ontvangers"), overzicht.ontvangers, QStringLiteral("Geen."))
                      << listSection(QStringLiteral("d. Bewaartermijn"), overzicht.bewaartermijnen, QStringLiteral("Niet van toepassing."))
                      << listSection(QStringLiteral("e. Uw rechten"), {overzicht.rechten}, {})
                      << listSection(QStringLiteral("f. Klachtrecht"), {overzicht.klachtrecht}, {})
                      << listSection(QStringLiteral("g. Bronnen"), overzicht.bronnen, QStringLiteral("Geen."))
                      << listSection(QStringLiteral("h. Geautomatiseerde besluitvorming"), {overzicht.geautomatiseerdeBesluitvorming}, {});
    DocumentSection copy;
    copy.heading = QStringLiteral("Kopie van uw gegevens");
    if (overzicht.kopie.isEmpty()) {
        copy.paragraphs << QStringLiteral("Het Zorg- en Veiligheidshuis verwerkt geen gegevens over u die in dit overzicht horen.");
    } else {
        copy.tableHeader = {QStringLiteral("Soort"), QStringLiteral("Gegeven"), QStringLiteral("Bron"), QStringLiteral("Fase")};
        for (const InzageRegel &regel : overzicht.kopie)
            copy.tableRows << DocumentRow{{regel.categorie, regel.inhoud, regel.bron, regel.fase}};
    }
    document.sections << copy;
    if (!overzicht.doorverwezen.isEmpty())
        document.sections << listSection(QStringLiteral("Doorgestuurd"), overzicht.doorverwezen, {});
    return document;
}

Document besluitbriefDocument(const Verzoek &verzoek, QDate deadline, QDate compiledOn)
{
    Document document = letterFrame(QStringLiteral("Besluit op uw verzoek"), verzoek.requesterName, verzoek.requesterBirthDate,
                                     compiledOn);
    DocumentSection request;
    request.heading = QStringLiteral("Uw verzoek");
    request.paragraphs << QStringLiteral("Op %1 ontvingen wij uw verzoek om %2.")
                              .arg(DocumentText::longDate(verzoek.receivedOn), whatWasAsked(verzoek.type));
    if (verzoek.identityVerifiedOn.isValid())
        request.paragraphs << QStringLiteral("Uw identiteit is vastgesteld op %1.").arg(DocumentText::longDate(verzoek.identityVerifiedOn));
    if (deadline.isValid())
        request.paragraphs << QStringLiteral("De wettelijke termijn voor ons antwoord loopt tot en met %1.").arg(DocumentText::longDate(deadline));
    DocumentSection decision;
    decision.heading = QStringLiteral("Ons besluit");
    decision.paragraphs << decisionText(verzoek.besluit);
    if (!verzoek.motivation.trimmed().isEmpty())
        decision.paragraphs << QStringLiteral("Motivering: %1").arg(verzoek.motivation.trimmed());
    DocumentSection rights;
    rights.heading = QStringLiteral("Bent u het niet eens met dit besluit?");
    rights.paragraphs << QStringLiteral("U kunt een klacht indienen bij het Zorg- en Veiligheidshuis en bij de Autoriteit "
                                        "Persoonsgegevens (privacyprotocol). U kunt ook de rechter vragen over uw verzoek te beslissen.");
    document.sections << request << decision << rights;
    document.sections << textSection(QString(), {QStringLiteral("Met vriendelijke groet,"),
                                                 QStringLiteral("het hoofd van het Zorg- en Veiligheidshuis Rotterdam-Rijnmond")});
    return document;
}

} // namespace casusregie
