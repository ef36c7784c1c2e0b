#pragma once

#include "service/Service.h"
#include "storage/AuditLog.h"

#include <memory>

namespace casusregie {

class Clock;

// The service on a local encrypted database file (embedded mode: first start, demo, tests).
// The retention run goes first (P 11), as at the server's start. The returned service owns its
// database; call it on the thread that opened it.
Result<std::shared_ptr<Service>> openEmbeddedService(const QString &path, const DatabaseKey &key, const AuditKey &auditKey,
                                                     const Clock &clock);

} // namespace casusregie
