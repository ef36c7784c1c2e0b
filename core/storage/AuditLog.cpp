#include "storage/AuditLog.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlStatement.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace casusregie {

namespace {

const QString selectRecords = QStringLiteral(
    "SELECT id, at, user_id, username, roles, party_id, action, casus_id, objects, outcome, mac FROM audit_log");

AuditRecord recordFrom(StoredRow &row)
{
    AuditRecord record;
    record.id = row.value("id").toLongLong();
    record.entry.at = row.value("at").toDateTime();
    record.entry.userId = row.value("user_id").toLongLong();
    record.entry.username = row.value("username").toString();
    record.entry.roles = row.value("roles").toString();
    record.entry.partyId = row.value("party_id").toLongLong();
    record.entry.action = row.value("action").toString();
    record.entry.casusId = row.value("casus_id").toLongLong();
    record.entry.objects = row.value("objects").toString();
    record.entry.outcome = row.value("outcome").toString();
    record.mac = row.value("mac").toString().toLatin1();
    return record;
}

} // namespace

AuditLog::AuditLog(Database &database, AuditKey key)
    : m_database(database)
    , m_key(std::move(key))
{
}

QByteArray AuditLog::macFor(qint64 id, const AuditEntry &entry, const QByteArray &previousMac) const
{
    // Every field, the record's own id (against reordering and insertion) and the previous MAC
    // (against deletion), separated by a character that cannot occur in the fields' text.
    const QChar separator(0x1f);
    const QString canonical = QStringList{QString::number(id), entry.at.toUTC().toString(Qt::ISODateWithMs),
                                          QString::number(entry.userId), entry.username, entry.roles,
                                          QString::number(entry.partyId), entry.action, QString::number(entry.casusId),
                                          entry.objects, entry.outcome, QString::fromLatin1(previousMac)}
                                  .join(separator);
    return QMessageAuthenticationCode::hash(canonical.toUtf8(), m_key.bytes(), QCryptographicHash::Sha256).toHex();
}

Result<AuditHead> AuditLog::readHead(Database &database)
{
    auto query = runSql(database.connection(), QStringLiteral("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return AuditHead{};
    StoredRow row(*query);
    return AuditHead{row.value("id").toLongLong(), row.value("mac").toString().toLatin1()};
}

Status AuditLog::append(const AuditEntry &entry)
{
    // Reading the head and writing the next record are one write transaction (a savepoint inside
    // the caller's), so a second connection (the server's retention worker) cannot take the
    // same place in the chain between the two.
    return m_database.inTransaction([&]() -> Status {
        auto last = head();
        if (!last)
            return std::unexpected(last.error());
        const qint64 id = last->id + 1;
        const QByteArray mac = macFor(id, entry, last->mac);
        return execSql(m_database.connection(),
                       QStringLiteral("INSERT INTO audit_log (id, at, user_id, username, roles, party_id, action, "
                                      "casus_id, objects, outcome, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, entry.at, nullableId(entry.userId), entry.username, entry.roles, nullableId(entry.partyId),
                        entry.action, nullableId(entry.casusId), entry.objects, entry.outcome, QString::fromLatin1(mac)});
    });
}

namespace {

const QString keyCheckSetting = QStringLiteral("auditsleutel_controle");

Error wrongAuditKey()
{
    return Error{ErrorCode::WrongKeyOrNotADatabase,
                 QStringLiteral("De auditsleutel past niet bij deze database. Controleer audit_key_file (of --audit-key-file).")};
}

} // namespace

QString AuditLog::keyCheck() const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash("casusregie-auditsleutel-controle", m_key.bytes(), QCryptographicHash::Sha256).toHex());
}

std::optional<bool> AuditLog::storedKeyCheckMatches() const
{
    auto stored = SettingsRepository(m_database).value(keyCheckSetting);
    if (!stored)
        return std::nullopt; // not stored yet, or a schema from before the settings
    return *stored == keyCheck();
}

Status AuditLog::recordKeyCheck()
{
    if (storedKeyCheckMatches().has_value())
        return {};
    return SettingsRepository(m_database).setValue(keyCheckSetting, keyCheck());
}

Status AuditLog::keyFits() const
{
    if (const auto matches = storedKeyCheckMatches())
        return *matches ? Status{} : std::unexpected(wrongAuditKey());
    auto newestFirst = listOf<AuditRecord>(m_database.connection(), selectRecords + QStringLiteral(" ORDER BY id DESC LIMIT 4"), {},
                                           recordFrom);
    if (!newestFirst)
        return std::unexpected(newestFirst.error());
    for (qsizetype i = 0; i < newestFirst->size(); ++i) {
        const AuditRecord &record = newestFirst->at(i);
        const bool first = record.id == 1;
        if (!first && i + 1 >= newestFirst->size())
            break; // its predecessor is not in this window
        if (macFor(record.id, record.entry, first ? QByteArray() : newestFirst->at(i + 1).mac) == record.mac)
            return {};
    }
    if (newestFirst->isEmpty())
        return {};
    return std::unexpected(wrongAuditKey());
}

Result<bool> AuditLog::anyRecordMadeWithThisKey() const
{
    auto query = runSql(m_database.connection(), selectRecords + QStringLiteral(" ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());
    QByteArray previousMac;
    const QSqlRecord columns = query->record();
    while (query->next()) {
        StoredRow row(*query, columns);
        const AuditRecord record = recordFrom(row);
        if (macFor(record.id, record.entry, previousMac) == record.mac)
            return true;
        previousMac = record.mac;
    }
    return false;
}

// A broken chain of which not one record was made with this key is the wrong key, not damage.
Result<AuditChainReport> AuditLog::verify(const std::optional<AuditHead> &exportedHead) const
{
    auto report = chainReport(exportedHead);
    if (!report || report->intact() || report->records == 0)
        return report;
    // With the key's fingerprint stored the answer is certain; without it, a key that made not
    // one record is the wrong key.
    const auto matches = storedKeyCheckMatches();
    auto anyFits = matches ? Result<bool>(*matches) : anyRecordMadeWithThisKey();
    if (!anyFits)
        return std::unexpected(anyFits.error());
    if (!*anyFits) {
        report->wrongKey = true;
        report->problem = wrongAuditKey().message;
    }
    return report;
}

Result<AuditChainReport> AuditLog::chainReport(const std::optional<AuditHead> &exportedHead) const
{
    auto query = runSql(m_database.connection(), selectRecords + QStringLiteral(" ORDER BY id"));
    if (!query)
        return std::unexpected(query.error());

    AuditChainReport report;
    QByteArray previousMac;
    qint64 expectedId = 1;
    bool exportedHeadFound = false;
    const QSqlRecord columns = query->record();
    while (query->next()) {
        StoredRow row(*query, columns);
        const AuditRecord record = recordFrom(row);
        ++report.records;
        if (record.id != expectedId) {
            report.firstBrokenId = record.id;
            report.problem = QStringLiteral("Auditrecord %1 volgt niet op %2: er ontbreekt of er is een record tussengevoegd.")
                                 .arg(record.id)
                                 .arg(expectedId - 1);
            return report;
        }
        if (macFor(record.id, record.entry, previousMac) != record.mac) {
            report.firstBrokenId = record.id;
            report.problem = QStringLiteral("Auditrecord %1 is gewijzigd of hoort niet op deze plaats in de keten.").arg(record.id);
            return report;
        }
        if (exportedHead && record.id == exportedHead->id)
            exportedHeadFound = record.mac == exportedHead->mac;
        previousMac = record.mac;
        ++expectedId;
    }
    if (exportedHead && exportedHead->id > 0 && !exportedHeadFound) {
        report.firstBrokenId = exportedHead->id;
        report.problem = QStringLiteral("Het eerder geëxporteerde laatste auditrecord %1 ontbreekt of is anders: het einde "
                                        "van de keten is afgekapt of vervangen.")
                             .arg(exportedHead->id);
    }
    return report;
}

Result<QList<AuditRecord>> AuditLog::forCasus(qint64 casusId) const
{
    return listOf<AuditRecord>(m_database.connection(), selectRecords + QStringLiteral(" WHERE casus_id = ? ORDER BY id"),
                               {casusId}, recordFrom);
}

Result<AuditPage> AuditLog::page(const AuditQuery &query) const
{
    QStringList conditions;
    QVariantList values;
    const auto where = [&](const char *condition, const QVariant &value) {
        conditions << QLatin1String(condition);
        values << value;
    };
    if (query.casusId != 0)
        where("casus_id = ?", query.casusId);
    if (!query.username.isEmpty())
        where("username = ?", query.username);
    if (query.partyId != 0)
        where("party_id = ?", query.partyId);
    if (!query.action.isEmpty())
        where("action = ?", query.action);
    if (!query.outcome.isEmpty())
        where("outcome = ?", query.outcome);
    // Stored as UTC text of one fixed form, so the day's bounds compare as text.
    if (query.from.isValid())
        where("at >= ?", startOfDayInAmsterdam(query.from));
    if (query.to.isValid())
        where("at < ?", startOfDayInAmsterdam(query.to.addDays(1)));
    if (query.beforeId != 0)
        where("id < ?", query.beforeId);
    QString sql = selectRecords;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(query.limit + 1); // one more tells whether a next page exists
    auto records = listOf<AuditRecord>(m_database.connection(), sql, values, recordFrom);
    if (!records)
        return std::unexpected(records.error());
    AuditPage page;
    page.more = records->size() > query.limit;
    if (page.more)
        records->removeLast();
    page.records = std::move(*records);
    return page;
}

QString AuditLog::encodeHead(const AuditHead &head)
{
    return QStringLiteral("casusregie-audit-head 1 %1 %2\n").arg(head.id).arg(QString::fromLatin1(head.mac));
}

std::optional<AuditHead> AuditLog::decodeHead(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(' '));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("casusregie-audit-head") || parts.at(1) != QLatin1String("1"))
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts.at(2).toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return AuditHead{id, parts.at(3).toLatin1()};
}

} // namespace casusregie
