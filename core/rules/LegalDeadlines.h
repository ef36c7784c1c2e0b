#pragma once

#include "domain/Verzoek.h"

#include <QDate>
#include <QDateTime>

namespace casusregie {

// Deadlines of the privacy protocol and the AVG, with the Algemene termijnenwet: a term in days,
// weeks or months that ends on a Saturday, Sunday or public holiday runs to the next working day.
namespace LegalDeadlines {

// Algemene termijnenwet art. 3: nieuwjaarsdag, tweede paas- en pinksterdag, beide kerstdagen,
// Hemelvaartsdag, Koningsdag and 5 mei (besides Saturdays and Sundays).
bool isPublicHoliday(QDate day);
bool isWorkingDay(QDate day);
QDate onOrNextWorkingDay(QDate day);

// Inzage: one month (AVG art. 12.3); correctie, verwijdering, beperking and verzet: 4 weeks (P 19.4, 20.4).
QDate verzoekDeadline(VerzoekType type, QDate receivedOn);
// How verzoekDeadline counts, in Dutch, for whoever has to meet it.
QString verzoekDeadlineBasis(VerzoekType type);

// Datalek: the privacy officer within 24 hours of discovery (P 14.3), the Autoriteit Persoonsgegevens
// within 72 hours (P 14.8). Hours run through weekends.
inline QDateTime privacyOfficerDue(const QDateTime &discovered) { return discovered.addSecs(24 * 3600); }
inline QDateTime autoriteitDue(const QDateTime &discovered) { return discovered.addSecs(72 * 3600); }

} // namespace LegalDeadlines

} // namespace casusregie
