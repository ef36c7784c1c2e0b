#pragma once

class QApplication;

namespace casusregie::ui {

// Embedded mode: opens the local encrypted database named on the command line (--db, --key-file),
// asks for a login and shows the main window. Returns the process exit code.
int runEmbeddedClient(QApplication &application);

} // namespace casusregie::ui
