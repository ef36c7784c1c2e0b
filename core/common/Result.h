#pragma once

#include "common/Error.h"

#include <expected>

namespace casusregie {

// Results cross every boundary as values: a T, or an Error that says what went wrong.
template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected<Error>(Error{code, std::move(message)});
}

} // namespace casusregie
