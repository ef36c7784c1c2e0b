#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace casusregie {

// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 6 digits, 30-second steps.
namespace Totp {

inline constexpr int stepSeconds = 30;
inline constexpr int digits = 6;
inline constexpr int secretBytes = 20;

QByteArray generateSecret();
qint64 stepAt(const QDateTime &moment);
QString codeFor(const QByteArray &secret, qint64 step);

// The step whose code matches, within one step either side of `now` and later than `lastUsedStep`
// (each code is accepted once); nothing when the code does not match.
std::optional<qint64> acceptedStep(const QByteArray &secret, const QString &code, const QDateTime &now, qint64 lastUsedStep);

QString base32(const QByteArray &bytes);
// The otpauth:// URI an authenticator app reads (shown as a QR code by the client).
QString provisioningUri(const QByteArray &secret, const QString &username);

} // namespace Totp

} // namespace casusregie
