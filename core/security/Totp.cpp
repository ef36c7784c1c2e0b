#include "security/Totp.h"

#include "security/SecureRandom.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

namespace casusregie::Totp {

QByteArray generateSecret()
{
    return secureRandomBytes(secretBytes);
}

qint64 stepAt(const QDateTime &moment)
{
    return moment.toSecsSinceEpoch() / stepSeconds;
}

QString codeFor(const QByteArray &secret, qint64 step)
{
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = char(step & 0xff);
        step >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    // RFC 4226 section 5.3: dynamic truncation.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
        | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, digits, 10, QLatin1Char('0'));
}

std::optional<qint64> acceptedStep(const QByteArray &secret, const QString &code, const QDateTime &now, qint64 lastUsedStep)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() != digits || secret.isEmpty())
        return std::nullopt;
    const qint64 current = stepAt(now);
    for (const qint64 step : {current - 1, current, current + 1}) {
        if (step > lastUsedStep && codeFor(secret, step) == trimmed)
            return step;
    }
    return std::nullopt;
}

QString base32(const QByteArray &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QString provisioningUri(const QByteArray &secret, const QString &username)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("Casusregie:") + username, ":"));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=Casusregie&algorithm=SHA1&digits=%3&period=%4")
        .arg(label, base32(secret))
        .arg(digits)
        .arg(stepSeconds);
}

} // namespace casusregie::Totp
