#include "app/ClientStartup.h"
#include "app/Translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Casusregie"));
    QApplication::setApplicationVersion(QStringLiteral(CASUSREGIE_VERSION));
    casusregie::ui::installDutchTranslations(application);
    return casusregie::ui::runClient(application);
}
