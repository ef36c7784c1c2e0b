#include "TestSupport.h"

#include "setup/DatabaseSetup.h"

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
    auto created = DatabaseSetup::initialise(folder.filePath(QStringLiteral("casusregie.db")), DatabaseKey::generate(),
                                             auditKey, account, clock);
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    m_database = std::move(*created);
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

} // namespace casusregie::test
