#include "rules/CaseSignals.h"

namespace casusregie::CaseSignals {

bool isOpen(const Afspraak &afspraak)
{
    return afspraak.status == AfspraakStatus::Open || afspraak.status == AfspraakStatus::Lopend;
}

bool isOverdue(const Afspraak &afspraak, QDate today)
{
    return isOpen(afspraak) && afspraak.dueDate.isValid() && afspraak.dueDate < today;
}

std::optional<Overleg> nextOverleg(const QList<Overleg> &overleggen, const QDateTime &now)
{
    std::optional<Overleg> next;
    for (const Overleg &overleg : overleggen) {
        if (!overleg.datum.isValid() || overleg.datum < now)
            continue;
        if (!next || overleg.datum < next->datum)
            next = overleg;
    }
    return next;
}

bool retentionDecisionDue(QDate destructionDue, QDate today)
{
    return destructionDue.isValid() && today <= destructionDue && today.daysTo(destructionDue) <= retentionNoticeDays;
}

} // namespace casusregie::CaseSignals
