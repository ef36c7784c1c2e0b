#pragma once

#include "common/Result.h"
#include "domain/EnumTraits.h"

#include <QList>
#include <QSqlQuery>
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
    {
    }

    QVariant value(int column) const { return m_query.value(column); }

    template <typename E>
    E enumAt(int column)
    {
        const QString key = m_query.value(column).toString();
        if (const auto known = enumFromKey<E>(key))
            return *known;
        if (!m_unknownKey)
            m_unknownKey = key;
        return EnumTraits<E>::entries.front().value; // never returned: status() fails the row
    }

    // A column of comma-separated keys; an unknown one fails the row like any other.
    template <typename E>
    QList<E> enumListAt(int column)
    {
        QList<E> values;
        const QStringList keys = m_query.value(column).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
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
    E enumAtOrUnset(int column, E unset)
    {
        return m_query.value(column).isNull() ? unset : enumAt<E>(column);
    }

    // Every enum read so far was known.
    Status status() const
    {
        if (!m_unknownKey)
            return {};
        // The key is a stored code word, never personal data, so it may be named.
        return fail(ErrorCode::DatabaseCorrupt,
                    QStringLiteral("De database bevat een waarde die dit programma niet kent (\"%1\"). "
                                   "Er is niets gewijzigd; meld dit bij functioneel beheer.")
                        .arg(m_unknownKey->left(40)));
    }

private:
    const QSqlQuery &m_query;
    std::optional<QString> m_unknownKey;
};

// Maps the row the query is on, failing when a stored value is unknown.
template <typename T, typename RowToValue>
Result<T> valueOf(const QSqlQuery &query, RowToValue rowToValue)
{
    StoredRow row(query);
    T value = rowToValue(row);
    if (auto readable = row.status(); !readable)
        return std::unexpected(readable.error());
    return value;
}

} // namespace casusregie
