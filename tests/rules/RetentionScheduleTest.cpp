#include "rules/AnnualFigures.h"
#include "rules/RetentionSchedule.h"

#include <catch2/catch.hpp>

using namespace casusregie;

namespace {

RetentionFacts startedOn(QDate day, Phase phase = Phase::Casusoverleg)
{
    RetentionFacts facts;
    facts.processingStarted = day;
    facts.phase = phase;
    return facts;
}

RetentionExtension extension(int months, QDate decidedOn)
{
    return RetentionExtension{0, 1, decidedOn, months, QStringLiteral("Politie, Antes"),
                              QStringLiteral("Veiligheid van de kinderen blijft in het geding (art. 2)"), 7};
}

} // namespace

TEST_CASE("P 11.4: extensions are decided one at a time, each while the term it extends runs, never in the future")
{
    RetentionFacts facts = startedOn(QDate(2021, 3, 12)); // due 2026-03-12
    const QDate today(2026, 3, 1);
    REQUIRE(RetentionSchedule::checkExtension(extension(24, today.addDays(1)), facts, today).error().code == ErrorCode::InvalidArgument);
    REQUIRE(RetentionSchedule::checkExtension(extension(24, today), facts, today).has_value());
    facts.extensionMonths = {24}; // now due 2028-03-12
    // Stacking a second decision on the same day is refused: the first has not begun to run.
    REQUIRE(RetentionSchedule::checkExtension(extension(24, today), facts, today).error().code == ErrorCode::InvalidArgument);
    REQUIRE(RetentionSchedule::checkExtension(extension(24, QDate(2026, 3, 11)), facts, QDate(2026, 3, 11)).error().code
            == ErrorCode::InvalidArgument);
    // Once the extension runs (from the old due date) the partners may decide again, before it ends.
    REQUIRE(RetentionSchedule::checkExtension(extension(24, QDate(2026, 3, 12)), facts, QDate(2026, 3, 12)).has_value());
    REQUIRE(RetentionSchedule::checkExtension(extension(24, QDate(2028, 3, 12)), facts, QDate(2028, 3, 12)).error().code
            == ErrorCode::InvalidArgument);
}

TEST_CASE("P 11.2: destroyed at the latest 5 years after processing began (day before, day itself, day after)")
{
    const RetentionFacts facts = startedOn(QDate(2021, 3, 12));
    REQUIRE(RetentionSchedule::datesFor(facts).destructionDue == QDate(2026, 3, 12));
    REQUIRE(RetentionSchedule::datesFor(facts).rule == RetentionRule::VijfJaar);
    REQUIRE_FALSE(RetentionSchedule::isDue(facts, QDate(2026, 3, 11)));
    REQUIRE(RetentionSchedule::isDue(facts, QDate(2026, 3, 12)));
    REQUIRE(RetentionSchedule::isDue(facts, QDate(2026, 3, 13)));
}

TEST_CASE("P 11.3-11.5: extensions add up, each by a motivated decision of at most 2 years")
{
    const QDate today(2026, 3, 12);
    RetentionFacts facts = startedOn(QDate(2021, 3, 12));
    REQUIRE(RetentionSchedule::checkExtension(extension(24, QDate(2026, 3, 1)), facts, today).has_value());
    REQUIRE(RetentionSchedule::checkExtension(extension(25, QDate(2026, 3, 1)), facts, today).error().code == ErrorCode::InvalidArgument);
    REQUIRE(RetentionSchedule::checkExtension(extension(0, QDate(2026, 3, 1)), facts, today).error().code == ErrorCode::InvalidArgument);
    RetentionExtension unmotivated = extension(12, QDate(2026, 3, 1));
    unmotivated.motivation.clear();
    REQUIRE(RetentionSchedule::checkExtension(unmotivated, facts, today).error().code == ErrorCode::InvalidArgument);
    // Too late: the term already ran out.
    REQUIRE(RetentionSchedule::checkExtension(extension(12, QDate(2026, 3, 12)), facts, today).error().code == ErrorCode::InvalidArgument);

    facts.extensionMonths = {24, 12};
    REQUIRE(RetentionSchedule::datesFor(facts).destructionDue == QDate(2029, 3, 12));
    REQUIRE_FALSE(RetentionSchedule::isDue(facts, QDate(2029, 3, 11)));
    REQUIRE(RetentionSchedule::isDue(facts, QDate(2029, 3, 12)));
}

TEST_CASE("P 11.8: niet doorgeleid is destroyed 1 year after that decision")
{
    RetentionFacts facts = startedOn(QDate(2025, 1, 10), Phase::NietDoorgeleid);
    facts.nietDoorgeleidOn = QDate(2025, 2, 3);
    REQUIRE(RetentionSchedule::datesFor(facts).destructionDue == QDate(2026, 2, 3));
    REQUIRE(RetentionSchedule::datesFor(facts).rule == RetentionRule::NietDoorgeleid);
    REQUIRE_FALSE(RetentionSchedule::isDue(facts, QDate(2026, 2, 2)));
    REQUIRE(RetentionSchedule::isDue(facts, QDate(2026, 2, 3)));
    REQUIRE(RetentionSchedule::isDue(facts, QDate(2026, 2, 4)));
}

TEST_CASE("P 11.6: after afschaling 6 months accessible, until 24 months dormant, then for requests only")
{
    RetentionFacts facts = startedOn(QDate(2024, 1, 10), Phase::Afschaling);
    facts.afschalingOn = QDate(2025, 1, 15);
    REQUIRE(RetentionSchedule::windowOn(facts, QDate(2025, 7, 15)) == AfschalingWindow::Accessible);
    REQUIRE(RetentionSchedule::windowOn(facts, QDate(2025, 7, 16)) == AfschalingWindow::Dormant);
    REQUIRE(RetentionSchedule::windowOn(facts, QDate(2027, 1, 15)) == AfschalingWindow::Dormant);
    REQUIRE(RetentionSchedule::windowOn(facts, QDate(2027, 1, 16)) == AfschalingWindow::RequestsOnly);
    REQUIRE(RetentionSchedule::windowOn(startedOn(QDate(2024, 1, 10)), QDate(2027, 1, 16)) == AfschalingWindow::NotAfgeschaald);
}

TEST_CASE("P 11.6: a calamity evaluation only after the 24 months, for at most 3 months and never past the destruction date")
{
    RetentionFacts facts = startedOn(QDate(2022, 1, 10), Phase::Afschaling); // destroyed on 2027-01-10
    facts.afschalingOn = QDate(2024, 1, 15);
    const auto evaluation = [](QDate vanaf, QDate tot) {
        return Calamiteitsevaluatie{0, 1, QStringLiteral("Incident"), QStringLiteral("Evaluatie vraagt het dossier"), vanaf, tot, 0, {}};
    };
    const QDate last24 = QDate(2026, 1, 15);
    REQUIRE(RetentionSchedule::checkCalamiteitsevaluatie(evaluation(last24, last24.addDays(10)), facts, last24).error().code
            == ErrorCode::GuardFailed);
    const QDate first = last24.addDays(1);
    REQUIRE(RetentionSchedule::checkCalamiteitsevaluatie(evaluation(first, first.addMonths(3)), facts, first).has_value());
    REQUIRE_FALSE(RetentionSchedule::checkCalamiteitsevaluatie(evaluation(first, first.addMonths(3).addDays(1)), facts, first).has_value());
    REQUIRE_FALSE(RetentionSchedule::checkCalamiteitsevaluatie(evaluation(first.addDays(1), first.addDays(20)), facts, first).has_value());
    const QDate late = QDate(2026, 12, 1);
    REQUIRE(RetentionSchedule::checkCalamiteitsevaluatie(evaluation(late, QDate(2027, 1, 9)), facts, late).has_value());
    REQUIRE_FALSE(RetentionSchedule::checkCalamiteitsevaluatie(evaluation(late, QDate(2027, 1, 10)), facts, late).has_value());
}

TEST_CASE("C 12.3, P 11.7: annual figures count per theme, party and outcome and suppress counts below 5")
{
    QList<ManagementRecord> records;
    for (int i = 0; i < 7; ++i) {
        ManagementRecord record;
        record.aanmeldingsjaar = 2025;
        record.aanmeldendePartijId = i < 6 ? 1 : 2;
        record.themes = i < 2 ? QStringLiteral("radicalisering") : QStringLiteral("huiselijk_geweld");
        record.outcome = i < 5 ? QStringLiteral("afgeschaald") : QStringLiteral("lopend");
        record.daysAanmelding = 10;
        record.daysTriage = i < 5 ? 20 : -1;
        records << record;
    }
    ManagementRecord earlier;
    earlier.aanmeldingsjaar = 2024;
    earlier.aanmeldendePartijId = 1;
    earlier.themes = QStringLiteral("overig");
    earlier.outcome = QStringLiteral("lopend");
    records << earlier;

    const AnnualFigures figures = annualFigures(2025, records);
    REQUIRE(figures.received.text() == QStringLiteral("7"));
    REQUIRE(figures.perTheme.value(QStringLiteral("huiselijk_geweld")).text() == QStringLiteral("5"));
    REQUIRE(figures.perTheme.value(QStringLiteral("radicalisering")).text() == QStringLiteral("<5"));
    REQUIRE(figures.perAanmeldendePartij.value(2).suppressed());
    // The real count of a suppressed group is not in the data either, only that it was 1 to 4.
    REQUIRE(figures.perAanmeldendePartij.value(2).value == 0);
    REQUIRE(figures.perTheme.value(QStringLiteral("radicalisering")).value == 0);
    REQUIRE(figures.perOutcome.value(QStringLiteral("lopend")).value == 0);
    REQUIRE(figures.perOutcome.value(QStringLiteral("afgeschaald")).text() == QStringLiteral("5"));
    REQUIRE(figures.averageDays.value(QStringLiteral("triage")) == 20.0);
    REQUIRE_FALSE(figures.averageDays.value(QStringLiteral("casusoverleg")).has_value());
}

TEST_CASE("P 11.7: the management record keeps the month each phase began and never the day")
{
    Casus casus;
    casus.aanmeldingsdatum = QDate(2025, 3, 17);
    casus.phase = Phase::Afschaling;
    const auto transition = [](Phase from, Phase to, QDateTime at) { return PhaseTransition{1, from, to, at, 7, {}, {}}; };
    const QList<PhaseTransition> history{
        transition(Phase::Aanmelding, Phase::Triage, QDateTime(QDate(2025, 3, 20), QTime(10, 0), Qt::UTC)),
        // 23:30 UTC on 31 May is already 1 June in Amsterdam.
        transition(Phase::Triage, Phase::Casusoverleg, QDateTime(QDate(2025, 5, 31), QTime(23, 30), Qt::UTC)),
        transition(Phase::Casusoverleg, Phase::Afschaling, QDateTime(QDate(2025, 9, 9), QTime(9, 0), Qt::UTC)),
    };
    const ManagementRecord record = managementRecordOf(casus, history);
    REQUIRE(record.monthAanmelding == QDate(2025, 3, 1));
    REQUIRE(record.monthTriage == QDate(2025, 3, 1));
    REQUIRE(record.monthCasusoverleg == QDate(2025, 6, 1));
    REQUIRE(record.monthAfschaling == QDate(2025, 9, 1));
}

TEST_CASE("C 12.3: the annual chart counts per month the casussen that entered each phase and shows 1 to 4 as <5")
{
    QList<ManagementRecord> records;
    for (int i = 0; i < 8; ++i) {
        ManagementRecord record;
        record.aanmeldingsjaar = i < 6 ? 2025 : 2024;
        record.monthAanmelding = i < 6 ? QDate(2025, 2, 1) : QDate(2024, 12, 1);
        record.monthTriage = i < 6 ? QDate(2025, 2, 1) : QDate(2025, 1, 1);
        record.monthCasusoverleg = i < 2 ? QDate(2025, 4, 1) : QDate();
        records << record;
    }
    ManagementRecord destroyedLongAgo; // destroyed before the months were kept
    destroyedLongAgo.aanmeldingsjaar = 2025;
    records << destroyedLongAgo;

    const AnnualFigures figures = annualFigures(2025, records);
    const QList<SuppressedCount> aangemeld = figures.enteredPerMonth.value(QStringLiteral("aanmelding"));
    const QList<SuppressedCount> triage = figures.enteredPerMonth.value(QStringLiteral("triage"));
    const QList<SuppressedCount> overleg = figures.enteredPerMonth.value(QStringLiteral("casusoverleg"));
    REQUIRE(aangemeld.size() == 12);
    REQUIRE(figures.enteredPerMonth.value(QStringLiteral("afschaling")).size() == 12);
    REQUIRE(aangemeld.at(1).text() == QStringLiteral("6"));
    REQUIRE(aangemeld.at(0).text() == QStringLiteral("0")); // the 2024 aanmeldingen belong to 2024
    // A casus aangemeld in 2024 that entered triage in January 2025 counts in 2025's chart.
    REQUIRE(triage.at(0).text() == QStringLiteral("<5"));
    REQUIRE(triage.at(0).value == 0);
    REQUIRE(triage.at(1).text() == QStringLiteral("6"));
    REQUIRE(overleg.at(3).suppressed());
    REQUIRE(overleg.at(3).value == 0);
    REQUIRE(figures.withoutMonths.text() == QStringLiteral("<5"));
    REQUIRE(annualFigures(2026, records).enteredPerMonth.value(QStringLiteral("triage")).at(1).text() == QStringLiteral("0"));
}
