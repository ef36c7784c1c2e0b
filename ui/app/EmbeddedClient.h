#pragma once

class QApplication;

namespace casusregie::ui {

// Starts the client: with --profile on a server (over TLS), or in embedded mode on a local
// encrypted database (--db, --key-file); asks for a login and shows the main window.
// Returns the process exit code.
int runEmbeddedClient(QApplication &application);

} // namespace casusregie::ui
