#pragma once

class QCoreApplication;

namespace casusregie::ui {

// Installs the Dutch translation of Casusregie and, when the system has it, of Qt's own
// dialogs and buttons. Dutch is the language of the users, whatever the system locale says.
void installDutchTranslations(QCoreApplication &application);

} // namespace casusregie::ui
