// Issue 14: functioneel beheer keeps the covenant's membership from the Parties tab (C 21-24).
#include "ClientWorld.h"

#include "main/MainWindow.h"
#include "parties/MembershipDialogs.h"
#include "parties/PartiesView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// Selects the party's row in the parties table, found by its short name.
void selectParty(MainWindow &window, const QString &shortName)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("partiesTableView"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 1).data().toString() == shortName) {
            table->selectRow(row);
            return;
        }
    }
    FAIL("no such party in the table");
}

QString statusOf(MainWindow &window, const QString &shortName)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("partiesTableView"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 1).data().toString() == shortName)
            return table->model()->index(row, 4).data().toString();
    }
    return {};
}

// The history's rows about one event, as " | "-joined cells.
QStringList historyRows(MainWindow &window, const QString &event)
{
    QAbstractItemModel *history = window.findChild<QTableView *>(QStringLiteral("membershipHistoryTable"))->model();
    QStringList rows;
    for (int row = 0; row < history->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < history->columnCount(); ++column)
            cells << history->index(row, column).data().toString();
        if (cells.at(2).startsWith(event))
            rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

} // namespace

TEST_CASE("Issue 14 and C 21.4 in the client: functioneel beheer records a toetreding with the AB decision and the Bijvoegsel I signatory and an opzegging and the history shows them")
{
    ClientWorld world;
    MainWindow window(*world.service, world.clock, world.logIn(InitialisedDatabase::username), QString());
    window.show();
    world.settle();
    auto *history = window.findChild<QTableView *>(QStringLiteral("membershipHistoryTable"));
    REQUIRE(history != nullptr);
    const int before = history->model()->rowCount();
    CHECK(before >= 42); // the signatories

    window.findChild<QPushButton *>(QStringLiteral("toetredingButton"))->click();
    auto *dialog = window.findChild<ToetredingDialog *>();
    REQUIRE(dialog != nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("partyNameEdit")), QStringLiteral("Gemeente Westvoorne (fictief)"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("partyShortNameEdit")), QStringLiteral("Westvoorne"));
    CHECK_FALSE(saveOf(dialog)->isEnabled()); // nobody signed Bijvoegsel I yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("signatoryEdit")), QStringLiteral("J. de Wit, burgemeester"));
    // Signed before the AB decided: refused, in Dutch, and everything typed stays.
    auto *decision = dialog->findChild<QLineEdit *>(QStringLiteral("abDecisionFieldText"));
    decision->clear();
    QTest::keyClicks(decision, world.clock.today().toString(QStringLiteral("dd-MM-yyyy")));
    auto *signedOn = dialog->findChild<QLineEdit *>(QStringLiteral("signedOnFieldText"));
    signedOn->clear();
    QTest::keyClicks(signedOn, world.clock.today().addDays(-3).toString(QStringLiteral("dd-MM-yyyy")));
    saveOf(dialog)->click();
    world.settle();
    REQUIRE(window.findChild<ToetredingDialog *>() == dialog);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("formErrorLabel"))->text().contains(QStringLiteral("Bijvoegsel I wordt ondertekend na")));
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("signatoryEdit"))->text() == QStringLiteral("J. de Wit, burgemeester"));

    decision->clear();
    QTest::keyClicks(decision, world.clock.today().addDays(-10).toString(QStringLiteral("dd-MM-yyyy")));
    saveOf(dialog)->click();
    world.settle();
    REQUIRE(window.findChild<ToetredingDialog *>() == nullptr);
    CHECK(history->model()->rowCount() == before + 1);
    const QStringList joined = historyRows(window, QStringLiteral("Toetreding")).filter(QStringLiteral("Westvoorne"));
    REQUIRE(joined.size() == 1);
    CHECK(joined.first().contains(QStringLiteral("Gemeente Westvoorne (fictief) | Toetreding")));
    CHECK(joined.first().contains(QStringLiteral("Bijvoegsel I ondertekend door J. de Wit, burgemeester")));
    CHECK(statusOf(window, QStringLiteral("Westvoorne")) == QStringLiteral("Neemt deel"));

    // Halt withdraws from a date a month ahead: it still takes part until then, and the table says when it stops.
    selectParty(window, QStringLiteral("Halt"));
    auto *opzegging = window.findChild<QPushButton *>(QStringLiteral("opzeggingButton"));
    REQUIRE(opzegging->isEnabled());
    opzegging->click();
    auto *end = window.findChild<MembershipEndDialog *>();
    REQUIRE(end != nullptr);
    auto *date = end->findChild<QLineEdit *>(QStringLiteral("membershipEndFieldText"));
    date->clear();
    const QDate ahead = world.clock.today().addMonths(1);
    QTest::keyClicks(date, ahead.toString(QStringLiteral("dd-MM-yyyy")));
    QTest::keyClicks(end->findChild<QPlainTextEdit *>(QStringLiteral("membershipNoteEdit")), QStringLiteral("Brief van 1 december"));
    saveOf(end)->click();
    world.settle();
    REQUIRE(window.findChild<MembershipEndDialog *>() == nullptr);
    const QStringList withdrawn = historyRows(window, QStringLiteral("Opzegging"));
    REQUIRE(withdrawn.size() == 1);
    CHECK(withdrawn.first().contains(QStringLiteral(" | Opzegging")));
    CHECK(withdrawn.first().endsWith(QStringLiteral("Brief van 1 december")));
    CHECK(statusOf(window, QStringLiteral("Halt")).startsWith(QStringLiteral("Neemt deel; stopt op")));

    // A membership ends once: both steps are now refused for Halt, and say why.
    selectParty(window, QStringLiteral("Halt"));
    auto *uitsluiting = window.findChild<QPushButton *>(QStringLiteral("uitsluitingButton"));
    CHECK_FALSE(uitsluiting->isEnabled());
    CHECK_FALSE(uitsluiting->toolTip().isEmpty());
}

TEST_CASE("Issue 14 in the client: the FG reads the membership history but has no steps to change it and other roles see neither")
{
    ClientWorld world;
    {
        MainWindow window(*world.service, world.clock, world.logIn(ClientWorld::auditor), QString());
        window.show();
        world.settle();
        REQUIRE(window.findChild<QTableView *>(QStringLiteral("membershipHistoryTable")) != nullptr);
        CHECK(window.findChild<QTableView *>(QStringLiteral("membershipHistoryTable"))->model()->rowCount() >= 42);
        CHECK(window.findChild<QPushButton *>(QStringLiteral("toetredingButton"))->isHidden());
    }
    for (const QString &user : {ClientWorld::procesregisseur, ClientWorld::hoofd, ClientWorld::liaison}) {
        MainWindow window(*world.service, world.clock, world.logIn(user), QString());
        window.show();
        world.settle();
        INFO(user.toStdString());
        CHECK(window.findChild<QTableView *>(QStringLiteral("membershipHistoryTable")) == nullptr);
        CHECK(window.findChild<PartiesView *>() != nullptr);
    }
}
