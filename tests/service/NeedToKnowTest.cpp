#include "ServiceWorld.h"

#include "storage/PartyRepository.h"

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("P 9.6: only the assigned procesregisseur sees a casus's personal data, to others it does not exist")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId);
    REQUIRE(world.as(QStringLiteral("pr1")).betrokkenen(casusId)->size() == 1);

    const auto otherPr = world.as(QStringLiteral("pr2")).betrokkenen(casusId);
    const auto nonexistent = world.as(QStringLiteral("pr2")).betrokkenen(999999);
    REQUIRE(otherPr.error().code == ErrorCode::NotFound);
    REQUIRE(otherPr.error().code == nonexistent.error().code);
    REQUIRE(otherPr.error().message == nonexistent.error().message);
    REQUIRE(world.as(QStringLiteral("pr2")).casus(casusId).error().message == nonexistent.error().message);

    for (const char *user : {"fb", "analist", "admin"})
        REQUIRE_FALSE(world.as(QLatin1String(user)).betrokkenen(casusId).has_value());
}

TEST_CASE("P 13.1, 13.3: no personal data without a geheimhoudingsverklaring and a VOG on record")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 unscreened = world.addUser(QStringLiteral("pr3"), Role::Procesregisseur, QStringLiteral("Rotterdam"), false);
    REQUIRE(world.as(QStringLiteral("pr1")).assignProcesregisseur(casusId, unscreened).has_value());
    REQUIRE(world.as(QStringLiteral("pr3")).betrokkenen(casusId).error().code == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("pr3")).addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Zoë"), {}, {}})
                .error()
                .code
            == ErrorCode::AccessDenied);
}

TEST_CASE("P 27.3: after opzegging a party's users get no further access to personal data")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Antes"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 item = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                       Grondslag::Avg6_1e);
    REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, world.approval(item, {world.party(QStringLiteral("Antes"))})).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("antes"), casusId) == QList<qint64>{item});

    REQUIRE(PartyRepository(world.setup.database()).recordOpzegging(world.party(QStringLiteral("Antes")), world.clock.today()).has_value());
    REQUIRE_FALSE(world.as(QStringLiteral("antes")).gegevens(casusId).has_value());
}

TEST_CASE("Search returns only casussen the user may see, by number or by name and birth date")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"), {});
    const QString number = world.as(QStringLiteral("pr1")).casus(casusId)->number.toString();

    REQUIRE(world.as(QStringLiteral("pr1")).searchCases({number, {}, {}})->size() == 1);
    REQUIRE(world.as(QStringLiteral("pr1")).searchCases({{}, QStringLiteral("ümit çelik"), QDate(1990, 5, 17)})->size() == 1);
    REQUIRE(world.as(QStringLiteral("pr1")).searchCases({{}, QStringLiteral("Umit  Celik"), {}})->size() == 1);
    REQUIRE(world.as(QStringLiteral("pr1")).searchCases({{}, QStringLiteral("Ümit Çelik"), QDate(1990, 5, 18)})->isEmpty());
    REQUIRE(world.as(QStringLiteral("pr2")).searchCases({number, {}, {}})->isEmpty());
    REQUIRE(world.as(QStringLiteral("pr2")).searchCases({{}, QStringLiteral("Ümit Çelik"), {}})->isEmpty());
    REQUIRE(world.as(QStringLiteral("politie")).searchCases({number, {}, {}})->isEmpty());
    REQUIRE(world.as(QStringLiteral("pr1")).searchCases({QStringLiteral("geen-nummer"), {}, {}}).error().code
            == ErrorCode::InvalidArgument);
}

TEST_CASE("A party sees its own aanmeldingen by number and phase only")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const auto own = world.as(QStringLiteral("politie")).ownPartyAanmeldingen();
    REQUIRE(own->size() == 1);
    REQUIRE(own->first().id == casusId);
    REQUIRE(world.as(QStringLiteral("antes")).ownPartyAanmeldingen()->isEmpty());
    REQUIRE(world.as(QStringLiteral("politie")).casus(casusId).error().code == ErrorCode::NotFound); // not invited
}

TEST_CASE("Assigning procesregisseurs is a command with its own rights")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 pr2 = world.userId(QStringLiteral("pr2"));
    REQUIRE(world.as(QStringLiteral("pr2")).takeOnCase(casusId).error().code == ErrorCode::NotFound); // already taken on
    REQUIRE(world.as(QStringLiteral("politie")).assignProcesregisseur(casusId, pr2).error().code == ErrorCode::NotFound);
    REQUIRE(world.as(QStringLiteral("hoofd")).assignProcesregisseur(casusId, world.userId(QStringLiteral("politie"))).error().code
            == ErrorCode::InvalidArgument); // not a procesregisseur
    REQUIRE(world.as(QStringLiteral("hoofd")).assignProcesregisseur(casusId, pr2).has_value());
    REQUIRE(world.as(QStringLiteral("pr2")).betrokkenen(casusId).has_value());
    REQUIRE(world.as(QStringLiteral("pr1")).unassignProcesregisseur(casusId, pr2).has_value());
    REQUIRE(world.as(QStringLiteral("pr2")).betrokkenen(casusId).error().code == ErrorCode::NotFound);
}

TEST_CASE("P 11.6: the procesregisseur's access is withdrawn 6 months after afschaling")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    LocalService &pr = world.as(QStringLiteral("pr1"));
    world.afschalen(casusId);

    const QDate afschaling = world.clock.today();
    world.clock.set(QDateTime(afschaling.addMonths(6), QTime(12, 0), QTimeZone::utc()));
    REQUIRE(pr.betrokkenen(casusId).has_value()); // the last day of the 6 months
    REQUIRE(pr.worklist()->size() == 1);
    world.clock.set(QDateTime(afschaling.addMonths(6).addDays(1), QTime(12, 0), QTimeZone::utc()));
    REQUIRE(pr.betrokkenen(casusId).error().code == ErrorCode::AccessDenied);
    REQUIRE(pr.worklist()->isEmpty()); // nor listed any more
}

TEST_CASE("P 11.6: after 24 months the procesregisseur reads a dossier only under a calamity evaluation the hoofd recorded, read-only and audited")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId);
    world.afschalen(casusId);
    LocalService &pr = world.as(QStringLiteral("pr1"));
    LocalService &hoofd = world.as(QStringLiteral("hoofd"));
    const QDate afschaling = world.clock.today();
    const auto evaluation = [&](QDate tot) {
        return Calamiteitsevaluatie{0, casusId, QStringLiteral("Incident bij huisbezoek, evaluatie door de inspectie"),
                                    QStringLiteral("De inspectie vraagt welke informatie bij afschaling bekend was"),
                                    world.clock.today(), tot, 0, {}};
    };

    // Within the 24 months only a new melding reopens the casus; an evaluation is not the way in.
    world.clock.set(QDateTime(afschaling.addMonths(12), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(hoofd.recordCalamiteitsevaluatie(evaluation(world.clock.today().addDays(30))).error().code == ErrorCode::GuardFailed);

    world.clock.set(QDateTime(afschaling.addMonths(24).addDays(1), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(pr.betrokkenen(casusId).error().code == ErrorCode::AccessDenied);
    REQUIRE(pr.recordCalamiteitsevaluatie(evaluation(world.clock.today().addDays(30))).error().code == ErrorCode::AccessDenied);
    Calamiteitsevaluatie withoutReason = evaluation(world.clock.today().addDays(30));
    withoutReason.reden.clear();
    REQUIRE(hoofd.recordCalamiteitsevaluatie(withoutReason).error().code == ErrorCode::InvalidArgument);
    REQUIRE(hoofd.recordCalamiteitsevaluatie(evaluation(world.clock.today().addMonths(4))).error().code == ErrorCode::InvalidArgument);

    const auto recorded = hoofd.recordCalamiteitsevaluatie(evaluation(world.clock.today().addMonths(1)));
    REQUIRE(recorded.has_value());
    REQUIRE(pr.betrokkenen(casusId)->size() == 1);
    REQUIRE(pr.addBetrokkene({0, casusId, BetrokkeneCategorie::II, QStringLiteral("Nieuw"), QDate(1980, 1, 1), {}}).error().code
            == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("pr2")).betrokkenen(casusId).error().code == ErrorCode::NotFound);
    REQUIRE(pr.calamiteitsevaluaties(casusId)->first().reden.startsWith(QStringLiteral("De inspectie")));

    const QList<AuditRecord> trail = *world.as(QStringLiteral("fg")).auditTrail(casusId);
    const QString marker = QStringLiteral("calamiteitsevaluatie:%1").arg(*recorded);
    REQUIRE(std::any_of(trail.begin(), trail.end(), [&](const AuditRecord &record) {
        return record.entry.action == QLatin1String("view_betrokkenen") && record.entry.outcome == QLatin1String("allowed")
            && record.entry.objects.contains(marker);
    }));

    world.clock.set(QDateTime(world.clock.today().addMonths(1).addDays(1), QTime(9, 0), QTimeZone::utc()));
    REQUIRE(pr.betrokkenen(casusId).error().code == ErrorCode::AccessDenied);
}

TEST_CASE("The worklist shows each user exactly the casussen they may open, by number and phase only")
{
    ServiceWorld world;
    const auto numbersOf = [&](const QString &user) {
        QStringList numbers;
        const auto list = world.as(user).worklist();
        REQUIRE(list.has_value());
        for (const CasusOverview &casus : *list)
            numbers << casus.number.toString();
        return numbers;
    };
    const qint64 takenOn = world.newCase(); // pr1's, with police, Antes and OM involved
    const auto fresh = world.as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Nieuwe zorgen")});
    REQUIRE(fresh.has_value());
    const QString takenOnNumber = world.as(QStringLiteral("pr1")).casus(takenOn)->number.toString();
    const QString freshNumber = fresh->number.toString();

    REQUIRE(numbersOf(QStringLiteral("pr1")) == QStringList{freshNumber, takenOnNumber});
    REQUIRE(numbersOf(QStringLiteral("pr2")) == QStringList{freshNumber}); // new aanmeldingen are there to take on
    REQUIRE(numbersOf(QStringLiteral("antes")).isEmpty());                 // involved, but not yet invited
    world.planOverleg(takenOn, {world.party(QStringLiteral("Antes"))});
    REQUIRE(numbersOf(QStringLiteral("antes")) == QStringList{takenOnNumber});
    REQUIRE(numbersOf(QStringLiteral("vt")).isEmpty());
    REQUIRE(world.as(QStringLiteral("hoofd")).worklist().error().code == ErrorCode::AccessDenied);

    REQUIRE(world.as(QStringLiteral("pr2")).takeOnCase(fresh->id).has_value());
    REQUIRE(numbersOf(QStringLiteral("pr1")) == QStringList{takenOnNumber});
}

TEST_CASE("Separation of duties: functioneel beheer never changes its own roles")
{
    ServiceWorld world;
    LocalService &fb = world.as(QStringLiteral("fb"));
    REQUIRE(fb.setUserRoles(world.userId(QStringLiteral("fb")), {Role::FunctioneelBeheer, Role::Procesregisseur}).error().code
            == ErrorCode::AccessDenied);
    REQUIRE(fb.setUserRoles(world.userId(QStringLiteral("pr2")), {Role::Procesregisseur, Role::Casusregisseur}).has_value());
    REQUIRE(world.as(QStringLiteral("pr1")).setUserRoles(world.userId(QStringLiteral("pr2")), {}).error().code
            == ErrorCode::AccessDenied);
}

TEST_CASE("Changed roles take effect at once, within a logged-in session")
{
    ServiceWorld world;
    REQUIRE(world.as(QStringLiteral("pr2")).searchCases({QStringLiteral("2026-0001"), {}, {}}).has_value());
    REQUIRE(world.as(QStringLiteral("fb")).setUserRoles(world.userId(QStringLiteral("pr2")), {Role::DataAnalist}).has_value());
    REQUIRE(world.as(QStringLiteral("pr2")).searchCases({QStringLiteral("2026-0001"), {}, {}}).error().code
            == ErrorCode::AccessDenied);
}
