#pragma once

#include "domain/Betrokkene.h"
#include "domain/BewaardeOmVerstrekking.h"
#include "domain/Gegeven.h"
#include "domain/Party.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace casusregie {

struct InzageRegel {
    QString categorie;
    QString inhoud;
    QString bron;
    QString fase;
};

// The answer to an inzage request: everything P 18.1 a-h requires plus a copy of the data (P 18.5).
// Data supplied by the OM or the police is not in it: those parts are routed (P 17.5, 17.6).
struct InzageOverzicht {
    QString requesterName;
    QDate requesterBirthDate;
    QDate compiledOn;
    QStringList doeleinden;            // a
    QStringList categorieen;           // b
    QStringList ontvangers;            // c
    QStringList bewaartermijnen;       // d
    QString rechten;                   // e
    QString klachtrecht;               // f
    QStringList bronnen;               // g
    QString geautomatiseerdeBesluitvorming; // h
    QList<InzageRegel> kopie;
    QStringList doorverwezen;
    // P 17.5: the kept records of OM verstrekkingen about the requester whose casus was destroyed
    // earlier. For whoever handles the request, to pass on to the OM's privacy officer; not a part
    // of the answer to the requester, and only while the request is being handled.
    QList<BewaardeOmVerstrekking> bewaardeOmVerstrekkingen;
};

// What the service gathered about the person, as input for the overview.
struct InzageBron {
    Betrokkene betrokkene;
    QList<Gegeven> gegevens;
    QStringList ontvangerNamen;
    QDate vernietigingUiterlijk;
};

InzageOverzicht buildInzageOverzicht(const QString &requesterName, QDate requesterBirthDate, QDate compiledOn,
                                     const QList<InzageBron> &bronnen, const QMap<qint64, Party> &parties,
                                     const QList<BewaardeOmVerstrekking> &bewaardeOmVerstrekkingen);

} // namespace casusregie
