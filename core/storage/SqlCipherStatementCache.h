#pragma once

#include <QByteArray>
#include <QMultiHash>
#include <QSqlRecord>

struct sqlite3_stmt;

namespace casusregie {

// Prepared statements of one connection kept for the next query with the same text (issue 11):
// parsing and planning a statement costs more than running a small one, and the service runs
// the same few dozen statements all day. A statement comes back reset and with its values
// cleared, so it holds no data; a full cache finalizes what is returned to it.
class SqlCipherStatementCache {
public:
    static constexpr qsizetype capacity = 128;

    struct Entry {
        sqlite3_stmt *statement = nullptr;
        QSqlRecord record; // the statement's columns, built once
    };

    SqlCipherStatementCache() = default;
    SqlCipherStatementCache(const SqlCipherStatementCache &) = delete;
    SqlCipherStatementCache &operator=(const SqlCipherStatementCache &) = delete;
    ~SqlCipherStatementCache() { clear(); }

    // A kept statement for this text, taken out of the cache; an empty entry when there is none.
    Entry take(const QByteArray &sql);
    void give(const QByteArray &sql, Entry entry);
    // Finalizes every kept statement: before the connection closes.
    void clear();

private:
    QMultiHash<QByteArray, Entry> m_entries;
};

} // namespace casusregie
