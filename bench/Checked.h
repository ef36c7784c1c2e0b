#pragma once

#include "common/Result.h"

#include <cstdio>
#include <cstdlib>

namespace casusregie::bench {

// A figure measured on a failed set-up or call would be a lie: stop with the reason instead.
template <typename R>
void checked(const R &result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "bench: %s mislukt: %s\n", what, qPrintable(result.error().message));
        std::exit(1);
    }
}

} // namespace casusregie::bench
