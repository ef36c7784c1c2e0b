#include "AdminCommands.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    ::umask(077); // databases, backups, keys and .kdf files: readable by this user only
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casusregie-admin"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    casusregie::SystemClock clock;
    casusregie::admin::AdminContext context{stdin, out, err, clock};
    return casusregie::admin::runAdmin(QCoreApplication::arguments().mid(1), context);
}
