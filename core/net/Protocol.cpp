#include "net/Protocol.h"

#include "domain/EnumTraits.h"


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
        EnumEntry<ErrorCode>{ErrorCode::SessionEnded, "session_ended", ""},
        EnumEntry<ErrorCode>{ErrorCode::ConnectionLost, "connection_lost", ""},
    };
};

namespace protocol {

namespace {

Error malformed(const QString &problem)
{
    return Error{ErrorCode::InvalidArgument, problem};
}

} // namespace

Status FrameReader::append(const QByteArray &bytes)
{
    if (!m_reader.append(bytes))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Ongeldig bericht: frame te groot of leeg."));
    return {};
}

Result<Request> decodeRequest(const QByteArray &payload)
{
    QString problem;
    const auto parsed = wire::parseRequest(payload, &problem);
    if (!parsed)
        return std::unexpected(malformed(problem));
    return Request{parsed->id, parsed->op, parsed->token, parsed->args};
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
    QString problem;
    const auto parsed = wire::parseResponse(payload, &problem);
    if (!parsed)
        return std::unexpected(malformed(problem));
    Response response;
    response.id = parsed->id;
    response.ok = parsed->ok;
    response.result = parsed->result;
    if (!parsed->ok)
        response.error = Error{enumFromKey<ErrorCode>(parsed->errorCode).value_or(ErrorCode::StorageFailure), parsed->errorMessage};
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
