#include "app/ClientStartup.h"
#include "app/Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Casusregie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASUSREGIE_VERSION));
    if (const auto answered = casusregie::ui::answerOnConsole(argc, argv))
        return *answered;
    QApplication application(argc, argv);
    casusregie::ui::installDutchTranslations(application);
    return casusregie::ui::runClient(application);
}
