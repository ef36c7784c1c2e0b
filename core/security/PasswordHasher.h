#pragma once

#include "common/Result.h"

#include <QString>

namespace casusregie {

// Account passwords as Argon2id encoded hashes ($argon2id$v=19$m=65536,t=3,p=1$salt$hash):
// the encoding carries its own salt and cost, so stronger settings later need no migration.
namespace PasswordHasher {

inline constexpr quint32 memoryKiB = 64 * 1024;
inline constexpr quint32 iterations = 3;
inline constexpr quint32 parallelism = 1;
inline constexpr int minimumPasswordLength = 12;

Status checkStrength(const QString &password);
Result<QString> hash(const QString &password);
bool verify(const QString &password, const QString &encodedHash);

} // namespace PasswordHasher

} // namespace casusregie
