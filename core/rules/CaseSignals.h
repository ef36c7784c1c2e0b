#pragma once

#include "domain/Overleg.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

// What in a casus needs attention (issue 13): the pure rules behind the signals in the header of
// its workspace and in the worklist.
namespace casusregie::CaseSignals {

// A retention decision (P 11.3-11.5) must be taken before the term runs out: warn this long before.
inline constexpr int retentionNoticeDays = 30;

// Open or running, and past its due date.
bool isOverdue(const Afspraak &afspraak, QDate today);
bool isOpen(const Afspraak &afspraak);

// The first overleg still to come at `now`, if any is planned.
std::optional<Overleg> nextOverleg(const QList<Overleg> &overleggen, const QDateTime &now);

// Whether the destruction date is near enough that the procesregisseur must decide on extending.
bool retentionDecisionDue(QDate destructionDue, QDate today);

} // namespace casusregie::CaseSignals
