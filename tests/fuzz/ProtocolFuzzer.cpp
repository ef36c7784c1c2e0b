// libFuzzer target for the wire decoder: framing, CBOR parsing, limits and message shape.
// Built with clang by tests/fuzz/run-fuzzer.sh; any crash, hang or sanitizer report is a bug.
#include "net/Wire.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString problem;

    // As a stream: frames handed out one by one, each decoded as a request and as an answer.
    casusregie::wire::FrameReader reader;
    if (reader.append(bytes)) {
        while (const auto payload = reader.next()) {
            casusregie::wire::parseRequest(*payload, &problem);
            casusregie::wire::parseResponse(*payload, &problem);
        }
    }
    // As a bare payload.
    if (const auto request = casusregie::wire::parseRequest(bytes, &problem))
        casusregie::wire::limitViolation(request->args);
    return 0;
}
