#pragma once

#include "domain/Phase.h"
#include "domain/Theme.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace casusregie {

// A case number is the year of aanmelding and a sequence within that year: 2026-0001.
struct CasusNumber {
    int year = 0;
    int sequence = 0;

    QString toString() const
    {
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 4, 10, QLatin1Char('0'));
    }
    bool isValid() const { return year > 0 && sequence > 0; }
    friend bool operator==(const CasusNumber &, const CasusNumber &) = default;
};

struct Casus {
    qint64 id = 0;
    CasusNumber number;
    qint64 aanmeldendePartijId = 0;
    QDate aanmeldingsdatum;
    QString reden;
    QString doel;
    QList<Theme> themes;
    Phase phase = Phase::Aanmelding;
    QList<qint64> procesregisseurIds;
    qint64 casusregisseurUserId = 0; // appointed in the casusoverleg (C 9.4a); 0 until then
    QString afschalingscriteria;     // C 9.4d
    bool takenOn = false;            // a procesregisseur took it on once: no longer a new aanmelding
};

// One step of the phase machine as it was taken: who, when, the decision and its basis.
struct PhaseTransition {
    qint64 casusId = 0;
    Phase from = Phase::Aanmelding;
    Phase to = Phase::Aanmelding;
    QDateTime at;
    qint64 byUserId = 0;
    QString decision;
    QString basis; // e.g. "besluit casusoverleg 12-03-2026"
};

} // namespace casusregie
