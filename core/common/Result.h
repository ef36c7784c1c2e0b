#pragma once

#include "common/Error.h"

#include <expected>

namespace casusregie {

// Results cross every boundary as values: a T, or an Error that says what went wrong. A result
// is never dropped unread: the compiler warns about every call whose answer is ignored.
template <typename T>
class [[nodiscard]] Result : public std::expected<T, Error> {
public:
    using std::expected<T, Error>::expected;
    Result(const std::expected<T, Error> &other) : std::expected<T, Error>(other) { }
    Result(std::expected<T, Error> &&other) : std::expected<T, Error>(std::move(other)) { }
};

using Status = Result<void>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected<Error>(Error{code, std::move(message)});
}

} // namespace casusregie
