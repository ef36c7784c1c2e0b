#pragma once

#include "common/Clock.h"
#include "documents/Document.h"
#include "domain/Role.h"
#include "security/DatabaseKey.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace casusregie::test {

// A clock that stands still until a test moves it.
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 3, 12), QTime(9, 30), QTimeZone::utc()))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(QDateTime moment) { m_now = std::move(moment); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

// A fresh encrypted database in its own temporary folder, removed with the fixture.
class TemporaryDatabase {
public:
    TemporaryDatabase();
    Database &database() { return *m_database; }
    QString path() const { return m_path; }
    const DatabaseKey &key() const { return m_key; }
    QString folder() const { return m_folder.path(); }
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_folder;
    QString m_path;
    DatabaseKey m_key;
    std::unique_ptr<Database> m_database;
};

// An initialised database as `casusregie-admin init` leaves it: signatories and a first
// functioneel-beheer account with this username and password.
struct InitialisedDatabase {
    static inline const QString username = QStringLiteral("beheer");
    static inline const QString password = QStringLiteral("een lang genoeg wachtwoord");

    explicit InitialisedDatabase(const Clock &clock);
    Database &database() { return *m_database; }
    QString path() const { return folder.filePath(QStringLiteral("casusregie.db")); }
    void close() { m_database.reset(); } // hands the file to a service that opens it itself

    QTemporaryDir folder;
    DatabaseKey key = DatabaseKey::generate();
    DatabaseKey auditKey = DatabaseKey::generate();
    std::unique_ptr<Database> m_database;
};

// Adds a screened account (geheimhoudingsverklaring and VOG on record) of the party with this
// short name, with InitialisedDatabase::password; returns its id.
qint64 addScreenedUser(Database &database, const QString &username, const QString &displayName, Role role,
                       const QString &partyShortName, const QDateTime &now);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Every line a reader of a printed document sees, in order: header, notice, each section's heading,
// paragraphs, table header and rows (cells joined with " | "), and the page footer.
QStringList documentLines(const Document &document);

} // namespace casusregie::test
