#include "ServerConfig.h"

#include "security/KeyFile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

// For now the server checks its configuration and its database (--check); serving clients over
// TLS is the network layer's part and is not here yet.
int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const qsizetype configIndex = arguments.indexOf(QStringLiteral("--config"));
    if (arguments.contains(QStringLiteral("--help"))) {
        out << "Gebruik: casusregie-server --config BESTAND --check\n\n"
               "Controleert het configuratiebestand, het sleutelbestand en de database.\n"
               "Het bedienen van clients via TLS is nog niet beschikbaar in deze versie.\n";
        return 0;
    }
    if (configIndex < 0 || configIndex + 1 >= arguments.size() || !arguments.contains(QStringLiteral("--check"))) {
        err << "casusregie-server: gebruik --config BESTAND --check (zie --help).\n";
        return 2;
    }

    using namespace casusregie;
    auto config = server::ServerConfig::load(arguments.at(configIndex + 1));
    if (!config) {
        err << "casusregie-server: " << config.error().message << "\n";
        return 2;
    }
    auto key = KeyFile::read(config->keyFilePath);
    if (!key) {
        err << "casusregie-server: " << key.error().message << "\n";
        return 2;
    }
    auto database = Database::open(config->databasePath, *key, Database::OpenMode::Existing);
    if (!database) {
        err << "casusregie-server: " << database.error().message << "\n";
        return 1;
    }
    out << "Configuratie en database in orde (schemaversie " << (*database)->schemaVersion() << ").\n";
    return 0;
}
