#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace casusregie::TestCertificates {

// A certificate with its private key, both PEM (P-256 keys, SHA-256 signatures).
struct Issued {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// For test and demo set-ups only: a production server uses certificates from the municipality's PKI.
Result<Issued> makeCertificateAuthority(const QString &commonName, int days);
// A server certificate for `host` (DNS name or IP address), signed by the CA; `validFromDaysAgo`
// lets tests make certificates that are already expired.
Result<Issued> makeServerCertificate(const Issued &authority, const QString &host, int days, int validFromDaysAgo = 0);

// Writes the certificate (0644) and the private key (0600, never overwriting).
Status write(const Issued &issued, const QString &certificatePath, const QString &privateKeyPath);
Result<Issued> read(const QString &certificatePath, const QString &privateKeyPath);

} // namespace casusregie::TestCertificates
