#include "rules/AnnualFigures.h"

#include "common/Clock.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace casusregie {

namespace {

constexpr int smallestShownGroup = 5;

QString outcomeOf(Phase phase, const QList<PhaseTransition> &history)
{
    if (phase == Phase::NietDoorgeleid)
        return QStringLiteral("niet_doorgeleid");
    for (const PhaseTransition &transition : history) {
        if (transition.to == Phase::Afschaling && (phase == Phase::Afschaling || phase == Phase::Afgesloten))
            return QStringLiteral("afgeschaald"); // successfully closed (C 12.3)
    }
    return QStringLiteral("lopend");
}

QDate monthOf(QDate date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

// The months of the chart: the phases a casus can enter in the course of C 12.3, in order.
const std::array chartedPhases{Phase::Aanmelding, Phase::Triage, Phase::Casusoverleg, Phase::Afschaling};

QDate monthEntered(const ManagementRecord &record, Phase phase)
{
    switch (phase) {
    case Phase::Aanmelding:
        return record.monthAanmelding;
    case Phase::Triage:
        return record.monthTriage;
    case Phase::Casusoverleg:
        return record.monthCasusoverleg;
    case Phase::Afschaling:
        return record.monthAfschaling;
    default:
        return {};
    }
}

} // namespace

ManagementRecord managementRecordOf(const Casus &casus, const QList<PhaseTransition> &history)
{
    ManagementRecord record;
    record.aanmeldingsjaar = casus.aanmeldingsdatum.year();
    record.aanmeldendePartijId = casus.aanmeldendePartijId;
    QStringList themes;
    for (const Theme theme : casus.themes)
        themes << enumKey(theme);
    record.themes = themes.join(QLatin1Char(','));
    record.outcome = outcomeOf(casus.phase, history);
    record.monthAanmelding = monthOf(casus.aanmeldingsdatum);
    for (const PhaseTransition &transition : history) {
        QDate *month = transition.to == Phase::Triage         ? &record.monthTriage
                       : transition.to == Phase::Casusoverleg ? &record.monthCasusoverleg
                       : transition.to == Phase::Afschaling   ? &record.monthAfschaling
                                                              : nullptr;
        if (month && month->isNull()) // the first time counts
            *month = monthOf(dateInAmsterdam(transition.at));
    }

    // Only phases that were completed count towards their duration.
    QDate since = casus.aanmeldingsdatum;
    for (const PhaseTransition &transition : history) {
        const QDate left = dateInAmsterdam(transition.at);
        const int days = int(since.daysTo(left));
        const auto add = [days](int &total) { total = std::max(total, 0) + days; };
        if (transition.from == Phase::Aanmelding)
            add(record.daysAanmelding);
        else if (transition.from == Phase::Triage)
            add(record.daysTriage);
        else if (transition.from == Phase::Casusoverleg)
            add(record.daysCasusoverleg);
        since = left;
    }
    return record;
}

QList<Phase> phasesInOrder(const QStringList &keys)
{
    QList<Phase> phases;
    for (const QString &key : keys) {
        if (const auto phase = enumFromKey<Phase>(key))
            phases << *phase;
    }
    std::sort(phases.begin(), phases.end());
    return phases;
}

AnnualFigures annualFigures(int year, const QList<ManagementRecord> &records)
{
    AnnualFigures figures;
    figures.year = year;
    QMap<QString, QPair<qint64, int>> durations; // phase -> (total days, cases)
    for (const Phase phase : chartedPhases)
        figures.enteredPerMonth[enumKey(phase)] = QList<SuppressedCount>(12);
    for (const ManagementRecord &record : records) {
        // The chart counts every casus that entered a phase in this year, whenever it was aangemeld.
        for (const Phase phase : chartedPhases) {
            const QDate month = monthEntered(record, phase);
            if (month.year() == year)
                ++figures.enteredPerMonth[enumKey(phase)][month.month() - 1].value;
        }
        if (record.aanmeldingsjaar == year && record.monthAanmelding.isNull())
            ++figures.withoutMonths.value;
        if (record.aanmeldingsjaar != year)
            continue;
        ++figures.received.value;
        for (const QString &theme : record.themes.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ++figures.perTheme[theme].value;
        ++figures.perAanmeldendePartij[record.aanmeldendePartijId].value;
        ++figures.perOutcome[record.outcome].value;
        const auto addDuration = [&](const char *phase, int days) {
            if (days < 0)
                return; // never completed
            auto &total = durations[QLatin1String(phase)];
            total.first += days;
            total.second += 1;
        };
        addDuration("aanmelding", record.daysAanmelding);
        addDuration("triage", record.daysTriage);
        addDuration("casusoverleg", record.daysCasusoverleg);
    }
    // Counted in full above, suppressed here before anything leaves: the service returns no 1 to 4.
    const auto suppress = [](SuppressedCount &count) {
        if (count.value > 0 && count.value < smallestShownGroup)
            count = SuppressedCount{0, true};
    };
    suppress(figures.received);
    suppress(figures.withoutMonths);
    for (QList<SuppressedCount> &months : figures.enteredPerMonth) {
        for (SuppressedCount &count : months)
            suppress(count);
    }
    for (auto *map : {&figures.perTheme, &figures.perOutcome}) {
        for (SuppressedCount &count : *map)
            suppress(count);
    }
    for (SuppressedCount &count : figures.perAanmeldendePartij)
        suppress(count);
    for (auto it = durations.cbegin(); it != durations.cend(); ++it) {
        const auto [total, cases] = it.value();
        figures.averageDays[it.key()] = cases >= smallestShownGroup ? std::optional(double(total) / cases) : std::nullopt;
    }
    return figures;
}

} // namespace casusregie
