// The retention windows (P 11.2-11.8) hold for every role, whether or not the retention run has run.
#include "../ServiceWorld.h"

#include "service/EmbeddedService.h"
#include "storage/CasusRepository.h"
#include "storage/RetentionRepository.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

bool reads(ServiceWorld &world, const char *user, qint64 casusId)
{
    return world.as(QLatin1String(user)).betrokkenen(casusId).has_value();
}

// A casus with a person the police were asked about and Antes's casusregisseur appointed, afgeschaald today.
qint64 afgeschaaldeCasus(ServiceWorld &world)
{
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId);
    REQUIRE(world.as(QStringLiteral("pr1")).appointCasusregisseur(casusId, world.userId(QStringLiteral("cr"))).has_value());
    world.afschalen(casusId);
    return casusId;
}

PhaseChange reopening(qint64 casusId, qint64 meldingCasusId)
{
    return {casusId, Phase::Afschaling, Phase::Aanmelding, QStringLiteral("Heropend"), QStringLiteral("nieuwe melding"), {}, meldingCasusId};
}

} // namespace

TEST_CASE("P 11.6: after afschaling the 6-month window closes the casus to partners and the casusregisseur as to the procesregisseur")
{
    ServiceWorld world;
    const qint64 casusId = afgeschaaldeCasus(world);
    world.clock.advanceDays(30);
    for (const char *user : {"pr1", "politie", "cr"})
        REQUIRE(reads(world, user, casusId));
    world.clock.advanceDays(200); // past 6 months
    for (const char *user : {"pr1", "politie", "cr"}) {
        INFO(user);
        REQUIRE_FALSE(reads(world, user, casusId));
        REQUIRE_FALSE(world.as(QLatin1String(user)).overleggen(casusId).has_value());
    }
    world.clock.advanceDays(600); // past 24 months: only a calamity evaluation, and only for the procesregisseur
    Calamiteitsevaluatie evaluation{0, casusId, QStringLiteral("Incident"), QStringLiteral("Evaluatie"), world.clock.today(),
                                    world.clock.today().addMonths(1), 0, {}};
    REQUIRE(world.as(QStringLiteral("hoofd")).recordCalamiteitsevaluatie(evaluation).has_value());
    REQUIRE(reads(world, "pr1", casusId));
    REQUIRE_FALSE(reads(world, "politie", casusId));
    REQUIRE_FALSE(reads(world, "cr", casusId));
}

TEST_CASE("P 11.8: a casus niet doorgeleid is closed to partners at once")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId);
    REQUIRE(reads(world, "politie", casusId)); // asked for information in triage
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.changePhase({casusId, Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"), QStringLiteral("triage"), {}, {}}).has_value());
    REQUIRE(pr.changePhase({casusId, Phase::Triage, Phase::NietDoorgeleid, QStringLiteral("Niet complex"), QStringLiteral("triage"), {}, {}})
                .has_value());
    REQUIRE_FALSE(reads(world, "politie", casusId));
    REQUIRE_FALSE(world.as(QStringLiteral("politie")).casus(casusId).has_value());
    REQUIRE(reads(world, "pr1", casusId)); // kept to justify the decision (P 11.8)
}

TEST_CASE("P 11.2, 11.8: past its destruction date a casus is unreadable to every role before the retention run destroys it")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.addBetrokkene(casusId);
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    world.clock.set(world.clock.now().addYears(5).addDays(1));
    const auto missing = world.as(QStringLiteral("pr1")).casus(999999).error();
    for (const char *user : {"pr1", "politie", "hoofd", "privacy", "fg", "admin"}) {
        INFO(user);
        const auto answer = world.as(QLatin1String(user)).casus(casusId);
        REQUIRE_FALSE(answer.has_value());
        REQUIRE(world.as(QLatin1String(user)).auditTrail(casusId).error().code == ErrorCode::NotFound);
    }
    REQUIRE(world.as(QStringLiteral("pr1")).casus(casusId).error().message == missing.message);
    REQUIRE(world.as(QStringLiteral("pr1")).worklist()->isEmpty());
}

TEST_CASE("P 11.6: reopening after afschaling needs a new melding about the same person on record, not a date")
{
    ServiceWorld world;
    const qint64 casusId = afgeschaaldeCasus(world);
    world.clock.advanceDays(250); // dormant: no access, unless a new melding reopens it
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE_FALSE(pr.betrokkenen(casusId).has_value());
    REQUIRE_FALSE(pr.changePhase(reopening(casusId, 0)).has_value());
    REQUIRE_FALSE(pr.changePhase({casusId, Phase::Afschaling, Phase::Afgesloten, QStringLiteral("x"), QStringLiteral("y"), {}, {}}).has_value());

    // A new melding about someone else does not reopen it.
    const qint64 other = world.as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Nieuwe melding")})->id;
    REQUIRE(pr.takeOnCase(other).has_value());
    REQUIRE(pr.addBetrokkene({0, other, BetrokkeneCategorie::I, QStringLiteral("Iemand Anders"), QDate(1990, 5, 17), {}}).has_value());
    REQUIRE_FALSE(pr.changePhase(reopening(casusId, other)).has_value());
    // Nor does a melding the procesregisseur has not taken on, or a made-up id.
    REQUIRE_FALSE(pr.changePhase(reopening(casusId, 999999)).has_value());

    const qint64 melding = world.as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Weer overlast")})->id;
    REQUIRE(pr.takeOnCase(melding).has_value());
    REQUIRE(pr.addBetrokkene({0, melding, BetrokkeneCategorie::I, QStringLiteral("Umit Celik"), QDate(1990, 5, 17), {}}).has_value());
    REQUIRE(pr.changePhase(reopening(casusId, melding)).has_value());
    REQUIRE(pr.betrokkenen(casusId)->size() == 1);
}

TEST_CASE("P 11: the embedded client runs the retention run when it opens its database, as the server does at start")
{
    FakeClock clock;
    InitialisedDatabase setup(clock);
    addScreenedUser(setup.database(), QStringLiteral("politie.test"), QStringLiteral("Politie"), Role::Partnerdeelnemer,
                    QStringLiteral("Politie"), clock.now());
    qint64 casusId = 0;
    {
        LocalService police(setup.database(), clock, setup.auditKey);
        REQUIRE(police.login(QStringLiteral("politie.test"), InitialisedDatabase::password).has_value());
        casusId = police.submitAanmelding({QStringLiteral("Zorgen")})->id;
    }
    setup.close();
    clock.set(clock.now().addYears(5).addDays(1));
    REQUIRE(openEmbeddedService(setup.path(), setup.key, setup.auditKey, clock).has_value());

    auto reopened = Database::open(setup.path(), setup.key, Database::OpenMode::Existing);
    REQUIRE(reopened.has_value());
    REQUIRE(CasusRepository(**reopened).byId(casusId).error().code == ErrorCode::NotFound);
}

TEST_CASE("P 11.2-11.8: through every retention window the worklist lists exactly the casussen its user may open")
{
    ServiceWorld world;
    const QList<qint64> cases{world.newCase(), afgeschaaldeCasus(world), afgeschaaldeCasus(world), world.newCase()};
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.changePhase({cases[3], Phase::Aanmelding, Phase::Triage, QStringLiteral("Complex"), QStringLiteral("triage"), {}, {}})
                .has_value());
    REQUIRE(pr.changePhase({cases[3], Phase::Triage, Phase::NietDoorgeleid, QStringLiteral("Niet complex"), QStringLiteral("triage"), {}, {}})
                .has_value());
    REQUIRE(world.as(QStringLiteral("politie")).submitAanmelding({QStringLiteral("Nog niet opgepakt")}).has_value());
    // One of the afgeschaalde casussen is kept a year longer (P 11.3-11.5).
    REQUIRE(RetentionRepository(world.setup.database())
                .addExtension({0, cases[2], world.clock.today(), 12, QStringLiteral("Politie, Antes"),
                               QStringLiteral("Veiligheid borgen"), world.userId(QStringLiteral("pr1"))})
                .has_value());
    const QDateTime start = world.clock.now();
    for (const int days : {0, 100, 250, 800, 5 * 365 + 1}) {
        world.clock.set(start.addDays(days));
        for (const char *user : {"pr1", "pr2", "cr", "politie", "antes", "om", "vt"}) {
            INFO(user << " op dag " << days);
            QSet<qint64> listed;
            const auto worklist = world.as(QLatin1String(user)).worklist();
            REQUIRE(worklist.has_value());
            for (const CasusOverview &overview : *worklist)
                listed.insert(overview.id);
            QSet<qint64> opens;
            for (qint64 id = 1; id <= cases.last() + 1; ++id) {
                if (world.as(QLatin1String(user)).casus(id).has_value())
                    opens.insert(id);
            }
            REQUIRE(listed == opens);
        }
    }
}
