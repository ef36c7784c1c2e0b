#pragma once

#include "common/Result.h"
#include "domain/EnumTraits.h"

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace casusregie {

// One stored row as a repository maps it to a domain value. A stored enum key that this program
// does not know (an altered or damaged database, or one written by a newer version) makes the
// row unreadable; it is never read back as some default (issue 9, point 21).
class StoredRow {
public:
    explicit StoredRow(const QSqlQuery &query)
        : m_query(query)
        , m_ownColumns(query.record())
        , m_columns(*m_ownColumns)
    {
    }
    // For every row of one query: the column names are looked up once.
    StoredRow(const QSqlQuery &query, const QSqlRecord &columns)
        : m_query(query)
        , m_columns(columns)
    {
    }
    StoredRow(const StoredRow &) = delete;
    StoredRow &operator=(const StoredRow &) = delete;

    // Columns are read by their name in the SELECT, so a changed column order reads nothing wrong.
    QVariant value(const char *column)
    {
        const int index = indexOf(column);
        return index < 0 ? QVariant() : m_query.value(index);
    }
    QVariant value(int) = delete; // by name only (a literal 0 would otherwise pass as a null name)
    template <typename E>
    E enumAt(int) = delete;
    template <typename E>
    QList<E> enumListAt(int) = delete;

    template <typename E>
    E enumAt(const char *column)
    {
        const QString key = value(column).toString();
        if (const auto known = enumFromKey<E>(key))
            return *known;
        if (!m_unknownKey)
            m_unknownKey = key;
        return EnumTraits<E>::entries.front().value; // never returned: status() fails the row
    }

    // A column of comma-separated keys; an unknown one fails the row like any other.
    template <typename E>
    QList<E> enumListAt(const char *column)
    {
        QList<E> values;
        const QStringList keys = value(column).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : keys) {
            if (const auto known = enumFromKey<E>(key))
                values << *known;
            else if (!m_unknownKey)
                m_unknownKey = key;
        }
        return values;
    }

    // For a column that holds no value when the choice does not apply (NULL): then `unset`.
    template <typename E>
    E enumAtOrUnset(const char *column, E unset)
    {
        return value(column).isNull() ? unset : enumAt<E>(column);
    }

    // Every column asked for was there and every enum read so far was known.
    Status status() const
    {
        if (m_missingColumn) // a mapper asks for a column its SELECT does not have: a programming error
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("Interne fout: de kolom %1 ontbreekt in de zoekvraag.").arg(*m_missingColumn));
        if (!m_unknownKey)
            return {};
        // The key is a stored code word, never personal data, so it may be named.
        return fail(ErrorCode::DatabaseCorrupt,
                    QStringLiteral("De database bevat een waarde die dit programma niet kent (\"%1\"). "
                                   "Er is niets gewijzigd; meld dit bij functioneel beheer.")
                        .arg(m_unknownKey->left(40)));
    }

private:
    int indexOf(const char *column)
    {
        const int index = m_columns.indexOf(QLatin1String(column));
        if (index < 0 && !m_missingColumn)
            m_missingColumn = QLatin1String(column);
        return index;
    }

    const QSqlQuery &m_query;
    std::optional<QSqlRecord> m_ownColumns;
    const QSqlRecord &m_columns;
    std::optional<QString> m_unknownKey;
    std::optional<QString> m_missingColumn;
};

// Maps the row the query is on, failing when a stored value is unknown.
template <typename T, typename RowToValue>
Result<T> valueOf(const QSqlQuery &query, const QSqlRecord &columns, RowToValue rowToValue)
{
    StoredRow row(query, columns);
    T value = rowToValue(row);
    if (auto readable = row.status(); !readable)
        return std::unexpected(readable.error());
    return value;
}

template <typename T, typename RowToValue>
Result<T> valueOf(const QSqlQuery &query, RowToValue rowToValue)
{
    return valueOf<T>(query, query.record(), rowToValue);
}

} // namespace casusregie
