#include "ServiceWorld.h"

#include "storage/RetentionRepository.h"
#include "storage/SqlStatement.h"

using namespace casusregie;
using namespace casusregie::test;

namespace {

QList<AuditRecord> allRecords(ServiceWorld &world)
{
    QList<AuditRecord> records;
    auto query = runSql(world.setup.database().connection(),
                        QStringLiteral("SELECT id, username, action, casus_id, objects, outcome FROM audit_log ORDER BY id"));
    REQUIRE(query.has_value());
    while (query->next()) {
        AuditRecord record;
        record.id = query->value(0).toLongLong();
        record.entry.username = query->value(1).toString();
        record.entry.action = query->value(2).toString();
        record.entry.casusId = query->value(3).toLongLong();
        record.entry.objects = query->value(4).toString();
        record.entry.outcome = query->value(5).toString();
        records << record;
    }
    return records;
}

void sql(ServiceWorld &world, const QString &statement)
{
    REQUIRE(runSql(world.setup.database().connection(), statement).has_value());
}

AuditChainReport verify(ServiceWorld &world, const std::optional<AuditHead> &head = std::nullopt)
{
    auto report = AuditLog(world.setup.database(), world.setup.auditKey).verify(head);
    REQUIRE(report.has_value());
    return *report;
}

// A world with a few dozen audit records.
ServiceWorld &busyWorld(ServiceWorld &world)
{
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e));
    REQUIRE_FALSE(world.as(QStringLiteral("pr2")).betrokkenen(casusId)); // denied
    return world;
}

} // namespace

TEST_CASE("B6 3.6: every allowed and every denied call is audited, a denied call changes nothing")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qsizetype before = allRecords(world).size();

    const auto denied = world.as(QStringLiteral("politie")).addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Zoë"), {}, {}});
    REQUIRE_FALSE(denied.has_value());
    const QList<AuditRecord> afterDenied = allRecords(world);
    REQUIRE(afterDenied.size() == before + 1);
    REQUIRE(afterDenied.last().entry.action == QStringLiteral("add_betrokkene"));
    REQUIRE(afterDenied.last().entry.outcome == QStringLiteral("denied"));
    REQUIRE(afterDenied.last().entry.username == QStringLiteral("politie"));
    REQUIRE(world.as(QStringLiteral("pr1")).betrokkenen(casusId)->isEmpty());

    REQUIRE(world.as(QStringLiteral("pr1")).addBetrokkene({0, casusId, BetrokkeneCategorie::I, QStringLiteral("Zoë"), {}, {}}).has_value());
    const QList<AuditRecord> afterAllowed = allRecords(world);
    REQUIRE(afterAllowed.at(afterAllowed.size() - 1).entry.outcome == QStringLiteral("allowed"));
    REQUIRE(afterAllowed.last().entry.casusId == casusId);

    // A failed command is rolled back with its audit record and audited on its own as failed.
    const auto failed = world.as(QStringLiteral("pr1")).addBetrokkene({0, casusId, BetrokkeneCategorie::I, QString(), {}, {}});
    REQUIRE(failed.error().code == ErrorCode::InvalidArgument);
    REQUIRE(allRecords(world).last().entry.outcome == QStringLiteral("failed"));
}

TEST_CASE("B6 3.6: reads of personal data are audited, with ids but never the data itself")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId, BetrokkeneCategorie::I, QStringLiteral("Ümit Çelik"));
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e));
    REQUIRE(world.as(QStringLiteral("pr1")).gegevens(casusId)->size() == 1);

    const QList<AuditRecord> records = allRecords(world);
    REQUIRE(records.last().entry.action == QStringLiteral("view_gegevens"));
    REQUIRE(records.last().entry.objects.startsWith(QStringLiteral("gegeven:")));
    for (const AuditRecord &record : records) {
        for (const QString &field : {record.entry.username, record.entry.objects, record.entry.action}) {
            REQUIRE_FALSE(field.contains(QStringLiteral("Çelik")));
            REQUIRE_FALSE(field.contains(QStringLiteral("inhoud")));
        }
    }
}

TEST_CASE("BIO 8.15: the audit chain of a busy database verifies as intact")
{
    ServiceWorld world;
    busyWorld(world);
    const AuditChainReport report = verify(world);
    REQUIRE(report.intact());
    REQUIRE(report.records > 10);
    REQUIRE(world.as(QStringLiteral("fg")).verifyAuditChain()->intact());
    REQUIRE(world.as(QStringLiteral("pr1")).verifyAuditChain().error().code == ErrorCode::AccessDenied);
}

TEST_CASE("Audit tamper: altering one record is detected and named")
{
    ServiceWorld world;
    busyWorld(world);
    sql(world, QStringLiteral("UPDATE audit_log SET outcome = 'allowed' WHERE outcome = 'denied'"));
    const qint64 altered = [&] {
        for (const AuditRecord &record : allRecords(world)) {
            if (record.entry.action == QStringLiteral("view_betrokkenen") && record.entry.username == QStringLiteral("pr2"))
                return record.id;
        }
        return qint64(0);
    }();
    REQUIRE(altered > 0);
    REQUIRE(verify(world).firstBrokenId == altered);
}

TEST_CASE("Audit tamper: deleting a record is detected")
{
    ServiceWorld world;
    busyWorld(world);
    sql(world, QStringLiteral("DELETE FROM audit_log WHERE id = 5"));
    REQUIRE(verify(world).firstBrokenId == 6);
    ServiceWorld first;
    busyWorld(first);
    sql(first, QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
    REQUIRE(verify(first).firstBrokenId == 2);
}

TEST_CASE("Audit tamper: inserting a record is detected")
{
    ServiceWorld world;
    busyWorld(world);
    sql(world, QStringLiteral("UPDATE audit_log SET id = id + 1000 WHERE id >= 4"));
    sql(world, QStringLiteral("UPDATE audit_log SET id = id - 999 WHERE id >= 1004"));
    sql(world, QStringLiteral("INSERT INTO audit_log SELECT 4, at, user_id, username, roles, party_id, action, casus_id, "
                              "objects, outcome, mac FROM audit_log WHERE id = 3"));
    REQUIRE(verify(world).firstBrokenId == 4);
}

TEST_CASE("Audit tamper: reordering two records is detected")
{
    ServiceWorld world;
    busyWorld(world);
    sql(world, QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = 3"));
    sql(world, QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 4"));
    sql(world, QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = -1"));
    REQUIRE(verify(world).firstBrokenId == 3);
}

TEST_CASE("Audit tamper: truncating the tail is detected once its head was exported")
{
    ServiceWorld world;
    busyWorld(world);
    const AuditHead head = *AuditLog::readHead(world.setup.database());
    const auto decoded = AuditLog::decodeHead(AuditLog::encodeHead(head));
    REQUIRE(decoded.has_value());
    REQUIRE(verify(world, decoded).intact());

    sql(world, QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(head.id - 1));
    REQUIRE(verify(world).intact()); // without the exported head a shorter chain looks whole
    REQUIRE(verify(world, decoded).firstBrokenId == head.id);
}

TEST_CASE("Audit: the chain cannot be re-sealed without the separate MAC key")
{
    ServiceWorld world;
    busyWorld(world);
    // Someone with the database key appends a record with a MAC under a key of their own.
    AuditLog forger(world.setup.database(), DatabaseKey::generate());
    AuditEntry entry;
    entry.at = world.clock.now();
    entry.username = QStringLiteral("pr1");
    entry.action = QStringLiteral("view_gegevens");
    entry.outcome = QStringLiteral("allowed");
    REQUIRE(forger.append(entry).has_value());
    REQUIRE(verify(world).firstBrokenId == allRecords(world).last().id);
}

TEST_CASE("Issue 9 point 19: a new casus gets neither the id, the number nor the audit trail of a destroyed one")
{
    ServiceWorld world;
    LocalService &pr = world.as(QStringLiteral("pr1"));
    world.newCase();
    const qint64 destroyed = world.newCase();
    const Casus before = *pr.casus(destroyed);
    const qsizetype trailOfOne = pr.auditTrail(destroyed)->size();
    REQUIRE(RetentionRepository(world.setup.database()).destroyCasus(destroyed).has_value());

    const qint64 next = world.newCase();
    REQUIRE(next > destroyed);
    const Casus after = *pr.casus(next);
    REQUIRE(after.number.year == before.number.year);
    REQUIRE(after.number.sequence == before.number.sequence + 1);
    const QList<AuditRecord> trail = *pr.auditTrail(next);
    REQUIRE(trail.size() == trailOfOne);
    for (const AuditRecord &record : trail)
        REQUIRE(record.entry.casusId == next);
}

// Issue 11: a read takes no write lock while it reads; its audit record follows in a transaction of
// its own (LocalService::gate). That record is still the price of the answer.
TEST_CASE("B6 3.6: a read or a write whose audit record cannot be written gives no answer and changes nothing")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    sql(world, QStringLiteral("CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log "
                              "BEGIN SELECT RAISE(ABORT, 'auditlog niet beschikbaar'); END"));
    REQUIRE_FALSE(world.as(QStringLiteral("pr1")).betrokkenen(casusId).has_value());
    REQUIRE_FALSE(world.as(QStringLiteral("pr1")).casus(casusId).has_value());
    REQUIRE_FALSE(world.as(QStringLiteral("pr1")).parties().has_value());
    REQUIRE_FALSE(world.as(QStringLiteral("pr1")).worklistPage(PageRequest{}).has_value());
    REQUIRE_FALSE(world.as(QStringLiteral("pr1"))
                      .addGegeven({casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), world.party(QStringLiteral("Rotterdam")),
                                   Grondslag::Avg6_1e, false, {}})
                      .has_value());
    sql(world, QStringLiteral("DROP TRIGGER audit_refused"));
    REQUIRE(world.as(QStringLiteral("pr1")).gegevens(casusId)->isEmpty()); // the refused write left nothing
}

// What AccessPolicy::onlyReads lists is served on a snapshot without a write lock: if one of them
// wrote, that write would not be in the transaction of its audit record.
TEST_CASE("Issue 11: the operations served as reads change nothing in the database but the audit log")
{
    ServiceWorld world;
    const qint64 casusId = world.newCase();
    const qint64 persoon = world.addBetrokkene(casusId);
    REQUIRE(world.addGegeven(QStringLiteral("pr1"), casusId, persoon, DataCategory::Adres, QStringLiteral("Rotterdam"), Grondslag::Avg6_1e));
    const auto changes = [&] {
        auto query = runSql(world.setup.database().connection(), QStringLiteral("SELECT total_changes()"));
        REQUIRE(query.has_value());
        REQUIRE(query->next());
        return query->value(0).toLongLong();
    };
    const auto auditRecords = [&] { return allRecords(world).size(); };
    LocalService &pr = world.as(QStringLiteral("pr1"));
    LocalService &hoofd = world.as(QStringLiteral("hoofd"));
    LocalService &fg = world.as(QStringLiteral("fg"));
    LocalService &fb = world.as(QStringLiteral("fb"));
    LocalService &privacy = world.as(QStringLiteral("privacy"));
    const QList<std::function<bool()>> reads{
        [&] { return pr.parties().has_value(); },
        [&] { return pr.worklist().has_value(); },
        [&] { return pr.worklistPage(PageRequest{}).has_value(); },
        [&] { return pr.searchCases({QStringLiteral("2026-0001"), {}, {}}).has_value(); },
        [&] { return pr.casus(casusId).has_value(); },
        [&] { return pr.betrokkenen(casusId).has_value(); },
        [&] { return pr.gegevens(casusId).has_value(); },
        [&] { return pr.consents(casusId).has_value(); },
        [&] { return pr.afspraken(casusId).has_value(); },
        [&] { return pr.overleggen(casusId).has_value(); },
        [&] { return pr.calamiteitsevaluaties(casusId).has_value(); },
        [&] { return world.as(QStringLiteral("politie")).ownPartyAanmeldingen().has_value(); },
        [&] { return hoofd.annualFigures(2026).has_value(); },
        [&] { return hoofd.verzoeken().has_value(); },
        [&] { return hoofd.roleGrants().has_value(); },
        [&] { return privacy.datalekken().has_value(); },
        [&] { return privacy.verwerkingsregister().has_value(); },
        [&] { return privacy.verwerkers().has_value(); },
        [&] { return privacy.informatieplichtReviewsDue().has_value(); },
        [&] { return fg.auditTrail(casusId).has_value(); },
        [&] { return fg.verifyAuditChain().has_value(); },
        [&] { return fb.users().has_value(); },
        [&] { return fb.membershipHistory().has_value(); },
        [&] { return fg.bewaardeOmVerstrekkingen().has_value(); },
    };
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const qsizetype recordsBefore = auditRecords();
        const qint64 before = changes();
        INFO("read " << i);
        REQUIRE(reads.at(i)());
        REQUIRE(auditRecords() == recordsBefore + 1);
        REQUIRE(changes() - before == 1); // its audit record, nothing else
    }
}
