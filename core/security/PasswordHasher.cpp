#include "security/PasswordHasher.h"

#include "security/SecureRandom.h"

#include <argon2.h>
#include <openssl/crypto.h>

namespace casusregie::PasswordHasher {

namespace {

constexpr int saltSize = 16;
constexpr int hashSize = 32;

} // namespace

Status checkStrength(const QString &password)
{
    if (password.size() < minimumPasswordLength)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een wachtwoord moet minstens %1 tekens lang zijn.").arg(minimumPasswordLength));
    return {};
}

Result<QString> hash(const QString &password)
{
    if (auto strong = checkStrength(password); !strong)
        return std::unexpected(strong.error());

    const QByteArray salt = secureRandomBytes(saltSize);
    QByteArray secret = password.toUtf8();
    const size_t encodedLength = argon2_encodedlen(iterations, memoryKiB, parallelism, saltSize, hashSize, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(iterations, memoryKiB, parallelism, secret.constData(), size_t(secret.size()),
                                         salt.constData(), size_t(salt.size()), hashSize, encoded.data(), encodedLength);
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (rc != ARGON2_OK)
        return fail(ErrorCode::CryptoFailure,
                    QStringLiteral("Wachtwoord versleutelen mislukt: %1").arg(QString::fromUtf8(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool verify(const QString &password, const QString &encodedHash)
{
    if (!encodedHash.startsWith(QLatin1String("$argon2id$")))
        return false;
    QByteArray secret = password.toUtf8();
    const QByteArray encoded = encodedHash.toLatin1();
    const bool ok = argon2id_verify(encoded.constData(), secret.constData(), size_t(secret.size())) == ARGON2_OK;
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    return ok;
}

} // namespace casusregie::PasswordHasher
