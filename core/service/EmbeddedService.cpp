#include "service/EmbeddedService.h"

#include "service/LocalService.h"
#include "service/RetentionJob.h"
#include "storage/Database.h"

namespace casusregie {

namespace {

struct EmbeddedService {
    EmbeddedService(std::unique_ptr<Database> opened, const Clock &clock, const AuditKey &auditKey)
        : database(std::move(opened))
        , service(*database, clock, auditKey)
    {
    }
    std::unique_ptr<Database> database;
    LocalService service;
};

} // namespace

Result<std::shared_ptr<Service>> openEmbeddedService(const QString &path, const DatabaseKey &key, const AuditKey &auditKey,
                                                     const Clock &clock)
{
    auto database = Database::open(path, key, Database::OpenMode::Existing);
    if (!database)
        return std::unexpected(database.error());
    // P 11: as the server does at its start, destroy what is due before anyone reads it. The
    // access policy already hides what is past its date; this removes it from the file too.
    if (auto retention = RetentionJob(**database, clock, auditKey).run(false); !retention)
        return std::unexpected(retention.error());
    auto owner = std::make_shared<EmbeddedService>(std::move(*database), clock, auditKey);
    // Shares ownership of the database with the service that uses it.
    return std::shared_ptr<Service>(owner, &owner->service);
}

} // namespace casusregie
