#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace casusregie {

// A raw 256-bit SQLCipher key. The bytes are wiped when the key goes out of scope.
class DatabaseKey {
public:
    static constexpr int size = 32;

    static DatabaseKey generate();
    static Result<DatabaseKey> fromHex(QByteArrayView hex);

    DatabaseKey(const DatabaseKey &other) = default;
    DatabaseKey &operator=(const DatabaseKey &other) = default;
    ~DatabaseKey();

    QString toHex() const; // the form the QSQLCIPHER driver takes as its password
    const QByteArray &bytes() const { return m_bytes; }

private:
    explicit DatabaseKey(QByteArray bytes);
    QByteArray m_bytes;
};

} // namespace casusregie
