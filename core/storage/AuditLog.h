#pragma once

#include "common/Result.h"
#include "security/DatabaseKey.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casusregie {

class Database;

// The audit log's MAC key: a 256-bit secret kept in a key file of its own, apart from the
// database key, so whoever can open the database cannot silently re-seal the chain.
using AuditKey = DatabaseKey;

// One audit record (B6 3.6): who did what to which object, and whether it was allowed.
// Never the personal data itself: objects are ids.
struct AuditEntry {
    QDateTime at;
    qint64 userId = 0;
    QString username;
    QString roles;   // role keys, comma-separated
    qint64 partyId = 0;
    QString action;  // Operation key
    qint64 casusId = 0;
    QString objects; // e.g. "gegeven:12,gegeven:13"
    QString outcome; // allowed, denied or failed
};

struct AuditRecord {
    qint64 id = 0;
    AuditEntry entry;
    QByteArray mac; // hex HMAC-SHA256 over this record and the previous record's MAC
};

// One page of the audit log for its browser (issue 14), newest first. A zero or empty field does
// not filter; the period is in days of Europe/Amsterdam, both ends included.
struct AuditQuery {
    qint64 casusId = 0;
    QString username{}; // as the FG knows a user; a refused login with an unknown name has none
    qint64 partyId = 0;
    QString action{};  // an Operation key
    QString outcome{}; // allowed, denied or failed
    QDate from{};
    QDate to{};
    qint64 beforeId = 0; // the page starts just below this record; 0 starts at the newest
    int limit = 100;     // 1 to maxPageSize
    static constexpr int maxPageSize = 500;
};

struct AuditPage {
    QList<AuditRecord> records;
    bool more = false; // older records match too: ask again with beforeId = the last record's id
};

// The last record of the chain as exported: the next verify proves the tail was not cut off.
struct AuditHead {
    qint64 id = 0;
    QByteArray mac;
};

struct AuditChainReport {
    qint64 records = 0;
    qint64 firstBrokenId = 0; // 0 when the chain is intact
    QString problem;
    // Not one record was made with this key: the wrong audit key, not a damaged database.
    bool wrongKey = false;

    bool intact() const { return firstBrokenId == 0 && problem.isEmpty() && !wrongKey; }
};

// Append-only, hash-chained audit log (B6 3.6, BIO 8.15).
class AuditLog {
public:
    AuditLog(Database &database, AuditKey key);

    // Appends in the caller's transaction, so the record commits or rolls back with the change.
    Status append(const AuditEntry &entry);

    Result<AuditChainReport> verify(const std::optional<AuditHead> &exportedHead = std::nullopt) const;
    Result<AuditHead> head() const { return readHead(m_database); }
    // Whether the last records were made with this key (each checked against the MAC stored
    // before it); the server refuses to start with a key that would fork the chain.
    Status keyFits() const;
    // Keeps a fingerprint of the key in the database (once), so that a wrong key can be told from
    // an altered log even when the log has a single record.
    Status recordKeyCheck();
    static Result<AuditHead> readHead(Database &database); // needs no MAC key
    Result<QList<AuditRecord>> forCasus(qint64 casusId) const;
    // Reads only as far as the page needs (by id, newest first), however long the log is.
    Result<AuditPage> page(const AuditQuery &query) const;

    static QString encodeHead(const AuditHead &head);
    static std::optional<AuditHead> decodeHead(const QString &text);

private:
    Result<AuditChainReport> chainReport(const std::optional<AuditHead> &exportedHead) const;
    Result<bool> anyRecordMadeWithThisKey() const;
    QString keyCheck() const;
    std::optional<bool> storedKeyCheckMatches() const; // nothing when none is stored (older database)
    QByteArray macFor(qint64 id, const AuditEntry &entry, const QByteArray &previousMac) const;

    Database &m_database;
    AuditKey m_key;
};

} // namespace casusregie
