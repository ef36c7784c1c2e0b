// Logins, the audit log, "today" and the annual figures, tried the way a careless or curious user would.
#include "../ServiceWorld.h"

#include "storage/SqlStatement.h"

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
    const qint64 item = *world.addItem(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"),
                                       Grondslag::Avg6_1e);
    world.clock.set(QDateTime(QDate(2026, 6, 30), QTime(22, 30), QTimeZone::utc())); // 00:30 on 1 July in Rotterdam
    REQUIRE(world.clock.today() == QDate(2026, 7, 1));
    NewApproval approval = world.approval(item, {world.party(QStringLiteral("Politie"))});
    approval.approvedOn = QDate(2026, 7, 1);
    REQUIRE(world.as(QStringLiteral("pr1")).recordApproval(casusId, approval).has_value());
    REQUIRE(world.visibleItemIds(QStringLiteral("politie"), casusId) == QList<qint64>{item});
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
