#include "storage/SqlCipherStatementCache.h"

#include <sqlite3.h>

namespace casusregie {

SqlCipherStatementCache::Entry SqlCipherStatementCache::take(const QByteArray &sql)
{
    const auto found = m_entries.find(sql);
    if (found == m_entries.end())
        return {};
    Entry entry = found.value();
    m_entries.erase(found);
    return entry;
}

void SqlCipherStatementCache::give(const QByteArray &sql, Entry entry)
{
    sqlite3_reset(entry.statement);
    sqlite3_clear_bindings(entry.statement);
    if (m_entries.size() >= capacity) {
        sqlite3_finalize(entry.statement);
        return;
    }
    m_entries.insert(sql, std::move(entry));
}

void SqlCipherStatementCache::clear()
{
    for (const Entry &entry : std::as_const(m_entries))
        sqlite3_finalize(entry.statement);
    m_entries.clear();
}

} // namespace casusregie
