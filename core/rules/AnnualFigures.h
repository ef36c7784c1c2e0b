#pragma once

#include "domain/Casus.h"
#include "domain/Retention.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace casusregie {

// The anonymised record of a casus, live or destroyed: the only input of the annual figures (P 11.7).
ManagementRecord managementRecordOf(const Casus &casus, const QList<PhaseTransition> &history);

// A count in the annual report; counts of 1 to 4 are suppressed so no person can be singled out.
// A suppressed count carries no number at all: the real value never leaves the service.
struct SuppressedCount {
    int value = 0;
    bool hidden = false; // 1 to 4, value left at 0

    bool suppressed() const { return hidden; }
    QString text() const { return hidden ? QStringLiteral("<5") : QString::number(value); }
};

// The annual figures of C 12.3: cases received, per theme, per aanmeldende partij, per outcome,
// the average duration of each phase, and per month how many casussen entered each phase.
struct AnnualFigures {
    int year = 0;
    SuppressedCount received;
    QMap<QString, SuppressedCount> perTheme;          // theme key
    QMap<qint64, SuppressedCount> perAanmeldendePartij;
    QMap<QString, SuppressedCount> perOutcome;        // lopend, niet_doorgeleid, afgeschaald
    QMap<QString, std::optional<double>> averageDays; // phase key; empty when fewer than 5 cases completed it
    // Phase key (aanmelding, triage, casusoverleg, afschaling) -> 12 counts, January first: the
    // casussen that entered that phase in that month of the year.
    QMap<QString, QList<SuppressedCount>> enteredPerMonth;
    // Casussen aangemeld this year whose months were not kept (destroyed before schema version 15).
    SuppressedCount withoutMonths;
};

AnnualFigures annualFigures(int year, const QList<ManagementRecord> &records);

// The phases named by these keys (of averageDays or enteredPerMonth), in the order a casus goes
// through them rather than the order of their keys.
QList<Phase> phasesInOrder(const QStringList &keys);

} // namespace casusregie
