#pragma once

#include "common/Result.h"
#include "domain/Phase.h"
#include "domain/Retention.h"

#include <QDate>
#include <QList>

namespace casusregie {

// What the retention schedule needs to know about a casus.
struct RetentionFacts {
    QDate processingStarted; // the aanmeldingsdatum: processing began then (P 11.2)
    Phase phase = Phase::Aanmelding;
    QDate afschalingOn;      // when it was last afgeschaald, if it was
    QDate nietDoorgeleidOn;  // when triage decided "niet doorgeleid", if it did
    QList<int> extensionMonths;
};

// P 11.6: what may be done with an afgeschaalde casus, by time since the decision.
enum class AfschalingWindow {
    NotAfgeschaald,
    Accessible,   // months 0-6: the procesregisseur keeps access
    Dormant,      // months 6-24: no access, unless a new melding reopens the casus
    RequestsOnly, // after 24 months: only for the betrokkene's requests or a calamity evaluation
};

struct RetentionDates {
    QDate destructionDue; // destroyed on this day at the latest
    RetentionRule rule = RetentionRule::VijfJaar;
};

// The retention schedule of P 11, as pure functions of the facts and a day.
namespace RetentionSchedule {

inline constexpr int baseYears = 5;             // P 11.2
inline constexpr int maxExtensionMonths = 24;   // P 11.4
inline constexpr int nietDoorgeleidMonths = 12; // P 11.8
inline constexpr int accessibleMonths = 6;      // P 11.6
inline constexpr int dormantMonths = 24;        // P 11.6
inline constexpr int calamityEvaluationMonths = 3; // a product decision: long enough for an evaluation, then ask again

RetentionDates datesFor(const RetentionFacts &facts);
bool isDue(const RetentionFacts &facts, QDate today);
AfschalingWindow windowOn(const RetentionFacts &facts, QDate today);

// P 11.3-11.5: one decision extends by at most 2 years, with a motivation and the partners named,
// taken (not in the future) before the term in force runs out; P 11.4 "na het verstrijken van
// deze 2 jaar ... telkens opnieuw": a next decision only once the term the last one extended has
// run out, so decisions cannot be stacked in advance.
Status checkExtension(const RetentionExtension &extension, const RetentionFacts &facts, QDate today);

// P 11.6: a calamity evaluation only for a casus more than 24 months after afschaling, with what
// happened and why the dossier is needed, starting today, for at most 3 months and never past
// the casus's destruction.
Status checkCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation, const RetentionFacts &facts, QDate today);
// The first of those conditions, which needs no input: the casus is in the window for it.
Status checkCalamityWindow(const RetentionFacts &facts, QDate today);

} // namespace RetentionSchedule

} // namespace casusregie
