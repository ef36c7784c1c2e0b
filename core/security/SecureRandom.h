#pragma once

#include <QByteArray>

namespace casusregie {

// Cryptographically strong random bytes from OpenSSL's DRBG; aborts if the DRBG fails,
// because continuing with weak keys or salts would be worse than stopping.
QByteArray secureRandomBytes(int count);

} // namespace casusregie
