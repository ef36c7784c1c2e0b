#pragma once

class QApplication;

namespace casusregie::ui {

// Starts the client in either mode: with --profile on a server (over TLS), or embedded on a local
// encrypted database (--db, --key-file); asks for a login and shows the main window.
// Returns the process exit code.
int runClient(QApplication &application);

} // namespace casusregie::ui
