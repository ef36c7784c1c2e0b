#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <optional>

namespace casusregie::protocol {

// The wire format (docs/protocol.md): frames of a 4-byte big-endian length and a CBOR map.
inline constexpr qint64 version = 1;
inline constexpr int maxFrameBytes = 1 << 20;      // 1 MiB
inline constexpr int maxNestingDepth = 16;
inline constexpr int maxStringBytes = 256 * 1024;
inline constexpr int maxArrayItems = 10000;
inline constexpr int maxMapEntries = 1000;

QByteArray frame(const QCborMap &message);

// Collects bytes from a stream and hands out whole frames. A length over the limit is an error:
// the connection that sent it is closed.
class FrameReader {
public:
    Status append(const QByteArray &bytes);
    std::optional<QByteArray> next();

private:
    QByteArray m_buffer;
};

struct Request {
    qint64 id = 0;
    QString op;
    QString token; // empty before login
    QCborMap args;
};

struct Response {
    qint64 id = 0;
    bool ok = false;
    QCborValue result;
    Error error;
};

// Checks the limits of a decoded CBOR value: nesting, string, array and map sizes.
Status checkLimits(const QCborValue &value, int depth = 0);

Result<Request> decodeRequest(const QByteArray &payload);
QCborMap encodeRequest(const Request &request);
Result<Response> decodeResponse(const QByteArray &payload);
QCborMap encodeResult(qint64 id, const QCborValue &result);
QCborMap encodeError(qint64 id, const Error &error);

} // namespace casusregie::protocol
