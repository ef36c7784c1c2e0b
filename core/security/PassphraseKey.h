#pragma once

#include "common/Result.h"
#include "security/DatabaseKey.h"

#include <QByteArray>
#include <QString>

namespace casusregie {

// A database key derived from a passphrase with Argon2id (embedded mode, backups).
// The salt and cost parameters are not secret; they live in a small text file next to the
// database, `<database>.kdf`, so the same passphrase gives the same key on every open.
struct KdfParameters {
    quint32 memoryKiB = 64 * 1024;
    quint32 iterations = 3;
    quint32 parallelism = 1;
    QByteArray salt; // 16 random bytes

    static KdfParameters withFreshSalt();
};

namespace PassphraseKey {

inline constexpr int minimumPassphraseLength = 12;

Result<DatabaseKey> derive(const QString &passphrase, const KdfParameters &parameters);

QString parametersPathFor(const QString &databasePath);
Status writeParameters(const QString &path, const KdfParameters &parameters);
Result<KdfParameters> readParameters(const QString &path);

} // namespace PassphraseKey

} // namespace casusregie
