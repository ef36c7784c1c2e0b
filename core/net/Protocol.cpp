#include "net/Protocol.h"

#include "domain/EnumTraits.h"

#include <QCborArray>
#include <QtEndian>

#include <array>

namespace casusregie {

template <>
struct EnumTraits<ErrorCode> {
    static constexpr std::array entries{
        EnumEntry<ErrorCode>{ErrorCode::InvalidArgument, "invalid_argument", ""},
        EnumEntry<ErrorCode>{ErrorCode::NotFound, "not_found", ""},
        EnumEntry<ErrorCode>{ErrorCode::AlreadyExists, "already_exists", ""},
        EnumEntry<ErrorCode>{ErrorCode::Conflict, "conflict", ""},
        EnumEntry<ErrorCode>{ErrorCode::TransitionNotAllowed, "transition_not_allowed", ""},
        EnumEntry<ErrorCode>{ErrorCode::GuardFailed, "guard_failed", ""},
        EnumEntry<ErrorCode>{ErrorCode::FileMissing, "file_missing", ""},
        EnumEntry<ErrorCode>{ErrorCode::FileUnreadable, "file_unreadable", ""},
        EnumEntry<ErrorCode>{ErrorCode::KeyFileTooOpen, "key_file_too_open", ""},
        EnumEntry<ErrorCode>{ErrorCode::KeyFileInvalid, "key_file_invalid", ""},
        EnumEntry<ErrorCode>{ErrorCode::WrongKeyOrNotADatabase, "wrong_key", ""},
        EnumEntry<ErrorCode>{ErrorCode::DatabaseNewerThanProgram, "database_newer", ""},
        EnumEntry<ErrorCode>{ErrorCode::DatabaseCorrupt, "database_corrupt", ""},
        EnumEntry<ErrorCode>{ErrorCode::StorageFailure, "storage_failure", ""},
        EnumEntry<ErrorCode>{ErrorCode::CryptoFailure, "crypto_failure", ""},
        EnumEntry<ErrorCode>{ErrorCode::AuthenticationFailed, "authentication_failed", ""},
        EnumEntry<ErrorCode>{ErrorCode::AccessDenied, "access_denied", ""},
    };
};

namespace protocol {

namespace {

Error malformed(const QString &what)
{
    return Error{ErrorCode::InvalidArgument, QStringLiteral("Ongeldig bericht: %1.").arg(what)};
}

Result<QCborMap> decodeMessage(const QByteArray &payload)
{
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(payload, &parseError);
    if (parseError.error != QCborError::NoError)
        return std::unexpected(malformed(QStringLiteral("geen geldige CBOR")));
    if (!value.isMap())
        return std::unexpected(malformed(QStringLiteral("geen map")));
    if (auto limited = checkLimits(value); !limited)
        return std::unexpected(limited.error());
    const QCborMap map = value.toMap();
    if (map.value(QStringLiteral("v")).toInteger(-1) != version)
        return std::unexpected(malformed(QStringLiteral("onbekende protocolversie")));
    if (!map.value(QStringLiteral("id")).isInteger())
        return std::unexpected(malformed(QStringLiteral("id ontbreekt")));
    return map;
}

} // namespace

QByteArray frame(const QCborMap &message)
{
    const QByteArray payload = message.toCborValue().toCbor();
    QByteArray out(4, '\0');
    qToBigEndian(quint32(payload.size()), out.data());
    return out + payload;
}

Status FrameReader::append(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= 4) {
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
        if (length == 0 || length > quint32(maxFrameBytes))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Ongeldig bericht: frame te groot of leeg."));
    }
    return {};
}

std::optional<QByteArray> FrameReader::next()
{
    if (m_buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (m_buffer.size() < qsizetype(4 + length))
        return std::nullopt;
    QByteArray payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);
    return payload;
}

Status checkLimits(const QCborValue &value, int depth)
{
    if (depth > maxNestingDepth)
        return std::unexpected(malformed(QStringLiteral("te diep genest")));
    if (value.isString() && value.toString().size() > maxStringBytes)
        return std::unexpected(malformed(QStringLiteral("tekst te lang")));
    if (value.isByteArray() && value.toByteArray().size() > maxStringBytes)
        return std::unexpected(malformed(QStringLiteral("bytes te lang")));
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        if (array.size() > maxArrayItems)
            return std::unexpected(malformed(QStringLiteral("lijst te lang")));
        for (const QCborValue &item : array) {
            if (auto ok = checkLimits(item, depth + 1); !ok)
                return ok;
        }
    }
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        if (map.size() > maxMapEntries)
            return std::unexpected(malformed(QStringLiteral("map te groot")));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!it.key().isString())
                return std::unexpected(malformed(QStringLiteral("sleutel is geen tekst")));
            if (auto ok = checkLimits(it.value(), depth + 1); !ok)
                return ok;
        }
    }
    return {};
}

Result<Request> decodeRequest(const QByteArray &payload)
{
    auto map = decodeMessage(payload);
    if (!map)
        return std::unexpected(map.error());
    const QCborValue op = map->value(QStringLiteral("op"));
    const QCborValue args = map->value(QStringLiteral("args"));
    const QCborValue token = map->value(QStringLiteral("token"));
    if (!op.isString() || (!args.isMap() && !args.isUndefined()) || (!token.isString() && !token.isUndefined()))
        return std::unexpected(malformed(QStringLiteral("op, args of token heeft het verkeerde type")));
    return Request{map->value(QStringLiteral("id")).toInteger(), op.toString(), token.toString(), args.toMap()};
}

QCborMap encodeRequest(const Request &request)
{
    QCborMap map{{QStringLiteral("v"), version}, {QStringLiteral("id"), request.id}, {QStringLiteral("op"), request.op},
                 {QStringLiteral("args"), request.args}};
    if (!request.token.isEmpty())
        map[QStringLiteral("token")] = request.token;
    return map;
}

Result<Response> decodeResponse(const QByteArray &payload)
{
    auto map = decodeMessage(payload);
    if (!map)
        return std::unexpected(map.error());
    Response response;
    response.id = map->value(QStringLiteral("id")).toInteger();
    response.ok = map->value(QStringLiteral("ok")).toBool();
    if (response.ok) {
        response.result = map->value(QStringLiteral("result"));
    } else {
        const QCborMap error = map->value(QStringLiteral("error")).toMap();
        response.error = Error{enumFromKey<ErrorCode>(error.value(QStringLiteral("code")).toString()).value_or(ErrorCode::StorageFailure),
                               error.value(QStringLiteral("message")).toString()};
    }
    return response;
}

QCborMap encodeResult(qint64 id, const QCborValue &result)
{
    return QCborMap{{QStringLiteral("v"), version}, {QStringLiteral("id"), id}, {QStringLiteral("ok"), true},
                    {QStringLiteral("result"), result}};
}

QCborMap encodeError(qint64 id, const Error &error)
{
    return QCborMap{{QStringLiteral("v"), version},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("ok"), false},
                    {QStringLiteral("error"),
                     QCborMap{{QStringLiteral("code"), enumKey(error.code)}, {QStringLiteral("message"), error.message}}}};
}

} // namespace protocol

} // namespace casusregie
