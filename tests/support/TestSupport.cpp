#include "TestSupport.h"

#include "security/PasswordHasher.h"
#include "setup/DatabaseSetup.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

#include <QFile>

#include <stdexcept>

namespace casusregie::test {

TemporaryDatabase::TemporaryDatabase()
    : m_path(m_folder.filePath(QStringLiteral("casusregie.db")))
    , m_key(DatabaseKey::generate())
{
    auto opened = Database::open(m_path, m_key, Database::OpenMode::CreateNew);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_database = std::move(*opened);
}

void TemporaryDatabase::reopen()
{
    m_database.reset();
    auto opened = Database::open(m_path, m_key, Database::OpenMode::Existing);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_database = std::move(*opened);
}

InitialisedDatabase::InitialisedDatabase(const Clock &clock)
{
    FirstAccount account{username, QStringLiteral("Functioneel beheer"), password};
    account.demo = true; // the embedded demo mode: tests log in without a second factor unless they enrol one
    auto created = DatabaseSetup::initialise(path(), key,
                                             auditKey, account, clock);
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    m_database = std::move(*created);
}

qint64 addScreenedUser(Database &database, const QString &username, const QString &displayName, Role role,
                       const QString &partyShortName, const QDateTime &now)
{
    static const QString hash = *PasswordHasher::hash(InitialisedDatabase::password); // Argon2id is slow on purpose
    User user;
    user.username = username;
    user.displayName = displayName;
    const QList<Party> parties = *PartyRepository(database).all();
    for (const Party &party : parties) {
        if (party.shortName == partyShortName)
            user.partyId = party.id;
    }
    user.roles = {role};
    user.geheimhoudingsverklaring = QDate(2025, 1, 1);
    user.vogOfScreening = QDate(2025, 1, 1);
    auto id = UserRepository(database).add(user, hash, now);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return *id;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
}

QStringList documentLines(const Document &document)
{
    QStringList all = document.headerLines;
    all << document.notice;
    for (const DocumentSection &section : document.sections) {
        all << section.heading << section.paragraphs;
        if (!section.tableHeader.isEmpty())
            all << section.tableHeader.join(QStringLiteral(" | "));
        for (const DocumentRow &row : section.tableRows)
            all << row.cells.join(QStringLiteral(" | "));
    }
    all << document.pageFooter;
    return all;
}

} // namespace casusregie::test
