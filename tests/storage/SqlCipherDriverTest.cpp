#include "TestSupport.h"

#include "storage/SqlCipherDriver.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace casusregie;
using namespace casusregie::test;

namespace {

QSqlQuery exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        FAIL(query.lastError().text().toStdString());
    return query;
}

void createValuesTable(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("CREATE TABLE samples (id INTEGER PRIMARY KEY, name TEXT, count INTEGER, ratio REAL, "
                            "payload BLOB, at DATETIME, day DATE, moment TIME, flag BOOLEAN)"));
}

} // namespace

TEST_CASE("Driver: every type round-trips through bound values, including Dutch names with diacritics")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);

    const QStringList names{QStringLiteral("Ümit Çelik"), QStringLiteral("Jeroen van 't Hoff"), QStringLiteral("Zoë")};
    const QByteArray payload = QByteArray::fromHex("00ff10002a00");
    const QDateTime at(QDate(2026, 3, 12), QTime(9, 30, 15, 250), QTimeZone(3600));
    const qint64 big = std::numeric_limits<qint64>::max();

    for (const QString &name : names) {
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO samples (name, count, ratio, payload, at, day, moment, flag) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
        for (const QVariant &value : QVariantList{name, big, 2.5, payload, at, QDate(2026, 2, 28), QTime(23, 59, 58), true})
            insert.addBindValue(value);
        REQUIRE(insert.exec());
    }

    QSqlQuery select(db);
    select.setForwardOnly(true);
    REQUIRE(select.exec(QStringLiteral("SELECT name, count, ratio, payload, at, day, moment, flag FROM samples ORDER BY id")));
    int row = 0;
    while (select.next()) {
        REQUIRE(select.value(0).toString() == names.at(row));
        REQUIRE(select.value(1).toLongLong() == big);
        REQUIRE(select.value(2).toDouble() == 2.5);
        REQUIRE(select.value(3).toByteArray() == payload);
        REQUIRE(select.value(4).toDateTime() == at);
        REQUIRE(select.value(4).toDateTime().timeSpec() == Qt::UTC);
        REQUIRE(select.value(5).toDate() == QDate(2026, 2, 28));
        REQUIRE(select.value(6).toTime() == QTime(23, 59, 58));
        REQUIRE(select.value(7).metaType().id() == QMetaType::Bool);
        REQUIRE(select.value(7).toBool());
        ++row;
    }
    REQUIRE(row == 3);
}

TEST_CASE("Driver: date/time values are stored as UTC ISO-8601 text")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO samples (at, day) VALUES (?, ?)")));
    insert.addBindValue(QDateTime(QDate(2026, 3, 12), QTime(9, 30), QTimeZone(3600)));
    insert.addBindValue(QDate(2026, 3, 12));
    REQUIRE(insert.exec());

    QSqlQuery raw = exec(db, QStringLiteral("SELECT at || '', day || '' FROM samples"));
    REQUIRE(raw.next());
    REQUIRE(raw.value(0).toString() == QStringLiteral("2026-03-12T08:30:00.000Z"));
    REQUIRE(raw.value(1).toString() == QStringLiteral("2026-03-12"));
}

TEST_CASE("Driver: NULL reads back as a null value of the column's type")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO samples (name, count, at) VALUES (?, ?, ?)")));
    insert.addBindValue(QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(QVariant(QMetaType(QMetaType::QDateTime)));
    REQUIRE(insert.exec());

    QSqlQuery select = exec(db, QStringLiteral("SELECT name, count, at FROM samples"));
    REQUIRE(select.next());
    for (int column = 0; column < 3; ++column) {
        REQUIRE(select.isNull(column));
        REQUIRE(select.value(column).isNull());
    }
    REQUIRE(select.value(2).metaType().id() == QMetaType::QDateTime);
}

TEST_CASE("Driver: named placeholders bind by name, in any order")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO samples (name, count) VALUES (:name, :count)")));
    insert.bindValue(QStringLiteral(":count"), 7);
    insert.bindValue(QStringLiteral(":name"), QStringLiteral("Zoë"));
    REQUIRE(insert.exec());

    QSqlQuery select(db);
    REQUIRE(select.prepare(QStringLiteral("SELECT count FROM samples WHERE name = :name AND count > :minimum")));
    select.bindValue(QStringLiteral(":minimum"), 5);
    select.bindValue(QStringLiteral(":name"), QStringLiteral("Zoë"));
    REQUIRE(select.exec());
    REQUIRE(select.next());
    REQUIRE(select.value(0).toInt() == 7);
}

TEST_CASE("Driver: lastInsertId and numRowsAffected report what a statement did")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO samples (count) VALUES (?)")));
    for (int i = 1; i <= 3; ++i) {
        insert.addBindValue(i);
        REQUIRE(insert.exec());
        REQUIRE(insert.lastInsertId().toLongLong() == i);
        REQUIRE(insert.numRowsAffected() == 1);
    }
    QSqlQuery update = exec(db, QStringLiteral("UPDATE samples SET ratio = 1.0 WHERE count >= 2"));
    REQUIRE(update.numRowsAffected() == 2);
    REQUIRE_FALSE(update.lastInsertId().isValid());
}

TEST_CASE("Driver: numRowsAffected counts the statement's own rows, not foreign-key cascades")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    exec(db, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
    exec(db, QStringLiteral("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE)"));
    exec(db, QStringLiteral("INSERT INTO parent VALUES (1)"));
    for (int i = 0; i < 3; ++i)
        exec(db, QStringLiteral("INSERT INTO child VALUES (1)"));
    REQUIRE(exec(db, QStringLiteral("DELETE FROM parent WHERE id = 1")).numRowsAffected() == 1);
    REQUIRE(exec(db, QStringLiteral("CREATE TABLE unrelated (x INTEGER)")).numRowsAffected() == 0);
}

TEST_CASE("Driver: a rolled-back transaction leaves nothing, a committed one stays")
{
    TemporaryDatabase fixture;
    QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);

    REQUIRE(db.transaction());
    exec(db, QStringLiteral("INSERT INTO samples (count) VALUES (1)"));
    REQUIRE(db.rollback());
    REQUIRE(db.transaction());
    exec(db, QStringLiteral("INSERT INTO samples (count) VALUES (2)"));
    REQUIRE(db.commit());

    QSqlQuery select = exec(db, QStringLiteral("SELECT group_concat(count) FROM samples"));
    REQUIRE(select.next());
    REQUIRE(select.value(0).toString() == QStringLiteral("2"));
}

TEST_CASE("Driver: forward-only iteration visits every row once and stops")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    for (int i = 0; i < 5; ++i)
        exec(db, QStringLiteral("INSERT INTO samples (count) VALUES (%1)").arg(i));

    QSqlQuery select(db);
    select.setForwardOnly(true);
    REQUIRE(select.exec(QStringLiteral("SELECT count FROM samples ORDER BY count")));
    REQUIRE(select.isSelect());
    REQUIRE(select.size() == -1);
    int expected = 0;
    while (select.next())
        REQUIRE(select.value(0).toInt() == expected++);
    REQUIRE(expected == 5);
    REQUIRE_FALSE(select.next());
    REQUIRE_FALSE(select.previous());
}

TEST_CASE("Driver: a scrollable query can go back by running the statement again")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    for (int i = 0; i < 3; ++i)
        exec(db, QStringLiteral("INSERT INTO samples (count) VALUES (%1)").arg(i * 10));

    QSqlQuery select(db);
    REQUIRE(select.exec(QStringLiteral("SELECT count FROM samples ORDER BY count")));
    REQUIRE(select.last());
    REQUIRE(select.value(0).toInt() == 20);
    REQUIRE(select.first());
    REQUIRE(select.value(0).toInt() == 0);
    REQUIRE(select.seek(1));
    REQUIRE(select.value(0).toInt() == 10);
}

TEST_CASE("Driver: errors carry the SQLite result code")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    exec(db, QStringLiteral("CREATE TABLE unique_names (name TEXT UNIQUE)"));
    exec(db, QStringLiteral("INSERT INTO unique_names VALUES ('Zoë')"));

    QSqlQuery duplicate(db);
    REQUIRE_FALSE(duplicate.exec(QStringLiteral("INSERT INTO unique_names VALUES ('Zoë')")));
    REQUIRE(duplicate.lastError().nativeErrorCode() == QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE

    QSqlQuery syntax(db);
    REQUIRE_FALSE(syntax.exec(QStringLiteral("SELEC nonsense")));
    REQUIRE(syntax.lastError().nativeErrorCode() == QStringLiteral("1")); // SQLITE_ERROR
    REQUIRE(syntax.lastError().type() == QSqlError::StatementError);
}

TEST_CASE("Driver: a query with a second statement hidden in it is refused")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    exec(db, QStringLiteral("CREATE TABLE t (x INTEGER)"));
    QSqlQuery query(db);
    REQUIRE_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (1); DROP TABLE t")));
    REQUIRE(db.tables().contains(QStringLiteral("t")));
}

TEST_CASE("Driver: tables and record describe the schema")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    REQUIRE(db.tables().contains(QStringLiteral("samples")));
    const QSqlRecord record = db.record(QStringLiteral("samples"));
    REQUIRE(record.count() == 9);
    REQUIRE(record.field(QStringLiteral("at")).metaType().id() == QMetaType::QDateTime);
    REQUIRE(record.field(QStringLiteral("count")).metaType().id() == QMetaType::LongLong);
}

TEST_CASE("The process never loads Qt's QSQLITE plugin next to SQLCipher")
{
    TemporaryDatabase fixture;
    REQUIRE(fixture.database().connection().driverName() == QLatin1String(SqlCipherDriver::driverName));
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    REQUIRE_FALSE(maps.readAll().contains("libqsqlite"));
}

// Issue 11: the driver keeps prepared statements for the next query with the same text
// (SqlCipherStatementCache). A kept statement must behave exactly like a new one.
TEST_CASE("Driver: a statement kept for reuse answers the next query with its own values, also while the same text is open elsewhere, and after the schema changed")
{
    TemporaryDatabase fixture;
    const QSqlDatabase db = fixture.database().connection();
    createValuesTable(db);
    const QString insert = QStringLiteral("INSERT INTO samples (name, count) VALUES (?, ?)");
    for (int i = 0; i < 5; ++i) {
        QSqlQuery query(db);
        REQUIRE(query.prepare(insert));
        query.addBindValue(QStringLiteral("naam %1").arg(i));
        query.addBindValue(i);
        REQUIRE(query.exec());
        REQUIRE(query.lastInsertId().toLongLong() == i + 1);
    }
    const QString select = QStringLiteral("SELECT name FROM samples WHERE count >= ? ORDER BY id");
    const auto namesFrom = [&](int count) {
        QSqlQuery query(db);
        REQUIRE(query.prepare(select));
        query.addBindValue(count);
        REQUIRE(query.exec());
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names;
    };
    REQUIRE(namesFrom(3) == QStringList{QStringLiteral("naam 3"), QStringLiteral("naam 4")});
    REQUIRE(namesFrom(4) == QStringList{QStringLiteral("naam 4")});

    // The same text twice at once: the second gets a statement of its own.
    QSqlQuery open(db);
    REQUIRE(open.prepare(select));
    open.addBindValue(0);
    REQUIRE(open.exec());
    REQUIRE(open.next());
    REQUIRE(namesFrom(2).size() == 3);
    REQUIRE(open.value(0).toString() == QStringLiteral("naam 0"));
    REQUIRE(open.next());
    REQUIRE(open.value(0).toString() == QStringLiteral("naam 1"));
    open.finish();

    // A kept statement of a changed table reads the table as it is now.
    exec(db, QStringLiteral("ALTER TABLE samples ADD COLUMN extra TEXT"));
    exec(db, QStringLiteral("DELETE FROM samples WHERE count < 4"));
    REQUIRE(namesFrom(0) == QStringList{QStringLiteral("naam 4")});
}
