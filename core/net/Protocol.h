#pragma once

#include "common/Result.h"
#include "net/Wire.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <optional>

namespace casusregie::protocol {

// The application's view of the wire format (docs/protocol.md), over net/Wire.h.
using wire::frame;
using wire::maxFrameBytes;
using wire::maxNestingDepth;
using wire::version;

// Collects bytes from a stream and hands out whole frames; a length over the limit is an error.
class FrameReader {
public:
    Status append(const QByteArray &bytes);
    std::optional<QByteArray> next() { return m_reader.next(); }
    void setLimit(int maxBytes) { m_reader.setLimit(maxBytes); }
    qsizetype pendingBytes() const { return m_reader.pendingBytes(); }

private:
    wire::FrameReader m_reader;
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

Result<Request> decodeRequest(const QByteArray &payload);
QCborMap encodeRequest(const Request &request);
Result<Response> decodeResponse(const QByteArray &payload);
QCborMap encodeResult(qint64 id, const QCborValue &result);
QCborMap encodeError(qint64 id, const Error &error);

} // namespace casusregie::protocol
