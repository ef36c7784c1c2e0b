#include "security/DatabaseKey.h"

#include "security/SecureRandom.h"

#include <openssl/crypto.h>

#include <cctype>

namespace casusregie {

DatabaseKey::DatabaseKey(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

DatabaseKey::~DatabaseKey()
{
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
}

DatabaseKey DatabaseKey::generate()
{
    return DatabaseKey(secureRandomBytes(size));
}

Result<DatabaseKey> DatabaseKey::fromHex(QByteArrayView hex)
{
    const QByteArray trimmed = hex.trimmed().toByteArray();
    if (trimmed.size() != size * 2)
        return fail(ErrorCode::KeyFileInvalid, QStringLiteral("Het sleutelbestand bevat geen geldige sleutel van 256 bits."));
    for (const char c : trimmed) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return fail(ErrorCode::KeyFileInvalid, QStringLiteral("Het sleutelbestand bevat geen geldige sleutel van 256 bits."));
    }
    return DatabaseKey(QByteArray::fromHex(trimmed));
}

QString DatabaseKey::toHex() const
{
    return QString::fromLatin1(m_bytes.toHex());
}

} // namespace casusregie
