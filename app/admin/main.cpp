#include "AdminCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    ::umask(077); // databases, backups, keys and .kdf files: readable by this user only
    // Only the reports need fonts (a QGuiApplication, without a display); the rest stays Core.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casusregie-admin"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    casusregie::SystemClock clock;
    casusregie::admin::AdminContext context{stdin, out, err, clock};
    return casusregie::admin::runAdmin(QCoreApplication::arguments().mid(1), context);
}
