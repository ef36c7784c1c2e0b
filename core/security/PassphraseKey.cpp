#include "security/PassphraseKey.h"

#include "security/SecureRandom.h"

#include <QFile>
#include <QSaveFile>

#include <argon2.h>
#include <openssl/crypto.h>

namespace casusregie {

namespace {

constexpr int saltSize = 16;
const char *const header = "casusregie-kdf 1";

} // namespace

KdfParameters KdfParameters::withFreshSalt()
{
    KdfParameters parameters;
    parameters.salt = secureRandomBytes(saltSize);
    return parameters;
}

namespace PassphraseKey {

Result<DatabaseKey> derive(const QString &passphrase, const KdfParameters &parameters)
{
    if (passphrase.size() < minimumPassphraseLength)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("Een wachtwoordzin moet minstens %1 tekens lang zijn.").arg(minimumPassphraseLength));
    if (parameters.salt.size() < saltSize)
        return fail(ErrorCode::KeyFileInvalid, QStringLiteral("De sleutelparameters bevatten geen geldig zout."));

    QByteArray secret = passphrase.toUtf8();
    QByteArray derived(DatabaseKey::size, Qt::Uninitialized);
    const int rc = argon2id_hash_raw(parameters.iterations, parameters.memoryKiB, parameters.parallelism,
                                     secret.constData(), size_t(secret.size()), parameters.salt.constData(),
                                     size_t(parameters.salt.size()), derived.data(), size_t(derived.size()));
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (rc != ARGON2_OK)
        return fail(ErrorCode::CryptoFailure,
                    QStringLiteral("Sleutelafleiding mislukt: %1").arg(QString::fromUtf8(argon2_error_message(rc))));
    auto key = DatabaseKey::fromHex(derived.toHex());
    OPENSSL_cleanse(derived.data(), size_t(derived.size()));
    return key;
}

QString parametersPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".kdf");
}

Status writeParameters(const QString &path, const KdfParameters &parameters)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het bestand met sleutelparameters kan niet worden geschreven."));
    const QByteArray text = QByteArray(header) + "\nalgorithm=argon2id\nmemory_kib=" + QByteArray::number(parameters.memoryKiB)
        + "\niterations=" + QByteArray::number(parameters.iterations) + "\nparallelism="
        + QByteArray::number(parameters.parallelism) + "\nsalt=" + parameters.salt.toHex() + '\n';
    file.write(text);
    if (!file.commit())
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het bestand met sleutelparameters kan niet worden geschreven."));
    return {};
}

Result<KdfParameters> readParameters(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::FileMissing, QStringLiteral("Het bestand met sleutelparameters ontbreekt."));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("Het bestand met sleutelparameters kan niet worden gelezen."));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const auto invalid = [] {
        return fail(ErrorCode::KeyFileInvalid, QStringLiteral("Het bestand met sleutelparameters is ongeldig."));
    };
    if (lines.isEmpty() || lines.first().trimmed() != header)
        return invalid();

    KdfParameters parameters;
    bool sawAlgorithm = false;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype separator = line.indexOf('=');
        if (separator < 0)
            continue;
        const QByteArray name = line.left(separator).trimmed();
        const QByteArray value = line.mid(separator + 1).trimmed();
        bool ok = true;
        if (name == "algorithm")
            sawAlgorithm = value == "argon2id";
        else if (name == "memory_kib")
            parameters.memoryKiB = value.toUInt(&ok);
        else if (name == "iterations")
            parameters.iterations = value.toUInt(&ok);
        else if (name == "parallelism")
            parameters.parallelism = value.toUInt(&ok);
        else if (name == "salt")
            parameters.salt = QByteArray::fromHex(value);
        if (!ok)
            return invalid();
    }
    if (!sawAlgorithm || parameters.salt.size() < saltSize || parameters.iterations < 1 || parameters.parallelism < 1)
        return invalid();
    return parameters;
}

} // namespace PassphraseKey

} // namespace casusregie
