#include "security/SecureRandom.h"

#include <QtGlobal>

#include <openssl/rand.h>

namespace casusregie {

QByteArray secureRandomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL kon geen veilige willekeurige bytes leveren");
    return bytes;
}

} // namespace casusregie
