#include "storage/NeverReusedIds.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QRegularExpression>
#include <QStringList>

namespace casusregie {

namespace {

struct TableToRebuild {
    QString name;
    QString createSql;
    QStringList indexSql;
};

const QRegularExpression &plainIntegerKey()
{
    static const QRegularExpression key(QStringLiteral(R"(\bid INTEGER PRIMARY KEY\b(?! AUTOINCREMENT))"));
    return key;
}

Result<QList<TableToRebuild>> tablesWithReusableIds(const QSqlDatabase &db)
{
    auto tables = listOf<TableToRebuild>(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                                         {}, [](const QSqlQuery &row) {
                                             return TableToRebuild{row.value(0).toString(), row.value(1).toString(), {}};
                                         });
    if (!tables)
        return tables;
    QList<TableToRebuild> reusable;
    for (TableToRebuild &table : *tables) {
        if (!plainIntegerKey().match(table.createSql).hasMatch())
            continue;
        auto indexes = listOf<QString>(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                                          "AND tbl_name = ? AND sql IS NOT NULL"),
                                       {table.name}, [](const QSqlQuery &row) { return row.value(0).toString(); });
        if (!indexes)
            return std::unexpected(indexes.error());
        table.indexSql = *indexes;
        reusable << table;
    }
    return reusable;
}

Status runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto done = execSql(db, statement); !done)
            return done;
    }
    return {};
}

Status rebuild(const QSqlDatabase &db, const TableToRebuild &table)
{
    const QString copy = table.name + QStringLiteral("_herbouw");
    QString createSql = table.createSql;
    createSql.replace(plainIntegerKey(), QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT"));
    const QRegularExpression tableName(QStringLiteral(R"(^CREATE TABLE\s+"?%1"?)").arg(table.name));
    createSql.replace(tableName, QStringLiteral("CREATE TABLE ") + copy);

    // Dropping the table drops its indexes; they are made again under their own names.
    QStringList statements{createSql,
                           QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(copy, table.name),
                           QStringLiteral("DROP TABLE %1").arg(table.name),
                           QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(copy, table.name)};
    statements << table.indexSql;
    return runAll(db, statements);
}

// Casus ids of casussen destroyed before this migration are known only from the audit log.
Status startCasusIdsAfterAuditedOnes(const QSqlDatabase &db)
{
    return runAll(db, {QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'casus', 0 "
                                      "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'casus')"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, "
                                      "(SELECT coalesce(max(casus_id), 0) FROM audit_log)) WHERE name = 'casus'")});
}

} // namespace

Status rebuildTablesWithNeverReusedIds(Database &database)
{
    const QSqlDatabase db = database.connection();
    auto tables = tablesWithReusableIds(db);
    if (!tables)
        return std::unexpected(tables.error());
    for (const TableToRebuild &table : *tables) {
        if (auto done = rebuild(db, table); !done)
            return done;
    }
    return startCasusIdsAfterAuditedOnes(db);
}

} // namespace casusregie
