// Issue 13: input is never silently changed. A date is what was typed or an error next to the
// field; an untouched date of birth stays unknown; nothing is saved while a field is wrong.
#include "ClientWorld.h"

#include "cases/BetrokkeneDialog.h"
#include "rules/InputLimits.h"
#include "forms/DateField.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPointer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// An aanmelding by the police, taken on by the procesregisseur, who is then logged in.
qint64 takenOnCase(ClientWorld &world)
{
    QObject context;
    qint64 casusId = 0;
    world.logIn(ClientWorld::liaison);
    world.service->call(&context, [](Service &s) { return s.submitAanmelding({QStringLiteral("Zorgen (fictief)")}); },
                        [&](const Result<CasusOverview> &casus) { casusId = casus ? casus->id : 0; });
    world.settle();
    world.logIn(ClientWorld::procesregisseur);
    world.service->call(&context, [casusId](Service &s) { return s.takeOnCase(casusId); },
                        [](const Status &taken) { REQUIRE(taken.has_value()); });
    world.settle();
    REQUIRE(casusId > 0);
    return casusId;
}

QList<Betrokkene> betrokkenenOf(ClientWorld &world, qint64 casusId)
{
    QObject context;
    QList<Betrokkene> found;
    world.service->call(&context, [casusId](Service &s) { return s.betrokkenen(casusId); },
                        [&](const Result<QList<Betrokkene>> &list) { found = list.value_or(QList<Betrokkene>()); });
    world.settle();
    return found;
}

// Types into the field as a user would, then leaves it with Tab.
void typeDate(DateField *field, const QString &text)
{
    QApplication::setActiveWindow(field->window());
    field->lineEdit()->setFocus();
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
}

QPushButton *saveButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
}

} // namespace

TEST_CASE("Issue 13: a date is what was typed or an error next to the field, never corrected into another date")
{
    DateField field(QStringLiteral("proefDatum"), std::nullopt);
    field.setRange(QDate(1900, 1, 1), QDate(2026, 12, 2));
    field.show();
    auto *problem = field.findChild<QLabel *>(QStringLiteral("proefDatumProblem"));

    typeDate(&field, QStringLiteral("31-02-2026"));
    CHECK_FALSE(field.date().has_value());
    CHECK(field.lineEdit()->text() == QStringLiteral("31-02-2026")); // left as typed
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("31-02-2026")));

    typeDate(&field, QStringLiteral("2020"));
    CHECK_FALSE(field.date().has_value());
    CHECK(field.lineEdit()->text() == QStringLiteral("2020"));
    CHECK_FALSE(field.isAcceptable());

    typeDate(&field, QStringLiteral("03-12-2026")); // after the last allowed day
    CHECK_FALSE(field.isAcceptable());
    CHECK(problem->text().contains(QStringLiteral("02-12-2026")));

    typeDate(&field, QStringLiteral("29-02-2024"));
    CHECK(field.date() == QDate(2024, 2, 29));
    CHECK(field.isAcceptable());
    CHECK_FALSE(problem->isVisible());
}

TEST_CASE("Issue 13: a betrokkene with 31-02 as date of birth is not saved, and the dialog says why and keeps the input")
{
    ClientWorld world;
    const qint64 casusId = takenOnCase(world);
    auto *dialog = new BetrokkeneDialog(*world.service, casusId);
    dialog->show();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("naamEdit")), QStringLiteral("Jan Fictief"));
    auto *birth = dialog->findChild<DateField *>(QStringLiteral("geboortedatumEdit"));
    typeDate(birth, QStringLiteral("31-02-1990"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    world.settle();

    REQUIRE(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("formErrorLabel"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("31-02-1990")));
    CHECK(birth->lineEdit()->text() == QStringLiteral("31-02-1990"));
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("naamEdit"))->text() == QStringLiteral("Jan Fictief"));
    CHECK(betrokkenenOf(world, casusId).isEmpty());
    dialog->close(); // deletes itself
}

TEST_CASE("Issue 13: an untouched date of birth is saved as unknown, a typed one as typed")
{
    ClientWorld world;
    const qint64 casusId = takenOnCase(world);
    for (const QString &typed : {QString(), QStringLiteral("07-05-1983")}) {
        QPointer<BetrokkeneDialog> dialog = new BetrokkeneDialog(*world.service, casusId);
        dialog->show();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("naamEdit")),
                         typed.isEmpty() ? QStringLiteral("Onbekend Geboren") : QStringLiteral("Wel Geboren"));
        if (!typed.isEmpty())
            typeDate(dialog->findChild<DateField *>(QStringLiteral("geboortedatumEdit")), typed);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        world.settle();
        QTest::qWait(0);
        REQUIRE(dialog.isNull()); // saved: the dialog closed and deleted itself
    }
    const QList<Betrokkene> saved = betrokkenenOf(world, casusId);
    REQUIRE(saved.size() == 2);
    for (const Betrokkene &betrokkene : saved) {
        if (betrokkene.naam == QStringLiteral("Onbekend Geboren"))
            CHECK_FALSE(betrokkene.geboortedatum.isValid()); // no invented 01-01-1990
        else
            CHECK(betrokkene.geboortedatum == QDate(1983, 5, 7));
    }
}

TEST_CASE("Issue 13: closing a form with typed input asks first, keeps it on Cancel and drops it only on Discard")
{
    ClientWorld world;
    const qint64 casusId = takenOnCase(world);
    {
        QPointer<BetrokkeneDialog> untouched = new BetrokkeneDialog(*world.service, casusId);
        untouched->show();
        QTest::keyClick(untouched, Qt::Key_Escape);
        QTest::qWait(0);
        CHECK(untouched.isNull()); // nothing typed: closes at once
    }
    QPointer<BetrokkeneDialog> dialog = new BetrokkeneDialog(*world.service, casusId);
    dialog->show();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("naamEdit")), QStringLiteral("Half Ingevuld"));
    dialog->reject();
    auto *question = dialog->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    REQUIRE(question != nullptr);
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(0);
    REQUIRE_FALSE(dialog.isNull());
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("naamEdit"))->text() == QStringLiteral("Half Ingevuld"));

    dialog->reject();
    question = dialog->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    REQUIRE(question != nullptr);
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QTest::qWait(0);
    CHECK(dialog.isNull());
    CHECK(betrokkenenOf(world, casusId).isEmpty()); // nothing was saved
}

TEST_CASE("Issue 13: a name over its limit is counted under the field, refused with the field named, and never cut off")
{
    ClientWorld world;
    const qint64 casusId = takenOnCase(world);
    auto *dialog = new BetrokkeneDialog(*world.service, casusId);
    dialog->show();
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("naamEdit"));
    auto *counter = dialog->findChild<QLabel *>(QStringLiteral("naamEditCounter"));
    REQUIRE(counter != nullptr);
    QTest::keyClicks(name, QStringLiteral("Jan"));
    CHECK(counter->text().startsWith(QStringLiteral("3 / %1").arg(InputLimits::maxLength(InputLimits::TextKind::Naam))));
    const QString tooLong(InputLimits::maxLength(InputLimits::TextKind::Naam) + 1, QLatin1Char('x'));
    name->setText(tooLong);
    CHECK(counter->text().contains(QString::number(tooLong.size())));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    world.settle();
    REQUIRE(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("formErrorLabel"));
    CHECK(error->text().contains(QStringLiteral("Naam")));
    CHECK(name->text() == tooLong); // as typed, not shortened
    CHECK(betrokkenenOf(world, casusId).isEmpty());
    dialog->close();
}
