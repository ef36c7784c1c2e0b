#pragma once

#include "domain/EnumTraits.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <tuple>
#include <type_traits>

namespace casusregie::cbor {

// Structs travel as CBOR maps. Each struct lists its fields once, in a CborFields specialisation:
//   template <> struct CborFields<Betrokkene> { static constexpr auto fields = std::tuple{
//       field("id", &Betrokkene::id), field("naam", &Betrokkene::naam), ... }; };
// and encode()/decode() below do the rest, for every struct the same way.

template <typename T, typename M>
struct Field {
    const char *name;
    M T::*member;
};

template <typename T, typename M>
constexpr Field<T, M> field(const char *name, M T::*member)
{
    return Field<T, M>{name, member};
}

template <typename T>
struct CborFields; // specialised per struct in CborSchema.h

template <typename T, typename = void>
struct IsStruct : std::false_type {};
template <typename T>
struct IsStruct<T, std::void_t<decltype(CborFields<T>::fields)>> : std::true_type {};

template <typename T, typename = void>
struct IsEnum : std::false_type {};
template <typename T>
struct IsEnum<T, std::void_t<decltype(EnumTraits<T>::entries)>> : std::true_type {};

template <typename T>
struct IsList : std::false_type {};
template <typename T>
struct IsList<QList<T>> : std::true_type {};

template <typename T>
struct IsMap : std::false_type {};
template <typename K, typename V>
struct IsMap<QMap<K, V>> : std::true_type {};

// Decoding never guesses: an unknown enum key (or a value of the wrong kind where a struct is
// expected) marks the decode as failed, and whoever decodes checks the guard before using the value.
class DecodeGuard {
public:
    DecodeGuard() { failures() = 0; }
    bool failed() const { return failures() > 0; }
    static void markFailed() { ++failures(); }

private:
    static int &failures()
    {
        thread_local int count = 0;
        return count;
    }
};

template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <typename T>
QCborValue encode(const T &value);
template <typename T>
T decode(const QCborValue &value);

template <typename T>
QCborValue encode(const T &value)
{
    if constexpr (IsStruct<T>::value) {
        QCborMap map;
        std::apply([&](const auto &...f) { ((map[QLatin1String(f.name)] = encode(value.*(f.member))), ...); },
                   CborFields<T>::fields);
        return map;
    } else if constexpr (IsEnum<T>::value) {
        return enumKey(value);
    } else if constexpr (IsList<T>::value) {
        QCborArray array;
        for (const auto &item : value)
            array.append(encode(item));
        return array;
    } else if constexpr (IsMap<T>::value) {
        QCborMap map;
        for (auto it = value.cbegin(); it != value.cend(); ++it) {
            if constexpr (std::is_integral_v<typename T::key_type>)
                map[QString::number(it.key())] = encode(it.value());
            else
                map[it.key()] = encode(it.value());
        }
        return map;
    } else if constexpr (IsOptional<T>::value) {
        return value ? encode(*value) : QCborValue(QCborValue::Null);
    } else if constexpr (std::is_same_v<T, bool>) {
        return value;
    } else if constexpr (std::is_integral_v<T>) {
        return qint64(value);
    } else if constexpr (std::is_floating_point_v<T>) {
        return double(value);
    } else if constexpr (std::is_same_v<T, QString>) {
        return value;
    } else if constexpr (std::is_same_v<T, QByteArray>) {
        return value;
    } else if constexpr (std::is_same_v<T, QDate>) {
        return value.isValid() ? QCborValue(value.toString(Qt::ISODate)) : QCborValue(QCborValue::Null);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return value.isValid() ? QCborValue(value.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
    } else {
        static_assert(sizeof(T) == 0, "no CBOR encoding for this type");
    }
}

template <typename T>
T decode(const QCborValue &value)
{
    if constexpr (IsStruct<T>::value) {
        T result{};
        if (!value.isMap() && !value.isUndefined())
            DecodeGuard::markFailed();
        const QCborMap map = value.toMap();
        std::apply(
            [&](const auto &...f) {
                ((result.*(f.member) = decode<std::remove_cvref_t<decltype(result.*(f.member))>>(map.value(QLatin1String(f.name)))),
                 ...);
            },
            CborFields<T>::fields);
        return result;
    } else if constexpr (IsEnum<T>::value) {
        const auto known = enumFromKey<T>(value.toString());
        if (!known)
            DecodeGuard::markFailed();
        return known.value_or(EnumTraits<T>::entries.front().value);
    } else if constexpr (IsList<T>::value) {
        T result;
        for (const QCborValue &item : value.toArray())
            result.append(decode<typename T::value_type>(item));
        return result;
    } else if constexpr (IsMap<T>::value) {
        T result;
        const QCborMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if constexpr (std::is_integral_v<typename T::key_type>)
                result.insert(typename T::key_type(it.key().toString().toLongLong()), decode<typename T::mapped_type>(it.value()));
            else
                result.insert(it.key().toString(), decode<typename T::mapped_type>(it.value()));
        }
        return result;
    } else if constexpr (IsOptional<T>::value) {
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        return decode<typename T::value_type>(value);
    } else if constexpr (std::is_same_v<T, bool>) {
        return value.toBool();
    } else if constexpr (std::is_integral_v<T>) {
        if (value.isInteger())
            return T(value.toInteger());
        if (!value.isUndefined() && !value.isNull())
            DecodeGuard::markFailed(); // never convert a double: out of range it is undefined behaviour
        return T{};
    } else if constexpr (std::is_floating_point_v<T>) {
        return T(value.toDouble());
    } else if constexpr (std::is_same_v<T, QString>) {
        return value.toString();
    } else if constexpr (std::is_same_v<T, QByteArray>) {
        return value.toByteArray();
    } else if constexpr (std::is_same_v<T, QDate>) {
        return QDate::fromString(value.toString(), Qt::ISODate);
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    } else {
        static_assert(sizeof(T) == 0, "no CBOR decoding for this type");
    }
}

} // namespace casusregie::cbor
