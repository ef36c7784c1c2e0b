// Issue 12: the case summary from the client: preview, PDF and the list of copies made.
#include "ClientWorld.h"

#include "../render/PdfReader.h"

#include "PdfExport.h"
#include "cases/CaseWorkspace.h"
#include "cases/SummaryDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace casusregie;
using namespace casusregie::test;
using namespace casusregie::ui;

namespace {

// The police's aanmelding, taken on by the procesregisseur, with one person and one police item,
// in the phase casusoverleg with the police invited to an overleg next week.
struct CasusWithOverleg {
    User pr;
    qint64 casusId = 0;
    QHash<qint64, QString> partyNames;

    explicit CasusWithOverleg(ClientWorld &world)
    {
        QObject context;
        const User police = world.logIn(ClientWorld::liaison);
        world.service->call(&context, [](Service &service) { return service.submitAanmelding({QStringLiteral("Overlast in de portiek")}); },
                            [&](const Result<CasusOverview> &casus) { casusId = casus->id; });
        world.settle();
        pr = world.logIn(ClientWorld::procesregisseur);
        world.service->call(&context, [](Service &service) { return service.parties(); }, [&](const Result<QList<Party>> &parties) {
            for (const Party &party : *parties)
                partyNames.insert(party.id, party.name);
        });
        const qint64 id = casusId;
        const qint64 policeParty = police.partyId;
        const QDateTime when = world.clock.now().addDays(7);
        world.service->call(&context, [id, policeParty, when](Service &service) -> Status {
            for (const Status &step : {service.takeOnCase(id), service.addInvolvedParty(id, policeParty, QStringLiteral("melder")),
                                       service.setGoalAndThemes(id, QStringLiteral("Rust in de portiek"), {Theme::Overig}),
                                       service.changePhase({id, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"),
                                                            QStringLiteral("triage"), {}, {}})}) {
                if (!step)
                    return step;
            }
            auto persoon = service.addBetrokkene({0, id, BetrokkeneCategorie::I, QStringLiteral("Jeroen Smit"), QDate(1984, 2, 3),
                                                  QStringLiteral("hoofdpersoon")});
            if (!persoon)
                return std::unexpected(persoon.error());
            auto item = service.addGegeven({id, *persoon, DataCategory::Politiegegevens, QStringLiteral("Drie meldingen van burengerucht"),
                                            policeParty, Grondslag::Wpg20, false, {}});
            if (!item)
                return std::unexpected(item.error());
            if (auto planned = service.planOverleg(
                    ClientWorld::overleg(id, when, {policeParty}, QStringLiteral("Zorg- en Veiligheidshuis, zaal 2")));
                !planned)
                return std::unexpected(planned.error());
            // P 3.5b: the item is reviewed and kept for the next phase.
            return service.changePhase({id, Phase::Triage, Phase::Casusoverleg, QStringLiteral("Naar overleg"),
                                        QStringLiteral("triage"), {GegevenReview{*item, true, QStringLiteral("nodig voor het overleg")}},
                                        {}});
        }, [](const Status &prepared) {
            INFO((prepared ? QString() : prepared.error().message).toStdString());
            REQUIRE(prepared.has_value());
        });
        world.settle();
    }
};

// The casus open in its dialog as the procesregisseur, and the summary dialog opened from it;
// `made` holds the copies of the last action.
struct SummaryScreen {
    CaseWorkspace caseDialog;
    SummaryDialog *dialog = nullptr;
    QList<SummaryCopy> made;

    SummaryScreen(ClientWorld &world, const CasusWithOverleg &casus)
        : caseDialog(*world.service, world.clock, casus.pr, casus.casusId, casus.partyNames, nullptr)
    {
        caseDialog.show();
        world.settle();
        auto *button = caseDialog.findChild<QPushButton *>(QStringLiteral("summaryButton"));
        REQUIRE(button != nullptr);
        REQUIRE(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        world.settle();
        dialog = caseDialog.findChild<SummaryDialog *>();
        REQUIRE(dialog != nullptr);
        QObject::connect(dialog, &SummaryDialog::copiesMade, [this](const QList<SummaryCopy> &copies) { made = copies; });
    }
};

} // namespace

TEST_CASE("Issue 12: the procesregisseur saves the summary as PDF from the casus, and the file is the service's copy and the casus lists it")
{
    ClientWorld world;
    CasusWithOverleg casus(world);
    SummaryScreen screen(world, casus);
    SummaryDialog *dialog = screen.dialog;
    const QList<SummaryCopy> &made = screen.made;
    auto *recipients = dialog->findChild<QListWidget *>(QStringLiteral("recipientList"));
    REQUIRE(recipients->count() == 1); // the invited police, checked
    REQUIRE(recipients->item(0)->checkState() == Qt::Checked);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("samenvatting.pdf"));
    dialog->makeCopies(SummaryDialog::Output::Pdf, path);
    world.settle();
    REQUIRE(made.size() == 1);
    const QString printed = pdfReading(path);
    CHECK(printed.contains(QStringLiteral("Drie meldingen van burengerucht")));
    CHECK(printed.contains(made.first().record.number));
    CHECK(printed.contains(QStringLiteral("Zorg- en Veiligheidshuis, zaal 2")));

    // What the client saved is exactly the service's document, rendered the one way.
    const QString reference = folder.filePath(QStringLiteral("referentie.pdf"));
    REQUIRE(render::writePdf({made.first().document}, reference).has_value());
    CHECK(pdfText(path) == pdfText(reference));

    auto *copies = dialog->findChild<QTableView *>(QStringLiteral("copiesTable"))->model();
    REQUIRE(QTest::qWaitFor([&]() { return copies->rowCount() == 1; }, 30000));
    CHECK(copies->index(0, 0).data().toString() == made.first().record.number);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("feedbackLabel"))->text().contains(path));
}

TEST_CASE("Issue 12: the print preview opens with a new numbered copy of the case summary")
{
    ClientWorld world;
    CasusWithOverleg casus(world);
    SummaryScreen screen(world, casus);
    SummaryDialog *dialog = screen.dialog;
    const QList<SummaryCopy> &made = screen.made;
    dialog->makeCopies(SummaryDialog::Output::Preview);
    world.settle();
    REQUIRE(made.size() == 1);
    auto *preview = dialog->findChild<QPrintPreviewDialog *>(QStringLiteral("summaryPreview"));
    REQUIRE(preview != nullptr);
    REQUIRE(QTest::qWaitFor([&]() { return preview->isVisible(); }, 30000));
    preview->close();

    dialog->makeCopies(SummaryDialog::Output::Preview);
    world.settle();
    REQUIRE(made.size() == 1);
    CHECK(made.first().record.number.endsWith(QStringLiteral("/2"))); // each preview is a copy of its own
}
