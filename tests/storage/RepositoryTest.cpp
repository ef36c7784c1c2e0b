#include "TestSupport.h"

#include "storage/CasusRepository.h"
#include "storage/PartyRepository.h"
#include "storage/SignatorySeed.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"

#include <catch2/catch.hpp>

#include <QMap>

using namespace casusregie;
using namespace casusregie::test;

namespace {

Party partyNamed(const QList<Party> &parties, const QString &shortName)
{
    for (const Party &party : parties) {
        if (party.shortName == shortName)
            return party;
    }
    FAIL("party not found: " << shortName.toStdString());
    return {};
}

struct SeededDatabase {
    TemporaryDatabase fixture;
    PartyRepository parties{fixture.database()};
    UserRepository users{fixture.database()};
    CasusRepository cases{fixture.database()};
    QList<Party> all;
    qint64 procesregisseurId = 0;

    SeededDatabase()
    {
        REQUIRE(SignatorySeed::seed(parties, QDate(2026, 1, 1)).has_value());
        all = *parties.all();
        User user;
        user.username = QStringLiteral("pr.devries");
        user.displayName = QStringLiteral("Anouk de Vries");
        user.partyId = partyNamed(all, QStringLiteral("Rotterdam")).id;
        user.roles = {Role::Procesregisseur};
        procesregisseurId = *users.add(user, QStringLiteral("$argon2id$test"), QDateTime::currentDateTimeUtc());
    }

    Casus aanmelding(QDate day)
    {
        Casus draft;
        draft.aanmeldendePartijId = partyNamed(all, QStringLiteral("Politie")).id;
        draft.aanmeldingsdatum = day;
        draft.reden = QStringLiteral("Zorgen over escalerende overlast");
        draft.procesregisseurIds = {procesregisseurId};
        auto casus = cases.registerAanmelding(draft);
        REQUIRE(casus.has_value());
        return *casus;
    }
};

} // namespace

TEST_CASE("The covenant's 42 signatories are seeded, each with its party type")
{
    SeededDatabase db;
    REQUIRE(db.all.size() == 42);

    QMap<PartyType, int> perType;
    for (const Party &party : db.all) {
        perType[party.type] += 1;
        REQUIRE(party.membership.toegetreden == QDate(2026, 1, 1));
        REQUIRE(party.membership.isActiveOn(QDate(2026, 1, 1)));
    }
    REQUIRE(perType[PartyType::Gemeente] == 15);
    REQUIRE(perType[PartyType::Ggz] == 4);
    REQUIRE(perType[PartyType::GecertificeerdeInstelling] == 2);
    REQUIRE(perType[PartyType::Overig] == 2);

    REQUIRE(partyNamed(db.all, QStringLiteral("Politie")).type == PartyType::Politie);
    REQUIRE(partyNamed(db.all, QStringLiteral("OM")).type == PartyType::OpenbaarMinisterie);
    REQUIRE(partyNamed(db.all, QStringLiteral("Veilig Thuis")).type == PartyType::VeiligThuis);
    REQUIRE(partyNamed(db.all, QStringLiteral("RvdK")).type == PartyType::RaadVoorDeKinderbescherming);
    REQUIRE(partyNamed(db.all, QStringLiteral("Reclassering NL")).type == PartyType::Reclassering);
    REQUIRE(partyNamed(db.all, QStringLiteral("Slachtofferhulp")).type == PartyType::Slachtofferhulp);
    REQUIRE(partyNamed(db.all, QStringLiteral("DJI")).type == PartyType::Dji);
    REQUIRE(partyNamed(db.all, QStringLiteral("Middin")).type == PartyType::Zorgaanbieder);
    REQUIRE(partyNamed(db.all, QStringLiteral("JBRR")).name == QStringLiteral("Jeugdbescherming Rotterdam-Rijnmond"));
}

TEST_CASE("C 11: a party's contact persons hold only business details and round-trip")
{
    SeededDatabase db;
    const qint64 politie = partyNamed(db.all, QStringLiteral("Politie")).id;
    const ContactPerson contact{0, QStringLiteral("Jeroen van 't Hoff"), QStringLiteral("Wijkagent"),
                                QStringLiteral("010 123 45 67"), QStringLiteral("j.vanthoff@politie.example")};
    REQUIRE(db.parties.addContact(politie, contact).has_value());
    const auto contacts = db.parties.contacts(politie);
    REQUIRE(contacts->size() == 1);
    REQUIRE(contacts->first().name == contact.name);
    REQUIRE(contacts->first().businessEmail == contact.businessEmail);

    REQUIRE(db.parties.addContact(politie, ContactPerson{0, QStringLiteral("Zoë"), QString(), {}, {}}).error().code
            == ErrorCode::InvalidArgument);
    REQUIRE(db.parties.addContact(999999, contact).error().code == ErrorCode::NotFound);
}

TEST_CASE("C 22.3 and C 24.2: opzegging and uitsluiting are recorded on the party")
{
    SeededDatabase db;
    const qint64 halt = partyNamed(db.all, QStringLiteral("Halt")).id;
    REQUIRE(db.parties.recordOpzegging(halt, QDate(2026, 6, 1)).has_value());
    const qint64 fier = partyNamed(db.all, QStringLiteral("Fier")).id;
    REQUIRE(db.parties.recordUitsluiting(fier, QDate(2026, 7, 1), QString()).error().code == ErrorCode::InvalidArgument);
    REQUIRE(db.parties.recordUitsluiting(fier, QDate(2026, 7, 1), QStringLiteral("Besluit AB: convenant geschonden"))
                .has_value());

    REQUIRE_FALSE(db.parties.byId(halt)->membership.isActiveOn(QDate(2026, 6, 1)));
    const Party excluded = *db.parties.byId(fier);
    REQUIRE_FALSE(excluded.membership.isActiveOn(QDate(2026, 7, 1)));
    REQUIRE(excluded.membership.uitsluitingsreden == QStringLiteral("Besluit AB: convenant geschonden"));
    REQUIRE(db.parties.recordOpzegging(999999, QDate(2026, 6, 1)).error().code == ErrorCode::NotFound);
}

TEST_CASE("Users are stored with their party, roles and screening dates, usernames are unique")
{
    SeededDatabase db;
    const auto user = db.users.byUsername(QStringLiteral("pr.devries"));
    REQUIRE(user.has_value());
    REQUIRE(user->displayName == QStringLiteral("Anouk de Vries"));
    REQUIRE(user->roles == QList<Role>{Role::Procesregisseur});
    REQUIRE(user->active);
    REQUIRE_FALSE(user->geheimhoudingsverklaring.isValid());

    User duplicate = *user;
    REQUIRE(db.users.add(duplicate, QStringLiteral("$argon2id$x"), QDateTime::currentDateTimeUtc()).error().code
            == ErrorCode::AlreadyExists);
    REQUIRE(db.users.byUsername(QStringLiteral("bestaat.niet")).error().code == ErrorCode::NotFound);
    REQUIRE(*db.users.count() == 1);
}

TEST_CASE("Case numbers are the year of aanmelding and a sequence that restarts each year")
{
    SeededDatabase db;
    REQUIRE(db.aanmelding(QDate(2026, 3, 1)).number.toString() == QStringLiteral("2026-0001"));
    REQUIRE(db.aanmelding(QDate(2026, 12, 31)).number.toString() == QStringLiteral("2026-0002"));
    REQUIRE(db.aanmelding(QDate(2027, 1, 1)).number.toString() == QStringLiteral("2027-0001"));

    const auto found = db.cases.byNumber(CasusNumber{2026, 2});
    REQUIRE(found.has_value());
    REQUIRE(found->phase == Phase::Aanmelding);
    REQUIRE(found->procesregisseurIds == QList<qint64>{db.procesregisseurId});
}

TEST_CASE("An aanmelding without a reason or date is refused and stores nothing")
{
    SeededDatabase db;
    Casus draft;
    draft.aanmeldendePartijId = partyNamed(db.all, QStringLiteral("Politie")).id;
    draft.aanmeldingsdatum = QDate(2026, 3, 1);
    REQUIRE(db.cases.registerAanmelding(draft).error().code == ErrorCode::InvalidArgument);
    draft.reden = QStringLiteral("Reden");
    draft.aanmeldendePartijId = 999999;
    REQUIRE(db.cases.registerAanmelding(draft).error().code == ErrorCode::NotFound);
    REQUIRE(db.cases.byNumber(CasusNumber{2026, 1}).error().code == ErrorCode::NotFound);
}

TEST_CASE("A phase transition is stored with who, when, decision and basis")
{
    SeededDatabase db;
    const Casus casus = db.aanmelding(QDate(2026, 3, 1));
    const QDateTime at(QDate(2026, 3, 12), QTime(10, 0), QTimeZone::utc());
    REQUIRE(db.cases.recordTransition({casus.id, Phase::Aanmelding, Phase::Triage, at, db.procesregisseurId,
                                       QStringLiteral("Voldoet aan de criteria voor complexe casuïstiek"),
                                       QStringLiteral("besluit procesregisseur 12-03-2026")})
                .has_value());

    REQUIRE(db.cases.byId(casus.id)->phase == Phase::Triage);
    const auto history = db.cases.transitions(casus.id);
    REQUIRE(history->size() == 1);
    REQUIRE(history->first().to == Phase::Triage);
    REQUIRE(history->first().at == at);
    REQUIRE(history->first().byUserId == db.procesregisseurId);
    REQUIRE(history->first().basis == QStringLiteral("besluit procesregisseur 12-03-2026"));
}

TEST_CASE("A transition from a phase the casus is no longer in, or a forbidden one, changes nothing")
{
    SeededDatabase db;
    const Casus casus = db.aanmelding(QDate(2026, 3, 1));
    const QDateTime at(QDate(2026, 3, 12), QTime(10, 0), QTimeZone::utc());

    const auto stale = db.cases.recordTransition(
        {casus.id, Phase::Triage, Phase::NietDoorgeleid, at, db.procesregisseurId, QStringLiteral("b"), QStringLiteral("g")});
    REQUIRE(stale.error().code == ErrorCode::Conflict);

    const auto forbidden = db.cases.recordTransition(
        {casus.id, Phase::Aanmelding, Phase::Afschaling, at, db.procesregisseurId, QStringLiteral("b"), QStringLiteral("g")});
    REQUIRE(forbidden.error().code == ErrorCode::TransitionNotAllowed);

    REQUIRE(db.cases.byId(casus.id)->phase == Phase::Aanmelding);
    REQUIRE(db.cases.transitions(casus.id)->isEmpty());
}

TEST_CASE("Goal and themes of a casus are stored together")
{
    SeededDatabase db;
    const Casus casus = db.aanmelding(QDate(2026, 3, 1));
    REQUIRE(db.cases.updateGoalAndThemes(casus.id, QStringLiteral("Stabiliseren van de woonsituatie"),
                                         {Theme::HuiselijkGeweld, Theme::NazorgExGedetineerden})
                .has_value());
    const Casus stored = *db.cases.byId(casus.id);
    REQUIRE(stored.doel == QStringLiteral("Stabiliseren van de woonsituatie"));
    REQUIRE(stored.themes.size() == 2);
    REQUIRE(stored.themes.contains(Theme::HuiselijkGeweld));
}

TEST_CASE("Repositories read columns by name: a column the query lacks fails the row instead of reading as empty")
{
    TemporaryDatabase temporary;
    const auto named = listOf<QString>(temporary.database().connection(), QStringLiteral("SELECT 'x' AS naam, 2 AS nummer"), {},
                                       [](StoredRow &row) { return row.value("naam").toString(); });
    REQUIRE(named.has_value());
    REQUIRE(*named == QStringList{QStringLiteral("x")});

    const auto misspelt = listOf<QString>(temporary.database().connection(), QStringLiteral("SELECT 'x' AS naam"), {},
                                          [](StoredRow &row) { return row.value("name").toString(); });
    REQUIRE_FALSE(misspelt.has_value());
    REQUIRE(misspelt.error().code == ErrorCode::StorageFailure);
    REQUIRE(misspelt.error().message.contains(QStringLiteral("name")));
}
