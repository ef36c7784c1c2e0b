// Issue 14: the audit log browser, tried from every seat: who may search which part of the log,
// whether paging loses or repeats a record, whether the filters and the period hold, and odd input.
#include "../ServiceWorld.h"

#include <QSet>

using namespace casusregie;
using namespace casusregie::test;

namespace {

// Every record the query matches, page after page as the browser asks for them.
QList<AuditRecord> allPages(LocalService &service, AuditQuery query)
{
    QList<AuditRecord> records;
    for (int pages = 0; pages < 1000; ++pages) {
        auto page = service.auditLog(query);
        REQUIRE(page.has_value());
        records << page->records;
        if (!page->more)
            return records;
        REQUIRE_FALSE(page->records.isEmpty());
        query.beforeId = page->records.last().id;
    }
    FAIL("the pages never end");
    return records;
}

QList<qint64> idsOf(const QList<AuditRecord> &records)
{
    QList<qint64> ids;
    for (const AuditRecord &record : records)
        ids << record.id;
    return ids;
}

} // namespace

TEST_CASE("Issue 14: the oversight roles page through the whole audit log newest first without losing or repeating a record")
{
    ServiceWorld world;
    for (int i = 0; i < 4; ++i)
        world.newCase();
    for (const char *reader : {"hoofd", "privacy", "fg"}) {
        INFO(reader);
        LocalService &service = world.as(QLatin1String(reader));
        const QList<AuditRecord> whole = service.auditLog({.limit = AuditQuery::maxPageSize})->records;
        const QList<AuditRecord> paged = allPages(service, {.limit = 7});
        // The whole log read at once and in pages of 7 agree, newest first, each record once;
        // only this reader's own searches, made meanwhile, may be newer.
        const QList<qint64> pagedIds = idsOf(paged);
        REQUIRE(pagedIds.size() == QSet<qint64>(pagedIds.begin(), pagedIds.end()).size());
        REQUIRE(std::is_sorted(pagedIds.rbegin(), pagedIds.rend()));
        QList<qint64> olderThanFirstRead;
        for (qint64 id : pagedIds) {
            if (id <= whole.first().id)
                olderThanFirstRead << id;
        }
        REQUIRE(olderThanFirstRead == idsOf(whole));
        REQUIRE(whole.size() > 20); // several pages of 7
    }
}

TEST_CASE("Issue 14: each audit log filter holds: casus, user, party, action, outcome and a period of Amsterdam days")
{
    ServiceWorld world;
    const qint64 first = world.newCase();
    world.clock.set(QDateTime(QDate(2026, 3, 31), QTime(22, 30), QTimeZone::utc())); // 00:30 on 1 April in Rotterdam
    const qint64 second = world.newCase();
    REQUIRE_FALSE(world.as(QStringLiteral("pr2")).casus(second).has_value()); // refused: not pr2's casus
    LocalService &fg = world.as(QStringLiteral("fg"));

    for (const AuditRecord &record : allPages(fg, {.casusId = second, .limit = 5}))
        CHECK(record.entry.casusId == second);
    const QList<AuditRecord> ofPr2 = allPages(fg, {.username = QStringLiteral("pr2")});
    REQUIRE_FALSE(ofPr2.isEmpty());
    for (const AuditRecord &record : ofPr2)
        CHECK(record.entry.username == QStringLiteral("pr2"));
    for (const AuditRecord &record : allPages(fg, {.partyId = world.party(QStringLiteral("Politie"))}))
        CHECK(record.entry.partyId == world.party(QStringLiteral("Politie")));
    const QList<AuditRecord> refused = allPages(fg, {.outcome = QStringLiteral("denied")});
    REQUIRE_FALSE(refused.isEmpty());
    for (const AuditRecord &record : refused)
        CHECK(record.entry.outcome == QStringLiteral("denied"));
    const QList<AuditRecord> takenOn = allPages(fg, {.action = QStringLiteral("take_on_case")});
    REQUIRE(takenOn.size() == 2);

    // The day is Rotterdam's: the second casus was taken on on 1 April, the first in March.
    const QList<AuditRecord> april = allPages(fg, {.action = QStringLiteral("take_on_case"), .from = QDate(2026, 4, 1), .to = QDate(2026, 4, 1)});
    REQUIRE(april.size() == 1);
    CHECK(april.first().entry.casusId == second);
    const QList<AuditRecord> march = allPages(fg, {.action = QStringLiteral("take_on_case"), .to = QDate(2026, 3, 31)});
    REQUIRE(march.size() == 1);
    CHECK(march.first().entry.casusId == first);
}

TEST_CASE("Issue 14: a procesregisseur searches the audit log of its own casus only - another casus answers like a missing one - and partners, beheer and the analist read none")
{
    ServiceWorld world;
    const qint64 own = world.newCase(); // pr1's
    LocalService &pr1 = world.as(QStringLiteral("pr1"));
    const auto page = pr1.auditLog({.casusId = own});
    REQUIRE(page.has_value());
    for (const AuditRecord &record : page->records)
        CHECK(record.entry.casusId == own);

    LocalService &pr2 = world.as(QStringLiteral("pr2"));
    const auto other = pr2.auditLog({.casusId = own});
    const auto missing = pr2.auditLog({.casusId = own + 1000});
    REQUIRE_FALSE(other.has_value());
    REQUIRE_FALSE(missing.has_value());
    CHECK(other.error().code == missing.error().code);
    CHECK(other.error().message == missing.error().message);
    // Without a casus the whole log would answer: not for a procesregisseur.
    REQUIRE(pr1.auditLog({}).error().code == ErrorCode::AccessDenied);
    for (const char *user : {"politie", "cr", "admin", "fb", "analist"}) {
        INFO(user);
        CHECK_FALSE(world.as(QLatin1String(user)).auditLog({}).has_value());
        CHECK_FALSE(world.as(QLatin1String(user)).auditLog({.casusId = own}).has_value());
    }
}

TEST_CASE("Issue 14: an audit log search with odd input is refused, and every search is itself in the log")
{
    ServiceWorld world;
    world.newCase();
    LocalService &fg = world.as(QStringLiteral("fg"));
    for (const AuditQuery &odd : {AuditQuery{.limit = 0}, AuditQuery{.limit = AuditQuery::maxPageSize + 1},
                                  AuditQuery{.partyId = -1}, AuditQuery{.beforeId = -5},
                                  AuditQuery{.action = QStringLiteral("drop table")},
                                  AuditQuery{.outcome = QStringLiteral("ok")},
                                  AuditQuery{.from = QDate(2026, 5, 2), .to = QDate(2026, 5, 1)}}) {
        CHECK(fg.auditLog(odd).error().code == ErrorCode::InvalidArgument);
    }
    const auto searches = fg.auditLog({.username = QStringLiteral("fg"), .action = QStringLiteral("view_audit_log")});
    REQUIRE(searches.has_value());
    CHECK(searches->records.size() >= 7); // the refused ones too, with their outcome
    CHECK(searches->records.first().entry.outcome == QStringLiteral("failed"));
}
