// Issue 13: every form stays usable on a 1280x720 screen, whatever length the names and texts
// in it have: nothing pushes a dialog wider or taller than the screen or its buttons off it.
#include "ClientWorld.h"

#include "cases/ApprovalDialog.h"
#include "cases/ConsentDialog.h"
#include "cases/GegevenDialog.h"
#include "cases/InformatieplichtDialog.h"
#include "cases/PhaseChangeDialog.h"
#include "cases/VerstrekkingDialog.h"
#include "cases/WithdrawConsentDialog.h"
#include "datalekken/DatalekAssessmentDialogs.h"

#include <QDialogButtonBox>
#include <QPushButton>

#include <memory>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// The longest a name may be (InputLimits: 200), as one word so nothing can wrap it.
const QString longName = QStringLiteral("Van") + QString(197, QLatin1Char('x'));
const QString longText = QStringLiteral("Lange tekst ") + QString(3988, QLatin1Char('y'));

void requireFits(QDialog *dialog)
{
    INFO(dialog->objectName().toStdString());
    dialog->show();
    QTest::qWait(0);
    CHECK(dialog->width() <= 1280);
    CHECK(dialog->height() <= 720);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons != nullptr);
    const QRect shown = QRect(buttons->mapTo(dialog, QPoint(0, 0)), buttons->size());
    CHECK(dialog->rect().contains(shown)); // the buttons are within the dialog
    CHECK(shown.right() <= 1280);
    dialog->close();
}

} // namespace

TEST_CASE("Issue 13: a 200-character name and a 4,000-character text leave every case form within 1280x720 with its buttons reachable")
{
    ClientWorld world;
    const QHash<qint64, QString> people{{1, longName}, {2, QStringLiteral("Kort")}};
    const QHash<qint64, QString> parties{{10, longName}, {11, QStringLiteral("Politie")}};
    Gegeven item;
    item.id = 5;
    item.betrokkeneId = 1;
    item.supplierPartyId = 10;
    item.content = longText;
    Consent consent;
    consent.id = 7;
    consent.betrokkeneId = 1;
    consent.supplierPartyId = 10;
    consent.givenOn = world.clock.today();
    consent.scope = longText.left(300);
    Datalek longBreach; // an assessment opened a second time, every field at its longest
    for (QString *text : {&longBreach.categorieenBetrokkenen, &longBreach.categorieenGegevens, &longBreach.versleuteling,
                          &longBreach.aanbevolenMaatregelen, &longBreach.gevolgenEnHerstel, &longBreach.informingGrounds,
                          &longBreach.notificationText, &longBreach.correctiveMeasures})
        *text = longText;
    longBreach.decidedOnInforming = true;
    longBreach.informBetrokkenen = true;
    const QString itemDescription = QStringLiteral("Gezondheid over %1, geleverd door %1").arg(longName);

    ServiceThread &service = *world.service;
    QList<QDialog *> dialogs{new GegevenDialog(service, 1, people, parties, 10),
                             new ConsentDialog(service, 1, people, parties, 10),
                             new InformatieplichtDialog(service, 1, people, parties, 10),
                             new ApprovalDialog(service, 1, item.id, Phase::Triage, itemDescription, parties),
                             new PhaseChangeDialog(service, 1, Phase::Triage, {item}, people),
                             new VerstrekkingDialog(service, 1, {item}, people, parties),
                             new WithdrawConsentDialog(service, 1, {consent}, people, parties),
                             new AssessDatalekDialog(service, longBreach)};
    for (QDialog *dialog : dialogs) {
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        requireFits(dialog);
        delete dialog;
    }
}
