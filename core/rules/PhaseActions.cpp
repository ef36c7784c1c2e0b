#include "rules/PhaseActions.h"

#include <QStringList>

namespace casusregie::PhaseActions {

QList<Phase> phasesFor(Operation operation)
{
    switch (operation) {
    // Triage (C 1.8): goal and themes, the parties with a role, checks with other ZVH's.
    case Operation::SetGoalAndThemes:
    case Operation::AddInvolvedParty:
    case Operation::RecordBekendheidscheck:
    case Operation::RequestInformation:
        return {Phase::Aanmelding, Phase::Triage};
    // Overleggen are prepared from the aanmelding on, also to consult parties in triage, and held
    // up to the casusoverleg phase (C 1.9), where the casusregisseur is appointed; their minutes
    // and decisions may be written up after the afschaling they decided. Nothing after that.
    case Operation::PlanOverleg:
    case Operation::ScheduleOverleg:
    case Operation::MakeSummaryCopies:
    case Operation::AppointCasusregisseur:
        return {Phase::Aanmelding, Phase::Triage, Phase::Casusoverleg};
    case Operation::RecordOverlegOutcome:
    case Operation::RecordOverlegDecision:
        return {Phase::Aanmelding, Phase::Triage, Phase::Casusoverleg, Phase::Afschaling};
    // Monitoring follows the afschaling (C 1.10).
    case Operation::AddMonitoringNote:
        return {Phase::Afschaling};
    default:
        return {};
    }
}

QString refusal(Operation operation, Phase phase)
{
    const QList<Phase> phases = phasesFor(operation);
    if (phases.isEmpty() || phases.contains(phase))
        return {};
    QStringList names;
    for (const Phase fitting : phases)
        names << enumLabel(fitting).toLower();
    const QString fitting = names.size() == 1 ? QStringLiteral("de fase %1").arg(names.first())
                                              : QStringLiteral("de fasen %1").arg(names.join(QStringLiteral(" en ")));
    return QStringLiteral("%1 hoort bij %2; deze casus is in de fase %3.")
        .arg(enumLabel(operation), fitting, enumLabel(phase).toLower());
}

} // namespace casusregie::PhaseActions
