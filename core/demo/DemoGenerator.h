#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/AuditLog.h"

#include <QStringList>

#include <functional>

namespace casusregie {

class Database;

namespace demo {

struct DemoOptions {
    int cases = 60;
    quint64 seed = 1;
    // Told how many casussen are done, every tenth part and at the end: large sets take minutes.
    std::function<void(int done, int total)> progress;
};

struct DemoAccount {
    QString username;
    QString role;
};

struct DemoSummary {
    int cases = 0;
    int betrokkenen = 0;
    int gegevens = 0;
    QList<DemoAccount> accounts;
};

// The password of every demo account; the demo database is for practice only.
inline const QString demoPassword = QStringLiteral("demo-wachtwoord-2026");

// Fills an initialised database with deterministic, clearly fictional data that follows the
// covenant: casussen over the last six years in every phase and outcome (running, niet
// doorgeleid, afgeschaald at various moments, extended, due for destruction), betrokkenen of
// categories I-IV, items from several suppliers with their grondslagen, approvals, consents
// (some withdrawn), overleggen, plans and disclosures, verzoeken and datalekken, plus one demo
// account per role.
Result<DemoSummary> fillDemoData(Database &database, const AuditKey &auditKey, const Clock &clock, const DemoOptions &options);

} // namespace demo

} // namespace casusregie
