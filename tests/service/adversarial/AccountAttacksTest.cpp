// Logins, accounts (B6), the audit log, "today" and the annual figures, tried the way a careless or curious user would.
#include "../ServiceWorld.h"

#include "security/Totp.h"
#include "storage/SqlStatement.h"
#include "storage/UserRepository.h"

using namespace casusregie;
using namespace casusregie::test;

TEST_CASE("B6: a failed login never writes what was typed as username into the audit log, only that it failed and a known account's id")
{
    ServiceWorld world;
    const QString password = QStringLiteral("Zomer2026!geheim");
    LocalService anonymous(world.setup.database(), world.clock, world.setup.auditKey);
    REQUIRE_FALSE(anonymous.login(password, QStringLiteral("pr1")).has_value()); // the password typed into the username field
    REQUIRE_FALSE(anonymous.login(QStringLiteral("pr1"), QStringLiteral("fout")).has_value());

    auto query = runSql(world.setup.database().connection(),
                        QStringLiteral("SELECT coalesce(username, ''), coalesce(user_id, 0) FROM audit_log "
                                       "WHERE action = 'login' AND outcome = 'denied' ORDER BY id"));
    REQUIRE(query.has_value());
    QList<qint64> ids;
    while (query->next()) {
        REQUIRE_FALSE(query->value(0).toString().contains(password));
        REQUIRE(query->value(0).toString().isEmpty());
        ids << query->value(1).toLongLong();
    }
    REQUIRE(ids == QList<qint64>{0, world.userId(QStringLiteral("pr1"))});
}

TEST_CASE("Today is the date in Europe/Amsterdam: just after midnight in summer an approval of today is not in the future")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    world.planOverleg(casusId, {world.party(QStringLiteral("Politie"))});
    const qint64 persoon = world.addBetrokkene(casusId);
    const qint64 item = *world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                       Grondslag::Avg6_1e);
    world.clock.set(QDateTime(QDate(2026, 6, 30), QTime(22, 30), QTimeZone::utc())); // 00:30 on 1 July in Rotterdam
    REQUIRE(world.clock.today() == QDate(2026, 7, 1));
    NewApproval approval = world.approval(item, {world.party(QStringLiteral("Politie"))});
    approval.approvedOn = QDate(2026, 7, 1);
    REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, approval).has_value());
    REQUIRE(world.visibleGegevenIds(QStringLiteral("politie"), casusId) == QList<qint64>{item});
    approval.approvedOn = QDate(2026, 7, 2);
    REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, approval).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("C 12.3, P 11.7: a count of 1 to 4 never leaves the service, not even as a number in the data")
{
    ServiceWorld world;
    world.newCase();
    world.newCase();
    for (const char *user : {"pr1", "hoofd", "privacy", "analist", "fg"}) {
        INFO(user);
        const auto figures = world.as(QLatin1String(user)).annualFigures(world.clock.today().year());
        REQUIRE(figures.has_value());
        REQUIRE(figures->received.suppressed());
        REQUIRE(figures->received.value == 0);
        for (const SuppressedCount &count : figures->perAanmeldendePartij)
            REQUIRE(count.value == 0);
    }
}

namespace {

NewUser newAccount(ServiceWorld &world, const QString &username, QList<Role> roles, const QString &password)
{
    NewUser account;
    account.user.username = username;
    account.user.displayName = username;
    account.user.partyId = world.party(QStringLiteral("Rotterdam"));
    account.user.roles = std::move(roles);
    account.user.geheimhoudingsverklaring = QDate(2025, 1, 1);
    account.user.vogOfScreening = QDate(2025, 1, 1);
    account.password = password;
    return account;
}

qint64 pendingGrantFor(ServiceWorld &world, qint64 userId)
{
    const auto grants = world.as(QStringLiteral("fb")).roleGrants();
    for (const RoleGrant &grant : *grants) {
        if (grant.userId == userId && grant.pending())
            return grant.id;
    }
    FAIL("no pending role grant for this account");
    return 0;
}

User reloaded(ServiceWorld &world, qint64 userId)
{
    return *UserRepository(world.setup.database()).byId(userId);
}

} // namespace

TEST_CASE("B6: a password set by functioneel beheer opens nothing but choosing one's own, and a reset ends open sessions")
{
    ServiceWorld world;
    LocalService &fb = world.as(QStringLiteral("fb"));
    const QString oneTime = QStringLiteral("eenmalig wachtwoord 1");
    const auto id = fb.addUser(newAccount(world, QStringLiteral("analist2"), {Role::DataAnalist}, oneTime));
    REQUIRE(id.has_value());

    LocalService user(world.setup.database(), world.clock, world.setup.auditKey);
    const auto first = user.login(QStringLiteral("analist2"), oneTime);
    REQUIRE(first.has_value());
    REQUIRE(first->mustChangePassword);
    const auto refused = user.annualFigures(2026);
    REQUIRE(refused.error().code == ErrorCode::AccessDenied);
    REQUIRE(refused.error().message.contains(QStringLiteral("eigen wachtwoord")));

    REQUIRE(user.changeOwnPassword(QStringLiteral("geraden wachtwoord"), QStringLiteral("mijn eigen wachtwoord")).error().code
            == ErrorCode::AuthenticationFailed);
    REQUIRE(user.changeOwnPassword(oneTime, oneTime).error().code == ErrorCode::InvalidArgument);
    REQUIRE(user.changeOwnPassword(oneTime, QStringLiteral("kort")).error().code == ErrorCode::InvalidArgument);
    REQUIRE(user.changeOwnPassword(oneTime, QStringLiteral("mijn eigen wachtwoord")).has_value());
    REQUIRE(user.annualFigures(2026).has_value());
    LocalService again(world.setup.database(), world.clock, world.setup.auditKey);
    REQUIRE_FALSE(again.login(QStringLiteral("analist2"), oneTime).has_value());
    REQUIRE(again.login(QStringLiteral("analist2"), QStringLiteral("mijn eigen wachtwoord")).has_value());

    // A reset by beheer ends both open sessions and asks for a new own password again.
    REQUIRE(fb.resetPassword(*id, QStringLiteral("eenmalig wachtwoord 2")).has_value());
    REQUIRE(user.annualFigures(2026).error().code == ErrorCode::SessionEnded);
    REQUIRE(again.annualFigures(2026).error().code == ErrorCode::SessionEnded);
    REQUIRE(reloaded(world, *id).mustChangePassword);
    REQUIRE(fb.resetPassword(world.userId(QStringLiteral("fb")), QStringLiteral("eenmalig wachtwoord 3")).error().code
            == ErrorCode::AccessDenied);
    // Nobody but beheer resets passwords.
    REQUIRE(world.as(QStringLiteral("hoofd")).resetPassword(*id, QStringLiteral("eenmalig wachtwoord 4")).error().code
            == ErrorCode::AccessDenied);
}

TEST_CASE("B6: functioneel beheer can remove a second factor but never sees one, and the user enrols their own with a first code")
{
    ServiceWorld world;
    LocalService &pr = world.as(QStringLiteral("pr1"));
    const qint64 prId = world.userId(QStringLiteral("pr1"));
    REQUIRE(UserRepository(world.setup.database()).setTotpSecret(prId, Totp::generateSecret()).has_value());

    // Removing it returns nothing and ends the open session.
    const Status removed = world.as(QStringLiteral("fb")).resetSecondFactor(prId);
    REQUIRE(removed.has_value());
    REQUIRE(pr.worklist().error().code == ErrorCode::SessionEnded);
    REQUIRE_FALSE(reloaded(world, prId).secondFactorEnrolled);

    LocalService own(world.setup.database(), world.clock, world.setup.auditKey);
    REQUIRE(own.login(QStringLiteral("pr1"), ServiceWorld::password).has_value());
    const auto uri = own.beginSecondFactorEnrolment();
    REQUIRE(uri.has_value());
    const QByteArray pending = UserRepository(world.setup.database()).loginState(prId)->pendingTotpSecret;
    REQUIRE(uri->contains(Totp::base32(pending)));
    REQUIRE_FALSE(reloaded(world, prId).secondFactorEnrolled); // not before the first code
    const QString right = Totp::codeFor(pending, Totp::stepAt(world.clock.now()));
    REQUIRE(own.confirmSecondFactorEnrolment(right == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"))
                .error()
                .code
            == ErrorCode::InvalidArgument);
    REQUIRE(own.confirmSecondFactorEnrolment(right).has_value());
    REQUIRE(reloaded(world, prId).secondFactorEnrolled);
    REQUIRE(own.beginSecondFactorEnrolment().error().code == ErrorCode::Conflict); // only beheer's reset makes room for a new one

    // Another account's factor cannot be enrolled from beheer's seat: the enrolment is always one's own.
    const auto fbOwn = world.as(QStringLiteral("fb")).beginSecondFactorEnrolment();
    REQUIRE_FALSE(fbOwn->contains(QStringLiteral("pr1")));
}

TEST_CASE("B6: a role that opens personal data takes effect only once the hoofd confirms it, a new hoofd once the FG does")
{
    ServiceWorld world;
    LocalService &fb = world.as(QStringLiteral("fb"));
    const qint64 vt = world.userId(QStringLiteral("vt"));
    REQUIRE(fb.setUserRoles(vt, {Role::Partnerdeelnemer, Role::Procesregisseur, Role::DataAnalist}).has_value());
    User user = reloaded(world, vt);
    REQUIRE(user.roles.size() == 2); // the analyst role at once
    REQUIRE(user.roles.contains(Role::DataAnalist));
    REQUIRE(user.roles.contains(Role::Partnerdeelnemer));
    REQUIRE(user.pendingRoles == QList<Role>{Role::Procesregisseur});
    REQUIRE(world.as(QStringLiteral("vt")).worklist()->isEmpty()); // still as a partner only

    const auto grants = fb.roleGrants();
    REQUIRE(grants->size() == 1);
    const qint64 grant = grants->first().id;
    REQUIRE(fb.decideRoleGrant(grant, true).error().code == ErrorCode::AccessDenied);                     // beheer does not confirm
    REQUIRE(world.as(QStringLiteral("fg")).decideRoleGrant(grant, true).error().code == ErrorCode::AccessDenied); // the hoofd does
    REQUIRE(world.as(QStringLiteral("pr1")).roleGrants().error().code == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("hoofd")).decideRoleGrant(grant, true).has_value());
    REQUIRE(reloaded(world, vt).roles.contains(Role::Procesregisseur));
    REQUIRE(world.as(QStringLiteral("hoofd")).decideRoleGrant(grant, false).error().code == ErrorCode::Conflict); // decided once

    // A new hoofd is confirmed by the FG; the hoofd confirms nothing for their own account.
    const qint64 analist = world.userId(QStringLiteral("analist"));
    REQUIRE(fb.setUserRoles(analist, {Role::DataAnalist, Role::Hoofd}).has_value());
    const qint64 hoofdGrant = pendingGrantFor(world, analist);
    REQUIRE(world.as(QStringLiteral("hoofd")).decideRoleGrant(hoofdGrant, true).error().code == ErrorCode::AccessDenied);
    REQUIRE(world.as(QStringLiteral("fg")).decideRoleGrant(hoofdGrant, false).has_value());
    REQUIRE_FALSE(reloaded(world, analist).roles.contains(Role::Hoofd)); // rejected
    const qint64 hoofdId = world.userId(QStringLiteral("hoofd"));
    REQUIRE(fb.setUserRoles(hoofdId, {Role::Hoofd, Role::Privacyfunctionaris}).has_value());
    REQUIRE(world.as(QStringLiteral("hoofd")).decideRoleGrant(pendingGrantFor(world, hoofdId), true).error().code == ErrorCode::AccessDenied);

    // Taking a pending role off again withdraws the request; a new account's roles wait in the same way.
    REQUIRE(fb.setUserRoles(hoofdId, {Role::Hoofd}).has_value());
    REQUIRE(reloaded(world, hoofdId).pendingRoles.isEmpty());
    const auto created = fb.addUser(newAccount(world, QStringLiteral("pr3"), {Role::Procesregisseur}, QStringLiteral("eenmalig wachtwoord 1")));
    REQUIRE(reloaded(world, *created).roles.isEmpty());
    REQUIRE(reloaded(world, *created).pendingRoles == QList<Role>{Role::Procesregisseur});
}

TEST_CASE("Issue 14: a locked screen opens only with the same user's password, and guessing at it locks the account like guessing at login")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    LocalService &pr = world.as(QStringLiteral("pr1"));
    REQUIRE(pr.unlockSession(ServiceWorld::password).has_value());

    // Another user's password, or none, does not open it; a right one forgives the failures so far.
    for (int attempt = 0; attempt < LocalService::lockAfterFailures - 1; ++attempt)
        REQUIRE(pr.unlockSession(QStringLiteral("politie-wachtwoord")).error().code == ErrorCode::AuthenticationFailed);
    REQUIRE(pr.unlockSession(ServiceWorld::password).has_value());
    REQUIRE(pr.casus(casusId).has_value());

    // Six wrong in a row: the account is locked and the session is over, as after six wrong logins.
    for (int attempt = 0; attempt < LocalService::lockAfterFailures - 1; ++attempt)
        REQUIRE(pr.unlockSession(QString()).error().code == ErrorCode::AuthenticationFailed);
    const auto last = pr.unlockSession(QStringLiteral("nog een gok"));
    REQUIRE(last.error().code == ErrorCode::SessionEnded);
    CHECK(last.error().message.contains(QStringLiteral("geblokkeerd")));
    REQUIRE(pr.casus(casusId).error().code == ErrorCode::SessionEnded);
    LocalService again(world.setup.database(), world.clock, world.setup.auditKey);
    REQUIRE_FALSE(again.login(QStringLiteral("pr1"), ServiceWorld::password).has_value());

    // Every attempt is in the audit log, allowed or not, and none holds what was typed.
    auto query = runSql(world.setup.database().connection(),
                        QStringLiteral("SELECT outcome, objects FROM audit_log WHERE action = 'unlock_own_session' ORDER BY id"));
    REQUIRE(query.has_value());
    QStringList outcomes;
    while (query->next()) {
        outcomes << query->value(0).toString();
        CHECK_FALSE(query->value(1).toString().contains(QStringLiteral("gok")));
    }
    CHECK(outcomes.count(QStringLiteral("allowed")) == 2);
    CHECK(outcomes.size() == 2 + 2 * (LocalService::lockAfterFailures - 1) + 1);
}

TEST_CASE("Issue 14: unlocking needs a session: without a login it opens nothing")
{
    ServiceWorld world;
    LocalService nobody(world.setup.database(), world.clock, world.setup.auditKey);
    REQUIRE(nobody.unlockSession(ServiceWorld::password).error().code == ErrorCode::SessionEnded);
}

TEST_CASE("Issue 14: after too many attempts the login says to wait and then to call functioneel beheer, alike for a known and an unknown username")
{
    ServiceWorld world;
    LocalService anonymous(world.setup.database(), world.clock, world.setup.auditKey);
    const QString known = QStringLiteral("pr1");
    const QString unknown = QStringLiteral("niemand.hier");
    const auto messageFor = [&](const QString &username, const QString &password) {
        auto answer = anonymous.login(username, password);
        REQUIRE_FALSE(answer.has_value());
        CHECK(answer.error().code == ErrorCode::AuthenticationFailed);
        return answer.error().message;
    };
    const auto sameFor = [&](const QString &password) {
        const QString forKnown = messageFor(known, password);
        CHECK(messageFor(unknown, password) == forKnown);
        return forKnown;
    };

    CHECK(sameFor(QStringLiteral("fout")) == QStringLiteral("Gebruikersnaam of wachtwoord onjuist."));
    CHECK(sameFor(QStringLiteral("fout")) == QStringLiteral("Gebruikersnaam of wachtwoord onjuist."));
    CHECK(sameFor(QStringLiteral("fout")).contains(QStringLiteral("Wacht 1 seconde")));
    // While the wait lasts even the right password is not checked, and the answer says so.
    CHECK(sameFor(ServiceWorld::password).contains(QStringLiteral("Wacht 1 seconde")));
    world.clock.set(world.clock.now().addSecs(2));
    CHECK(sameFor(QStringLiteral("fout")).contains(QStringLiteral("Wacht 2 seconden")));
    world.clock.set(world.clock.now().addSecs(3));
    CHECK(sameFor(QStringLiteral("fout")).contains(QStringLiteral("Wacht 4 seconden")));
    world.clock.set(world.clock.now().addSecs(5));
    const QString locked = sameFor(QStringLiteral("fout"));
    CHECK(locked.contains(QStringLiteral("functioneel beheer"), Qt::CaseInsensitive));

    // An hour later the right password still meets the lockout, for the real account as for the invented one.
    world.clock.set(world.clock.now().addSecs(3600));
    CHECK(sameFor(ServiceWorld::password) == locked);

    // Functioneel beheer lifts it; the account logs in again and its name starts afresh.
    REQUIRE(world.as(QStringLiteral("fb")).unlockUser(world.userId(known)).has_value());
    REQUIRE(anonymous.login(known, ServiceWorld::password).has_value());
    CHECK(messageFor(known, QStringLiteral("fout")) == QStringLiteral("Gebruikersnaam of wachtwoord onjuist."));
    CHECK(messageFor(unknown, QStringLiteral("fout")) == locked);
}

TEST_CASE("Issue 14: failed logins are counted per typed name as a keyed hash, never as the text typed")
{
    ServiceWorld world;
    LocalService anonymous(world.setup.database(), world.clock, world.setup.auditKey);
    const QString password = QStringLiteral("Zomer2026!geheim");
    REQUIRE_FALSE(anonymous.login(password, QStringLiteral("pr1")).has_value()); // the password typed into the username field
    auto query = runSql(world.setup.database().connection(), QStringLiteral("SELECT name_key, failures FROM login_attempts"));
    REQUIRE(query.has_value());
    REQUIRE(query->next());
    CHECK_FALSE(query->value(0).toString().contains(QStringLiteral("Zomer")));
    CHECK(query->value(0).toString().size() == 64);
    CHECK(query->value(1).toInt() == 1);
    CHECK_FALSE(query->next());
}

TEST_CASE("Issue 14: an account made under a name that was guessed at before starts without those failures")
{
    ServiceWorld world;
    LocalService anonymous(world.setup.database(), world.clock, world.setup.auditKey);
    const QString name = QStringLiteral("nieuw.account");
    for (int attempt = 0; attempt < LocalService::lockAfterFailures; ++attempt) {
        world.clock.set(world.clock.now().addSecs(120));
        REQUIRE_FALSE(anonymous.login(name, QStringLiteral("gok")).has_value());
    }
    NewUser input;
    input.user.username = name;
    input.user.displayName = QStringLiteral("Nieuwe Collega");
    input.user.partyId = world.party(QStringLiteral("Rotterdam"));
    input.password = QStringLiteral("Eenmalig-wachtwoord-2026");
    REQUIRE(world.as(QStringLiteral("fb")).addUser(input).has_value());
    REQUIRE(anonymous.login(name, input.password).has_value());
}
