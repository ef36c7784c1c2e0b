#pragma once

#include <optional>

class QApplication;

namespace casusregie::ui {

// --version and --help answer on the console before any window is made, so they work where no
// display is (an IT department's rollout script); nothing when neither was asked.
std::optional<int> answerOnConsole(int argc, char *argv[]);

// Starts the client in either mode: on a server (over TLS) with the profile named by --profile,
// else the user's own or the workstation's (ServerProfile::standardLocations), else one the user
// opens on first start; or embedded on a local encrypted database (--db, --key-file). Asks for a
// login and shows the main window.
// Returns the process exit code.
int runClient(QApplication &application);

} // namespace casusregie::ui
