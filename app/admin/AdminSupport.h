#pragma once

#include "AdminCommands.h"
#include "CommandLine.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <expected>
#include <functional>
#include <memory>
#include <optional>

namespace casusregie::admin {

// Prints "casusregie-admin: <message>" and gives exit code 2.
int usageError(AdminContext &context, const QString &message);
// Prints a failure of the command itself and gives exit code 1.
int failure(AdminContext &context, const QString &message);

// Checks that both --db and --key-file were given; returns an exit code when they were not.
std::optional<int> requirePaths(AdminContext &context, const ParsedOptions &options);

// --audit-key-file, or the default next to the database key file.
QString auditKeyPathOf(const ParsedOptions &options);

struct OpenedDatabase {
    std::unique_ptr<Database> database;
    AuditKey auditKey;
};

// Opens --db with --key-file and reads the audit key; on any problem prints why and gives the exit
// code (2 for missing or unreadable files and keys, 1 when the database itself refuses).
std::expected<OpenedDatabase, int> openWithKeys(AdminContext &context, const ParsedOptions &options);

// The commands, each in its own file.
extern const CommandSpec initCommand;
extern const CommandSpec verifyCommand;
extern const CommandSpec auditHeadCommand;
extern const CommandSpec demoCommand;
extern const CommandSpec retentionRunCommand;
int runInit(AdminContext &context, const ParsedOptions &options);
int runVerify(AdminContext &context, const ParsedOptions &options);
int runAuditHead(AdminContext &context, const ParsedOptions &options);
int runDemo(AdminContext &context, const ParsedOptions &options);
int runRetention(AdminContext &context, const ParsedOptions &options);

extern const CommandSpec userAddCommand;
extern const CommandSpec userEnrolTotpCommand;
extern const CommandSpec userDisableCommand;
extern const CommandSpec userEnableCommand;
extern const CommandSpec userRolesCommand;
extern const CommandSpec userResetPasswordCommand;
int runUserAdd(AdminContext &context, const ParsedOptions &options);
int runUserEnrolTotp(AdminContext &context, const ParsedOptions &options);
int runUserDisable(AdminContext &context, const ParsedOptions &options);
int runUserEnable(AdminContext &context, const ParsedOptions &options);
int runUserRoles(AdminContext &context, const ParsedOptions &options);
int runUserResetPassword(AdminContext &context, const ParsedOptions &options);

extern const CommandSpec partyOpzeggingCommand;
extern const CommandSpec partyUitsluitingCommand;
int runPartyOpzegging(AdminContext &context, const ParsedOptions &options);
int runPartyUitsluiting(AdminContext &context, const ParsedOptions &options);

extern const CommandSpec backupCommand;
extern const CommandSpec restoreCommand;
int runBackup(AdminContext &context, const ParsedOptions &options);
int runRestore(AdminContext &context, const ParsedOptions &options);

extern const CommandSpec tlsCaCommand;
extern const CommandSpec tlsServerCertCommand;
extern const CommandSpec profileExportCommand;
int runTlsCa(AdminContext &context, const ParsedOptions &options);
int runTlsServerCert(AdminContext &context, const ParsedOptions &options);
int runProfileExport(AdminContext &context, const ParsedOptions &options);

} // namespace casusregie::admin
