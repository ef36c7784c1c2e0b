#include "rules/AnnualFigures.h"

#include "common/Clock.h"

#include <QStringList>

#include <algorithm>

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

AnnualFigures annualFigures(int year, const QList<ManagementRecord> &records)
{
    AnnualFigures figures;
    figures.year = year;
    QMap<QString, QPair<qint64, int>> durations; // phase -> (total days, cases)
    for (const ManagementRecord &record : records) {
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
