#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <optional>

// The wire format at its lowest level: framing, limits and the shape of requests and answers.
// Deliberately free of the rest of core (and of std::expected), so the fuzz target in
// tests/fuzz can build it with clang and libFuzzer; Protocol.h wraps it for the application.
namespace casusregie::wire {

inline constexpr qint64 version = 1;
inline constexpr int maxFrameBytes = 1 << 20; // 1 MiB
inline constexpr int maxNestingDepth = 16;
inline constexpr int maxStringBytes = 256 * 1024;
inline constexpr int maxArrayItems = 10000;
inline constexpr int maxMapEntries = 1000;

QByteArray frame(const QCborMap &message);

// Collects bytes from a stream and hands out whole frames. `append` returns false when a frame
// announces a length of 0 or over the limit: the connection that sent it is closed. The server
// lowers the limit until a connection has logged in, so a stranger cannot make it hold a megabyte.
class FrameReader {
public:
    bool append(const QByteArray &bytes);
    std::optional<QByteArray> next();
    void setLimit(int maxBytes) { m_limit = maxBytes; }
    // Bytes of a frame that has not arrived whole yet.
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    int m_limit = maxFrameBytes;
};

// What is wrong with a decoded value, or nothing: nesting, string, array and map sizes.
std::optional<QString> limitViolation(const QCborValue &value, int depth = 0);

struct ParsedRequest {
    qint64 id = 0;
    QString op;
    QString token;
    QCborMap args;
};

struct ParsedResponse {
    qint64 id = 0;
    bool ok = false;
    QCborValue result;
    QString errorCode;
    QString errorMessage;
};

// Both give nothing and set `problem` (a Dutch sentence) when the payload is not a valid message.
std::optional<ParsedRequest> parseRequest(const QByteArray &payload, QString *problem);
std::optional<ParsedResponse> parseResponse(const QByteArray &payload, QString *problem);

} // namespace casusregie::wire
