#pragma once

#include <QString>

#include <optional>

namespace casusregie {

// One table per domain enum gives its stable storage key and its Dutch label, so that
// conversions are written once, generically, instead of a switch per enum.
template <typename E>
struct EnumEntry {
    E value;
    const char *key;   // stored in the database and on the wire; never changes
    const char *label; // Dutch, UTF-8, for people
};

template <typename E>
struct EnumTraits; // specialised next to each enum with `static constexpr std::array entries`

template <typename E>
QString enumKey(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E>
QString enumLabel(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QString::fromUtf8(entry.label);
    }
    return {};
}

template <typename E>
std::optional<E> enumFromKey(const QString &key)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
constexpr auto allEnumValues()
{
    std::array<E, EnumTraits<E>::entries.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumTraits<E>::entries[i].value;
    return values;
}

} // namespace casusregie
