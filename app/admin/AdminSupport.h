#pragma once

#include "AdminCommands.h"
#include "CommandLine.h"

#include "storage/AuditLog.h"
#include "service/LocalService.h"
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

struct ServiceSession {
    OpenedDatabase opened;
    std::unique_ptr<LocalService> service;
};

// Opens the database and logs in as --as with the password from standard input, so a command goes
// through the same service gate and audit as the client (B6). Holding the key file on the server
// stands in for the second factor.
std::expected<ServiceSession, int> loginAs(AdminContext &context, const ParsedOptions &options);
// The same with a password the command already read.
std::expected<ServiceSession, int> loginAs(AdminContext &context, const ParsedOptions &options, const QString &password);

// The party named by --party (its short name), or the exit code after saying why not.
std::expected<Party, int> partyNamedIn(AdminContext &context, ServiceSession &session, const ParsedOptions &options);

// The service's refusal or failure as the tool's exit: 2 for a refusal, 1 otherwise.
int serviceFailure(AdminContext &context, const Error &error);

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
extern const CommandSpec userResetTotpCommand;
extern const CommandSpec userDisableCommand;
extern const CommandSpec userEnableCommand;
extern const CommandSpec userRolesCommand;
extern const CommandSpec userResetPasswordCommand;
extern const CommandSpec userGrantsCommand;
extern const CommandSpec userConfirmRoleCommand;
int runUserAdd(AdminContext &context, const ParsedOptions &options);
int runUserResetTotp(AdminContext &context, const ParsedOptions &options);
int runUserGrants(AdminContext &context, const ParsedOptions &options);
int runUserConfirmRole(AdminContext &context, const ParsedOptions &options);

extern const CommandSpec accountPasswordCommand;
extern const CommandSpec accountEnrolTotpCommand;
extern const CommandSpec accountConfirmTotpCommand;
int runAccountPassword(AdminContext &context, const ParsedOptions &options);
int runAccountEnrolTotp(AdminContext &context, const ParsedOptions &options);
int runAccountConfirmTotp(AdminContext &context, const ParsedOptions &options);
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

extern const CommandSpec reportVerwerkingsregisterCommand;
extern const CommandSpec reportVerwerkersCommand;
extern const CommandSpec reportDatalekkenCommand;
extern const CommandSpec reportJaarcijfersCommand;
int runReportJaarcijfers(AdminContext &context, const ParsedOptions &options);
int runReportVerwerkingsregister(AdminContext &context, const ParsedOptions &options);
int runReportVerwerkers(AdminContext &context, const ParsedOptions &options);
int runReportDatalekken(AdminContext &context, const ParsedOptions &options);

} // namespace casusregie::admin
