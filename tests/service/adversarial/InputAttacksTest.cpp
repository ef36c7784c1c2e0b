// What a client that skips its form checks, or a user pasting a whole file into a field, tries
// against the service's own input limits (issue 9, point 21), and what a tampered database
// returns: every refusal has a clear message and changes nothing.
#include "../ServiceWorld.h"

#include "rules/InputLimits.h"
#include "storage/SqlStatement.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

QString textOf(InputLimits::TextKind kind, int extra = 1)
{
    return QString(InputLimits::maxLength(kind) + extra, QLatin1Char('x'));
}

void requireRefusedInput(const Error &error, const char *about)
{
    INFO(error.message.toStdString());
    REQUIRE(error.code == ErrorCode::InvalidArgument);
    REQUIRE(error.message.contains(QString::fromUtf8(about)));
}

void tamper(ServiceWorld &world, const QString &sql)
{
    REQUIRE(runSql(world.setup.database().connection(), sql).has_value());
}

} // namespace

TEST_CASE("Issue 9 point 21: the service refuses overlong, multi-line or implausible input from every seat and stores nothing")
{
    ServiceWorld world;
    LocalService &pr = world.as(QStringLiteral("pr1"));
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    const auto betrokkene = [&](const QString &naam, QDate geboren) {
        return Betrokkene{0, casusId, BetrokkeneCategorie::II, naam, geboren, QStringLiteral("buurman")};
    };
    const QDate today = world.clock.today();

    requireRefusedInput(pr.addBetrokkene(betrokkene(textOf(InputLimits::TextKind::Naam), {})).error(), "te lang");
    requireRefusedInput(pr.addBetrokkene(betrokkene(QStringLiteral("Jan\nJansen"), {})).error(), "één regel");
    requireRefusedInput(pr.addBetrokkene(betrokkene(QStringLiteral("Jan Jansen"), today.addDays(1))).error(), "toekomst");
    requireRefusedInput(pr.addBetrokkene(betrokkene(QStringLiteral("Jan Jansen"), QDate(1899, 12, 31))).error(), "1900");
    REQUIRE(pr.betrokkenen(casusId)->size() == 1);

    // A partner's item and the procesregisseur's minutes and notes.
    const auto item = world.as(QStringLiteral("politie")).addGegeven({casusId, persoon, DataCategory::Politiegegevens,
                                                                      textOf(InputLimits::TextKind::Lang), world.party(QStringLiteral("Politie")),
                                                                      Grondslag::Wpg20, false, {}});
    requireRefusedInput(item.error(), "te lang");
    REQUIRE(pr.gegevens(casusId)->isEmpty());
    const qint64 overleg = world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    requireRefusedInput(pr.recordOverlegOutcome(casusId, {overleg, {}, textOf(InputLimits::TextKind::Lang)}).error(), "te lang");
    REQUIRE(pr.overleggen(casusId)->front().minutes.isEmpty());
    const qint64 afgeschaald = world.newCase(); // monitoring follows the afschaling
    world.afschalen(afgeschaald);
    requireRefusedInput(pr.addMonitoringNote(afgeschaald, textOf(InputLimits::TextKind::Lang)).error(), "te lang");
    requireRefusedInput(pr.addAfspraak({0, casusId, world.party(QStringLiteral("Politie")), QStringLiteral("Huisbezoek"),
                                        QDate(1026, 3, 1), AfspraakStatus::Open, {}})
                            .error(),
                        "1900");
    REQUIRE(pr.afspraken(casusId)->isEmpty());

    // An aanmelding, a search and a verzoek from the other seats.
    const qsizetype aanmeldingen = world.as(QStringLiteral("politie")).ownPartyAanmeldingen()->size();
    requireRefusedInput(world.as(QStringLiteral("politie")).submitAanmelding({textOf(InputLimits::TextKind::Tekst)}).error(), "te lang");
    REQUIRE(world.as(QStringLiteral("politie")).ownPartyAanmeldingen()->size() == aanmeldingen);
    requireRefusedInput(pr.searchCases({{}, QStringLiteral("Çelik"), today.addYears(1)}).error(), "toekomst");
    Verzoek verzoek;
    verzoek.type = VerzoekType::Inzage;
    verzoek.receivedOn = today;
    verzoek.viaPartyId = world.party(QStringLiteral("Rotterdam"));
    verzoek.requesterName = textOf(InputLimits::TextKind::Naam);
    requireRefusedInput(world.as(QStringLiteral("admin")).registerVerzoek(verzoek).error(), "te lang");
    REQUIRE(world.as(QStringLiteral("admin")).verzoeken()->isEmpty());

    // Exactly at the limit is accepted: the limit is not off by one.
    REQUIRE(pr.addBetrokkene(betrokkene(textOf(InputLimits::TextKind::Naam, 0), QDate(1900, 1, 1))).has_value());
}

TEST_CASE("Issue 9 point 21: input limits come after the access decision, so bad input to a hidden casus answers like a missing one")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    LocalService &vt = world.as(QStringLiteral("vt")); // Veilig Thuis has no part in this casus
    const auto attempt = [&](qint64 casus, const QString &content) {
        return vt.addGegeven({casus, persoon, DataCategory::Adres, content, world.party(QStringLiteral("Veilig Thuis")), Grondslag::Avg6_1e,
                              false, {}});
    };
    const Error hidden = attempt(casusId, textOf(InputLimits::TextKind::Lang)).error();
    const Error missing = attempt(999999, QStringLiteral("kort")).error();
    REQUIRE(hidden.code == missing.code);
    REQUIRE(hidden.message == missing.message);
}

TEST_CASE("Issue 9 point 21: an unknown value in the database is an error, never read back as some default")
{
    ServiceWorld world;
    LocalService &pr = world.as(QStringLiteral("pr1"));
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e));

    tamper(world, QStringLiteral("UPDATE gegevens SET category = 'verzonnen'"));
    const auto items = pr.gegevens(casusId);
    REQUIRE_FALSE(items.has_value());
    REQUIRE(items.error().code == ErrorCode::DatabaseCorrupt);
    REQUIRE(items.error().message.contains(QStringLiteral("niet kent")));

    tamper(world, QStringLiteral("UPDATE casus SET phase = 'afgehandeld' WHERE id = %1").arg(casusId));
    REQUIRE(pr.casus(casusId).error().code == ErrorCode::DatabaseCorrupt);

    // A role this program does not know is not silently dropped: the account does not get in.
    tamper(world, QStringLiteral("UPDATE user_roles SET role = 'superbeheer' WHERE user_id = %1").arg(world.userId(QStringLiteral("fb"))));
    LocalService fresh(world.setup.database(), world.clock, world.setup.auditKey);
    REQUIRE_FALSE(fresh.login(QStringLiteral("fb"), ServiceWorld::password).has_value());
}
