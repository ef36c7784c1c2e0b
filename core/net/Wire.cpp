#include "net/Wire.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QtEndian>

namespace casusregie::wire {

namespace {

std::optional<QString> malformed(const QString &what)
{
    return QStringLiteral("Ongeldig bericht: %1.").arg(what);
}

// Walks the raw CBOR with the stream reader and checks every limit before QCborValue builds anything:
// the fuzzer showed QCborValue::fromCbor misbehaving on announced container sizes it cannot hold.
std::optional<QString> streamViolation(QCborStreamReader &reader, int depth)
{
    if (depth > maxNestingDepth)
        return malformed(QStringLiteral("te diep genest"));
    if (reader.isArray() || reader.isMap()) {
        const qint64 limit = reader.isMap() ? qint64(maxMapEntries) * 2 : qint64(maxArrayItems);
        if (reader.isLengthKnown() && reader.length() > quint64(limit))
            return malformed(QStringLiteral("lijst of map te groot"));
        if (!reader.enterContainer())
            return malformed(QStringLiteral("geen geldige CBOR"));
        qint64 items = 0;
        while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
            if (++items > limit)
                return malformed(QStringLiteral("lijst of map te groot"));
            if (auto wrong = streamViolation(reader, depth + 1))
                return wrong;
        }
        if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
            return malformed(QStringLiteral("geen geldige CBOR"));
        return std::nullopt;
    }
    if (reader.isString() || reader.isByteArray()) {
        if (reader.isLengthKnown() && reader.length() > quint64(maxStringBytes))
            return malformed(QStringLiteral("tekst te lang"));
        qint64 total = 0;
        const auto readAll = [&](auto readChunk) -> std::optional<QString> {
            while (true) {
                const auto chunk = readChunk();
                if (chunk.status == QCborStreamReader::Error)
                    return malformed(QStringLiteral("geen geldige CBOR"));
                if (chunk.status == QCborStreamReader::EndOfString)
                    return std::nullopt;
                total += chunk.data.size();
                if (total > maxStringBytes)
                    return malformed(QStringLiteral("tekst te lang"));
            }
        };
        return reader.isString() ? readAll([&] { return reader.readString(); })
                                 : readAll([&] { return reader.readByteArray(); });
    }
    if (reader.isTag()) {
        if (!reader.next())
            return malformed(QStringLiteral("geen geldige CBOR"));
        return streamViolation(reader, depth + 1);
    }
    if (reader.isInvalid() || !reader.next())
        return malformed(QStringLiteral("geen geldige CBOR"));
    return std::nullopt;
}

std::optional<QCborMap> parseMessage(const QByteArray &payload, QString *problem)
{
    QCborStreamReader reader(payload);
    std::optional<QString> streamed = reader.isMap() ? streamViolation(reader, 0) : malformed(QStringLiteral("geen map"));
    if (!streamed && (reader.lastError() != QCborError::NoError || reader.currentOffset() != payload.size()))
        streamed = malformed(QStringLiteral("geen geldige CBOR of gegevens na het bericht"));
    if (streamed) {
        if (problem)
            *problem = *streamed;
        return std::nullopt;
    }

    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(payload, &parseError);
    std::optional<QString> wrong;
    if (parseError.error != QCborError::NoError)
        wrong = malformed(QStringLiteral("geen geldige CBOR"));
    else if (!value.isMap())
        wrong = malformed(QStringLiteral("geen map"));
    else
        wrong = limitViolation(value);
    const QCborMap map = value.toMap();
    // isInteger() first: toInteger() of a huge double is undefined behaviour inside Qt (found by the fuzzer).
    const QCborValue messageVersion = map.value(QStringLiteral("v"));
    if (!wrong && (!messageVersion.isInteger() || messageVersion.toInteger() != version))
        wrong = malformed(QStringLiteral("onbekende protocolversie"));
    if (!wrong && !map.value(QStringLiteral("id")).isInteger())
        wrong = malformed(QStringLiteral("id ontbreekt"));
    if (wrong) {
        if (problem)
            *problem = *wrong;
        return std::nullopt;
    }
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

bool FrameReader::append(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() < 4)
        return true;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    return length > 0 && length <= quint32(m_limit);
}

std::optional<QByteArray> FrameReader::next()
{
    if (m_buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length == 0 || length > quint32(m_limit) || m_buffer.size() < qsizetype(4 + length))
        return std::nullopt;
    QByteArray payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);
    m_buffer.squeeze(); // give back what a large frame took
    return payload;
}

std::optional<QString> limitViolation(const QCborValue &value, int depth)
{
    if (depth > maxNestingDepth)
        return malformed(QStringLiteral("te diep genest"));
    if (value.isString() && value.toString().size() > maxStringBytes)
        return malformed(QStringLiteral("tekst te lang"));
    if (value.isByteArray() && value.toByteArray().size() > maxStringBytes)
        return malformed(QStringLiteral("bytes te lang"));
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        if (array.size() > maxArrayItems)
            return malformed(QStringLiteral("lijst te lang"));
        for (const QCborValue &item : array) {
            if (auto wrong = limitViolation(item, depth + 1))
                return wrong;
        }
    }
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        if (map.size() > maxMapEntries)
            return malformed(QStringLiteral("map te groot"));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!it.key().isString())
                return malformed(QStringLiteral("sleutel is geen tekst"));
            if (auto wrong = limitViolation(it.value(), depth + 1))
                return wrong;
        }
    }
    return std::nullopt;
}

std::optional<ParsedRequest> parseRequest(const QByteArray &payload, QString *problem)
{
    const auto map = parseMessage(payload, problem);
    if (!map)
        return std::nullopt;
    const QCborValue op = map->value(QStringLiteral("op"));
    const QCborValue args = map->value(QStringLiteral("args"));
    const QCborValue token = map->value(QStringLiteral("token"));
    if (!op.isString() || (!args.isMap() && !args.isUndefined()) || (!token.isString() && !token.isUndefined())) {
        if (problem)
            *problem = *malformed(QStringLiteral("op, args of token heeft het verkeerde type"));
        return std::nullopt;
    }
    return ParsedRequest{map->value(QStringLiteral("id")).toInteger(), op.toString(), token.toString(), args.toMap()};
}

std::optional<ParsedResponse> parseResponse(const QByteArray &payload, QString *problem)
{
    const auto map = parseMessage(payload, problem);
    if (!map)
        return std::nullopt;
    ParsedResponse response;
    response.id = map->value(QStringLiteral("id")).toInteger();
    response.ok = map->value(QStringLiteral("ok")).toBool();
    if (response.ok) {
        response.result = map->value(QStringLiteral("result"));
    } else {
        const QCborMap error = map->value(QStringLiteral("error")).toMap();
        response.errorCode = error.value(QStringLiteral("code")).toString();
        response.errorMessage = error.value(QStringLiteral("message")).toString();
    }
    return response;
}

} // namespace casusregie::wire
