#pragma once

#include <QString>

namespace casusregie {

// What went wrong, as a value. `code` is what callers (and the UI) branch on;
// `message` is a Dutch sentence fit for a user and for a log: it never holds personal data.
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    AlreadyExists,
    Conflict,
    TransitionNotAllowed,
    GuardFailed,
    FileMissing,
    FileUnreadable,
    KeyFileTooOpen,
    KeyFileInvalid,
    WrongKeyOrNotADatabase,
    DatabaseNewerThanProgram,
    DatabaseCorrupt,
    StorageFailure,
    CryptoFailure,
    AuthenticationFailed,
    AccessDenied,
    SessionEnded,   // not (or no longer) logged in: the caller logs in again and retries
    ConnectionLost, // the server could not be reached or stopped answering
};

struct Error {
    ErrorCode code;
    QString message;
};

} // namespace casusregie
