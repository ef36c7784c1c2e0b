#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSslConfiguration>
#include <QString>

namespace casusregie::tls {

// TLS 1.3 only, with the NCSC "Goed" suites; no compression, renegotiation or 0-RTT (TLS 1.3 and
// OpenSSL 3 offer none of those by default, and nothing here turns them on).
inline constexpr const char *cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

// The server's configuration from PEM files, refusing (with a message that names the problem) a
// missing file, a private key others can read, a certificate that is expired or not yet valid,
// and a certificate that does not belong to the key. With a client CA, clients must present a
// certificate it signed (mutual TLS).
Result<QSslConfiguration> serverConfiguration(const QString &certificatePath, const QString &privateKeyPath,
                                              const QString &clientCaPath, const QDateTime &now);

// The client's configuration: trusts only the CA of its provisioning profile.
Result<QSslConfiguration> clientConfiguration(const QString &caCertificatePath);

// SHA-256 fingerprint of a certificate, as hex, for pinning in a provisioning profile.
QString fingerprint(const QSslCertificate &certificate);

} // namespace casusregie::tls
