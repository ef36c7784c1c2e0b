#pragma once

#include <chrono>

namespace casusregie::ui::LockPeriod {

// How long the client waits without input before it locks (issue 14): the user chooses, up to
// the server's own idle timeout of 15 minutes, after which the session is gone anyway.
inline constexpr std::chrono::minutes standard{10};
inline constexpr std::chrono::minutes shortest{1};
inline constexpr std::chrono::minutes longest{15};

// The user's choice from the settings file, within the bounds whatever the file says.
std::chrono::minutes stored();
void store(std::chrono::minutes period);

} // namespace casusregie::ui::LockPeriod
