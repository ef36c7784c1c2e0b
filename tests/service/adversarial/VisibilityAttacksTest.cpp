// What a curious partner, a careless procesregisseur or another role with a real account tries
// against need-to-know (P 9.6, 13; C 10.2, 13.2e/f): every attempt must look like a missing object.
#include "../ServiceWorld.h"

#include "demo/DemoGenerator.h"
#include "storage/PartyRepository.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

const QStringList everyRole{QStringLiteral("pr1"),   QStringLiteral("pr2"),   QStringLiteral("cr"),      QStringLiteral("politie"),
                            QStringLiteral("om"),    QStringLiteral("antes"), QStringLiteral("vt"),      QStringLiteral("admin"),
                            QStringLiteral("hoofd"), QStringLiteral("privacy"), QStringLiteral("fb"), QStringLiteral("analist"),
                            QStringLiteral("fg")};

QSet<QString> namesSeenBy(ServiceWorld &world, const QString &user, qint64 casusId)
{
    QSet<QString> names;
    if (auto list = world.as(user).betrokkenen(casusId)) {
        for (const Betrokkene &betrokkene : *list)
            names.insert(betrokkene.naam);
    }
    return names;
}

void requireSameError(const Error &hidden, const Error &missing)
{
    REQUIRE(hidden.code == missing.code);
    REQUIRE(hidden.message == missing.message);
}

} // namespace

TEST_CASE("P 9.6, C 13.2f: a partner sees a betrokkene only through an item it may see or a request to its party, and adds items only about them")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 asked = world.addBetrokkene(casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), {QStringLiteral("Politie")});
    const qint64 other = world.addBetrokkene(casusId, BetrokkeneCategorie::II, QStringLiteral("Anna de Wit"), {});

    REQUIRE(namesSeenBy(world, QStringLiteral("politie"), casusId) == QSet<QString>{QStringLiteral("Ümit Çelik")});
    REQUIRE(namesSeenBy(world, QStringLiteral("antes"), casusId).isEmpty()); // invited, but asked about nobody

    // Attaching an item to a person one cannot see answers exactly like a person that does not exist.
    const auto hidden = world.addGegeven(QStringLiteral("politie"), casusId, other, DataCategory::Politiegegevens, QStringLiteral("Politie"),
                                      Grondslag::Wpg20);
    const auto missing = world.addGegeven(QStringLiteral("politie"), casusId, 999999, DataCategory::Politiegegevens,
                                       QStringLiteral("Politie"), Grondslag::Wpg20);
    requireSameError(hidden.error(), missing.error());
    REQUIRE(namesSeenBy(world, QStringLiteral("politie"), casusId).size() == 1);
    // ... and so does recording a consent for that person.
    requireSameError(world.as(QStringLiteral("antes")).recordConsent(casusId, world.consent(other, QStringLiteral("Antes"))).error(),
                     world.as(QStringLiteral("antes")).recordConsent(casusId, world.consent(999999, QStringLiteral("Antes"))).error());

    // An item about the other person approved for the police opens that person to the police.
    const qint64 item = *world.addGegeven(QStringLiteral("pr1"), casusId, other, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                       Grondslag::Avg6_1e);
    REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Politie"))})).has_value());
    REQUIRE(namesSeenBy(world, QStringLiteral("politie"), casusId).size() == 2);
    REQUIRE(world.addGegeven(QStringLiteral("politie"), casusId, other, DataCategory::Politiegegevens, QStringLiteral("Politie"), Grondslag::Wpg20)
                .has_value());
    REQUIRE(namesSeenBy(world, QStringLiteral("antes"), casusId).isEmpty());

    // No other role sees any of them.
    for (const QString &user : everyRole) {
        if (user == QStringLiteral("pr1") || user == QStringLiteral("politie"))
            continue;
        INFO(user.toStdString());
        REQUIRE(namesSeenBy(world, user, casusId).isEmpty());
    }
    REQUIRE(asked != other);
}

TEST_CASE("P 9.6: search by name and birth date finds a casus only for a user who could see that person in it")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    world.addBetrokkene(casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), {QStringLiteral("Politie")});
    world.addBetrokkene(casusId, BetrokkeneCategorie::II, QStringLiteral("Anna de Wit"), {});
    const CaseSearch seen{{}, QStringLiteral("Ümit Çelik"), QDate(1990, 5, 17)};
    const CaseSearch unseen{{}, QStringLiteral("Anna de Wit"), QDate(1990, 5, 17)};

    REQUIRE(world.as(QStringLiteral("politie")).searchCases(seen)->size() == 1);
    REQUIRE(world.as(QStringLiteral("politie")).searchCases(unseen)->isEmpty()); // the casus is visible, the person is not
    REQUIRE(world.as(QStringLiteral("pr1")).searchCases(unseen)->size() == 1);
    for (const QString &user : everyRole) {
        if (user == QStringLiteral("pr1"))
            continue;
        INFO(user.toStdString());
        const auto found = world.as(user).searchCases(unseen);
        REQUIRE((!found || found->isEmpty()));
    }
}

TEST_CASE("Hidden objects answer like missing ones: another party's consent, its hidden item and its approvals")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie")), world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 consent = *world.as(QStringLiteral("antes")).recordConsent(casusId, world.consent(persoon, QStringLiteral("Antes")));
    const qint64 secret = *world.addGegeven(QStringLiteral("antes"), casusId, persoon, DataCategory::Gezondheid, QStringLiteral("Antes"),
                                         Grondslag::Avg6_1e, true, QStringLiteral("Behandeling bepaalt het plan"));
    const qint64 approval =
        world.as(QStringLiteral("antes")).recordApproval(casusId, world.approval(secret, {world.party(QStringLiteral("OM"))}))->first();
    LocalService &police = world.as(QStringLiteral("politie"));

    requireSameError(police.withdrawConsent(casusId, consent).error(), police.withdrawConsent(casusId, 999999).error());
    requireSameError(police.recordSecrecyOverride(casusId, {secret, SecrecyOverrideGround::ConflictVanPlichten, QStringLiteral("gevaar"),
                                                            QStringLiteral("wijkagent")})
                         .error(),
                     police.recordSecrecyOverride(casusId, {999999, SecrecyOverrideGround::ConflictVanPlichten, QStringLiteral("gevaar"),
                                                            QStringLiteral("wijkagent")})
                         .error());
    requireSameError(police.withdrawApproval(casusId, approval).error(), police.withdrawApproval(casusId, 999999).error());
    requireSameError(police.recordApproval(casusId, world.approval(secret, {world.party(QStringLiteral("Politie"))})).error(),
                     police.recordApproval(casusId, world.approval(999999, {world.party(QStringLiteral("Politie"))})).error());
    REQUIRE(world.as(QStringLiteral("antes")).consents(casusId)->size() == 1); // nothing was changed
    REQUIRE(police.consents(casusId)->isEmpty());
}

TEST_CASE("C 10.2: an overleg's minutes are visible only to the parties invited to that overleg")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 withPolice = world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    const qint64 withAntes = world.planOverleg(casusId, {world.party(QStringLiteral("Antes"))});
    REQUIRE(world.as(QStringLiteral("pr1")).recordOverlegOutcome(casusId, {withAntes, {world.party(QStringLiteral("Antes"))},
                                                                           QStringLiteral("Vertrouwelijk verslag over de behandeling")})
                .has_value());

    const auto ids = [&](const QString &user) {
        QList<qint64> list;
        if (auto overleggen = world.as(user).overleggen(casusId)) {
            for (const Overleg &overleg : *overleggen)
                list << overleg.id;
        }
        return list;
    };
    REQUIRE(ids(QStringLiteral("pr1")) == QList<qint64>{withPolice, withAntes});
    REQUIRE(ids(QStringLiteral("politie")) == QList<qint64>{withPolice});
    REQUIRE(ids(QStringLiteral("antes")) == QList<qint64>{withAntes});
    for (const char *user : {"om", "vt", "pr2", "cr", "admin", "hoofd", "privacy", "fb", "analist", "fg"})
        REQUIRE(ids(QLatin1String(user)).isEmpty());
}

TEST_CASE("P 9.6: a procesregisseur who is not assigned takes on only a new aanmelding, never a running casus")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase(); // taken on by pr1
    world.addBetrokkene(casusId);
    const Error missing = world.as(QStringLiteral("pr2")).takeOnCase(999999).error();
    requireSameError(world.as(QStringLiteral("pr2")).takeOnCase(casusId).error(), missing);

    // pr1 steps off: the casus is without procesregisseur, but still not a new aanmelding.
    REQUIRE(world.as(QStringLiteral("pr1")).unassignProcesregisseur(casusId, world.userId(QStringLiteral("pr1"))).has_value());
    requireSameError(world.as(QStringLiteral("pr2")).takeOnCase(casusId).error(), missing);
    requireSameError(world.as(QStringLiteral("pr2")).betrokkenen(casusId).error(),
                     world.as(QStringLiteral("pr2")).betrokkenen(999999).error());
    // The hoofd assigns a procesregisseur to it instead.
    REQUIRE(world.as(QStringLiteral("hoofd")).assignProcesregisseur(casusId, world.userId(QStringLiteral("pr2"))).has_value());
    REQUIRE(world.as(QStringLiteral("pr2")).betrokkenen(casusId)->size() == 1);

    // A fresh aanmelding is still taken on by any procesregisseur.
    const auto fresh = world.as(QStringLiteral("om")).submitAanmelding({QStringLiteral("Nieuwe zorgen")});
    REQUIRE(world.as(QStringLiteral("pr2")).takeOnCase(fresh->id).has_value());
}

TEST_CASE("P 27.3: after opzegging nothing is approved for, disclosed to or planned with the party, and its users submit nothing")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 item = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                       Grondslag::Avg6_1e);
    world.as(QStringLiteral("antes")); // logged in before the opzegging: the session ends with it
    world.as(QStringLiteral("cr"));
    REQUIRE(PartyRepository(world.setup.database()).recordOpzegging(world.party(QStringLiteral("Antes")), world.clock.today()).has_value());

    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Antes"))})).error().code
            == ErrorCode::InvalidArgument);
    Verstrekking toAntes{0, casusId, {item}, world.party(QStringLiteral("Antes")), {}, QStringLiteral("afstemming"),
                         QStringLiteral("AVG 6.1.e"), {}, QStringLiteral("wettelijke plicht"), {}, 0, {}};
    REQUIRE(pr.recordVerstrekking(toAntes).error().code == ErrorCode::InvalidArgument);
    Overleg overleg;
    overleg.casusId = casusId;
    overleg.datum = world.clock.now().addDays(7);
    overleg.doel = QStringLiteral("Plan");
    overleg.decisionTypes = QStringLiteral("plan van aanpak");
    overleg.invitedPartyIds = {world.party(QStringLiteral("Antes"))};
    REQUIRE(pr.planOverleg(overleg).error().code == ErrorCode::InvalidArgument);
    REQUIRE(pr.requestInformation({0, casusId, persoon, world.party(QStringLiteral("Antes")), QStringLiteral("?"), 0, {}}).error().code
            == ErrorCode::InvalidArgument);
    // Antes's own users: not even an aanmelding.
    for (const char *user : {"antes", "cr"}) {
        const auto submitted = world.as(QLatin1String(user)).submitAanmelding({QStringLiteral("Zorgen")});
        REQUIRE(submitted.error().code == ErrorCode::SessionEnded);
    }
}

// Small pages test a user's large routes per casus while walking the list; a page of 200 collects
// every route whole (CasusRepository::worklistCandidates): both must list the same casussen.
TEST_CASE("Issue 11, P 9.6: page by page the worklist lists exactly the casussen of the whole worklist, in its order, for every demo account and page size")
{
    FakeClock clock;
    InitialisedDatabase setup{clock};
    REQUIRE(demo::fillDemoData(setup.database(), setup.auditKey, clock, {150, 5, {}}).has_value());
    const QStringList accounts{QStringLiteral("pr.devries"), QStringLiteral("pr.bakker"), QStringLiteral("cr.yilmaz"),
                               QStringLiteral("politie.jansen"), QStringLiteral("om.visser"), QStringLiteral("antes.elamrani")};
    for (const QString &account : accounts) {
        LocalService service(setup.database(), clock, setup.auditKey);
        REQUIRE(service.login(account, demo::demoPassword).has_value());
        const auto whole = service.worklist();
        REQUIRE(whole.has_value());
        QList<qint64> expected;
        for (const CasusOverview &casus : *whole)
            expected << casus.id;
        for (const int limit : {2, 7, PageRequest::maxPageSize}) {
            QList<qint64> paged;
            PageRequest request;
            request.limit = limit;
            for (int pages = 0;; ++pages) {
                REQUIRE(pages < 200);
                const auto page = service.worklistPage(request);
                REQUIRE(page.has_value());
                REQUIRE(page->items.size() <= request.limit);
                for (const CasusOverview &casus : page->items)
                    paged << casus.id;
                if (!page->more)
                    break;
                REQUIRE(page->items.size() == request.limit);
                request.afterDate = page->items.constLast().aanmeldingsdatum;
                request.afterId = page->items.constLast().id;
            }
            INFO(account.toStdString() << ", pages of " << limit << ": " << expected.size() << " casussen");
            REQUIRE(paged == expected);
        }
    }
}

TEST_CASE("Issue 11: a worklist page of no casussen, of more than 200 or after an unnamed casus is refused, and roles without a worklist get none page by page either")
{
    ServiceWorld world;
    world.newCase();
    for (const int limit : {0, -1, PageRequest::maxPageSize + 1}) {
        PageRequest request;
        request.limit = limit;
        const auto refused = world.as(QStringLiteral("pr1")).worklistPage(request);
        REQUIRE_FALSE(refused.has_value());
        REQUIRE(refused.error().code == ErrorCode::InvalidArgument);
    }
    PageRequest withoutDate; // a next page must say where the previous one ended
    withoutDate.afterId = 1;
    REQUIRE(world.as(QStringLiteral("pr1")).worklistPage(withoutDate).error().code == ErrorCode::InvalidArgument);
    for (const QString &user : everyRole) {
        const auto whole = world.as(user).worklist();
        const auto page = world.as(user).worklistPage(PageRequest{});
        REQUIRE(whole.has_value() == page.has_value());
        if (!whole)
            REQUIRE(whole.error().code == page.error().code);
        else
            REQUIRE(page->items.size() == std::min<qsizetype>(whole->size(), PageRequest{}.limit));
    }
}
