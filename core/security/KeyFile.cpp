#include "security/KeyFile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>

namespace casusregie::KeyFile {

Result<DatabaseKey> create(const QString &path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    // O_EXCL: never overwrite a key, since that would make its database unreadable for good.
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return fail(ErrorCode::AlreadyExists, QStringLiteral("Het sleutelbestand bestaat al en wordt niet overschreven."));
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het sleutelbestand kan niet worden aangemaakt."));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // the umask may have narrowed it further, never widened it

    DatabaseKey key = DatabaseKey::generate();
    QByteArray text = key.toHex().toLatin1() + '\n';
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size() && ::fsync(fd) == 0;
    OPENSSL_cleanse(text.data(), size_t(text.size()));
    ::close(fd);
    if (!written) {
        ::unlink(nativePath.constData());
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het sleutelbestand kan niet worden geschreven."));
    }
    return key;
}

Result<DatabaseKey> read(const QString &path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    struct stat status {};
    if (::stat(nativePath.constData(), &status) != 0)
        return fail(ErrorCode::FileMissing, QStringLiteral("Het sleutelbestand bestaat niet."));
    if (!S_ISREG(status.st_mode))
        return fail(ErrorCode::KeyFileInvalid, QStringLiteral("Het sleutelbestand is geen gewoon bestand."));
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(ErrorCode::KeyFileTooOpen,
                    QStringLiteral("Het sleutelbestand is toegankelijk voor anderen; maak het alleen voor de eigenaar "
                                   "leesbaar (chmod 600)."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het sleutelbestand kan niet worden gelezen."));
    QByteArray text = file.read(DatabaseKey::size * 2 + 2);
    auto key = DatabaseKey::fromHex(text);
    OPENSSL_cleanse(text.data(), size_t(text.size()));
    return key;
}

QString defaultAuditKeyPath(const QString &databaseKeyPath)
{
    return databaseKeyPath + QStringLiteral(".audit");
}

} // namespace casusregie::KeyFile
