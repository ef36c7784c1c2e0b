#include "rules/RetentionSchedule.h"

#include <algorithm>

namespace casusregie::RetentionSchedule {

RetentionDates datesFor(const RetentionFacts &facts)
{
    QDate due = facts.processingStarted.addYears(baseYears);
    for (const int months : facts.extensionMonths)
        due = due.addMonths(months);
    RetentionDates dates{due, RetentionRule::VijfJaar};

    if (facts.phase == Phase::NietDoorgeleid && facts.nietDoorgeleidOn.isValid()) {
        const QDate oneYear = facts.nietDoorgeleidOn.addMonths(nietDoorgeleidMonths);
        if (oneYear < due)
            dates = {oneYear, RetentionRule::NietDoorgeleid};
    }
    return dates;
}

bool isDue(const RetentionFacts &facts, QDate today)
{
    return today >= datesFor(facts).destructionDue;
}

AfschalingWindow windowOn(const RetentionFacts &facts, QDate today)
{
    const bool afgeschaald = facts.phase == Phase::Afschaling || facts.phase == Phase::Afgesloten;
    if (!afgeschaald || !facts.afschalingOn.isValid())
        return AfschalingWindow::NotAfgeschaald;
    if (today <= facts.afschalingOn.addMonths(accessibleMonths))
        return AfschalingWindow::Accessible;
    if (today <= facts.afschalingOn.addMonths(dormantMonths))
        return AfschalingWindow::Dormant;
    return AfschalingWindow::RequestsOnly;
}

Status checkExtension(const RetentionExtension &extension, const RetentionFacts &facts, QDate today)
{
    if (extension.months < 1)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een verlenging duurt ten minste één maand."));
    if (extension.months > maxExtensionMonths)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Eén besluit verlengt de bewaartermijn met ten hoogste 2 jaar (P 11.4); neem na die "
                                   "periode een nieuw gemotiveerd besluit."));
    if (extension.motivation.trimmed().isEmpty() || extension.parties.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een verlenging vraagt een motivering die aansluit bij de doelen van het ZVH (convenant "
                                   "art. 2) en de partners die het besluit namen (P 11.3, 11.5)."));
    if (!extension.decidedOn.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Leg de datum van het verlengingsbesluit vast."));
    if (extension.decidedOn > today)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het verlengingsbesluit ligt in de toekomst; leg het vast als het genomen is."));
    if (extension.decidedOn < facts.processingStarted)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het verlengingsbesluit ligt vóór de aanmelding van de casus."));
    if (!facts.extensionMonths.isEmpty()) {
        RetentionFacts before = facts;
        before.extensionMonths.removeLast();
        if (extension.decidedOn < datesFor(before).destructionDue)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("De vorige verlenging is nog niet ingegaan; een volgend besluit kan pas als die loopt "
                                       "(P 11.4: na het verstrijken van die termijn telkens opnieuw)."));
    }
    if (extension.decidedOn >= datesFor(facts).destructionDue)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("De bewaartermijn is al verstreken; verlengen kan alleen daarvoor (P 11.3)."));
    return {};
}

Status checkCalamityWindow(const RetentionFacts &facts, QDate today)
{
    if (windowOn(facts, today) != AfschalingWindow::RequestsOnly)
        return fail(ErrorCode::GuardFailed,
                    QStringLiteral("Een calamiteitenevaluatie geldt alleen voor een casus die meer dan 24 maanden geleden is "
                                   "afgeschaald (P 11.6); daarvoor heropent alleen een nieuwe melding de casus."));
    return {};
}

Status checkCalamiteitsevaluatie(const Calamiteitsevaluatie &evaluation, const RetentionFacts &facts, QDate today)
{
    if (auto window = checkCalamityWindow(facts, today); !window)
        return window;
    if (evaluation.aanleiding.trimmed().isEmpty() || evaluation.reden.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Leg vast om welke calamiteit of welk incident het gaat en waarom dit dossier voor de "
                                   "evaluatie nodig is (P 11.6)."));
    if (evaluation.vanaf != today)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een calamiteitenevaluatie begint op de dag dat zij wordt vastgelegd."));
    if (!evaluation.tot.isValid() || evaluation.tot < evaluation.vanaf
        || evaluation.tot > evaluation.vanaf.addMonths(calamityEvaluationMonths))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een calamiteitenevaluatie duurt ten hoogste 3 maanden; leg daarna zo nodig een nieuwe vast."));
    if (evaluation.tot >= datesFor(facts).destructionDue)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("De evaluatie loopt tot na de vernietigingsdatum van de casus; de bewaartermijn gaat voor."));
    return {};
}

} // namespace casusregie::RetentionSchedule
