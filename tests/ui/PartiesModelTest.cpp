#include "parties/PartiesModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace casusregie;
using namespace casusregie::ui;

namespace {

QList<Party> sampleParties()
{
    Party politie{1, QStringLiteral("Politie Eenheid Rotterdam"), QStringLiteral("Politie"), PartyType::Politie, {}};
    politie.membership.toegetreden = QDate(2024, 1, 1);
    Party halt{2, QStringLiteral("HALT Nederland"), QStringLiteral("Halt"), PartyType::Overig, {}};
    halt.membership.toegetreden = QDate(2024, 1, 1);
    halt.membership.opgezegd = QDate(2026, 2, 1);
    Party fier{3, QStringLiteral("Fier"), QStringLiteral("Fier"), PartyType::Zorgaanbieder, {}};
    fier.membership.toegetreden = QDate(2024, 1, 1);
    fier.membership.uitgesloten = QDate(2026, 3, 1);
    fier.membership.uitsluitingsreden = QStringLiteral("Besluit AB");
    return {politie, halt, fier};
}

} // namespace

TEST_CASE("The parties model passes QAbstractItemModelTester")
{
    PartiesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setParties(sampleParties(), QDate(2026, 3, 12));
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == PartiesModel::ColumnCount);
    model.setParties({}, QDate(2026, 3, 12));
    REQUIRE(model.rowCount() == 0);
}

TEST_CASE("The parties model shows type and membership in words, and raw values for sorting")
{
    PartiesModel model;
    model.setParties(sampleParties(), QDate(2026, 3, 12));
    REQUIRE(model.index(0, PartiesModel::Type).data().toString() == enumLabel(PartyType::Politie));
    REQUIRE(model.index(0, PartiesModel::Type).data(PartiesModel::RawRole).toString() == QStringLiteral("politie"));
    REQUIRE(model.index(0, PartiesModel::Toegetreden).data(PartiesModel::RawRole).toDate() == QDate(2024, 1, 1));

    const QString active = model.index(0, PartiesModel::Status).data().toString();
    const QString withdrawn = model.index(1, PartiesModel::Status).data().toString();
    const QString excluded = model.index(2, PartiesModel::Status).data().toString();
    REQUIRE(active != withdrawn);
    REQUIRE(withdrawn != excluded);
    REQUIRE(model.index(2, PartiesModel::Status).data(Qt::ToolTipRole).toString() == QStringLiteral("Besluit AB"));
}
