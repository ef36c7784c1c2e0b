#include "net/TlsConfiguration.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>

namespace casusregie::tls {

namespace {

Result<QByteArray> readPem(const QString &path, const QString &what, bool secret)
{
    const QByteArray nativePath = QFile::encodeName(path);
    struct stat status {};
    if (path.isEmpty() || ::stat(nativePath.constData(), &status) != 0)
        return fail(ErrorCode::FileMissing, QStringLiteral("%1 ontbreekt: %2").arg(what, path));
    if (secret && (status.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(ErrorCode::KeyFileTooOpen,
                    QStringLiteral("%1 is leesbaar voor anderen (%2); zet de rechten op 0600.").arg(what, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 kan niet worden gelezen: %2").arg(what, path));
    return file.readAll();
}

// OpenSSL knows whether a certificate and a private key belong together; Qt does not say.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    BIO *certBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool matches = certificate && key && X509_check_private_key(certificate, key) == 1;
    X509_free(certificate);
    EVP_PKEY_free(key);
    BIO_free(certBio);
    BIO_free(keyBio);
    return matches;
}

QSslConfiguration tls13()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_3OrLater);
    configuration.setBackendConfigurationOption("Ciphersuites", QByteArray(cipherSuites));
    QList<QSslCipher> ciphers;
    for (const QByteArray &name : QByteArray(cipherSuites).split(':')) {
        const QSslCipher cipher(QString::fromLatin1(name), QSsl::TlsV1_3);
        if (!cipher.isNull())
            ciphers << cipher;
    }
    if (!ciphers.isEmpty())
        configuration.setCiphers(ciphers);
    configuration.setSslOption(QSsl::SslOptionDisableCompression, true);
    configuration.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, true);
    configuration.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    return configuration;
}

} // namespace

Result<QSslConfiguration> serverConfiguration(const QString &certificatePath, const QString &privateKeyPath,
                                              const QString &clientCaPath, const QDateTime &now)
{
    auto certificatePem = readPem(certificatePath, QStringLiteral("Het servercertificaat"), false);
    if (!certificatePem)
        return std::unexpected(certificatePem.error());
    auto keyPem = readPem(privateKeyPath, QStringLiteral("De privésleutel van de server"), true);
    if (!keyPem)
        return std::unexpected(keyPem.error());

    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het servercertificaat is geen PEM-certificaat: %1").arg(certificatePath));
    const QSslCertificate &certificate = chain.first();
    if (certificate.expiryDate() < now)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het servercertificaat is verlopen op %1.")
                                                    .arg(certificate.expiryDate().toString(Qt::ISODate)));
    if (certificate.effectiveDate() > now)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het servercertificaat is pas geldig vanaf %1.")
                                                    .arg(certificate.effectiveDate().toString(Qt::ISODate)));
    if (!keyMatchesCertificate(*certificatePem, *keyPem))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het servercertificaat hoort niet bij de privésleutel."));

    QSslKey key(*keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(*keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("De privésleutel kan niet worden gelezen (EC of RSA, PEM)."));

    QSslConfiguration configuration = tls13();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    if (clientCaPath.isEmpty()) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate by login, not certificate
    } else {
        auto caPem = readPem(clientCaPath, QStringLiteral("Het CA-certificaat voor clients"), false);
        if (!caPem)
            return std::unexpected(caPem.error());
        configuration.setCaCertificates(QSslCertificate::fromData(*caPem, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return configuration;
}

Result<QSslConfiguration> clientConfiguration(const QString &caCertificatePath)
{
    auto caPem = readPem(caCertificatePath, QStringLiteral("Het CA-certificaat van de server"), false);
    if (!caPem)
        return std::unexpected(caPem.error());
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(*caPem, QSsl::Pem);
    if (authorities.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Het CA-certificaat is geen PEM-certificaat."));
    QSslConfiguration configuration = tls13();
    configuration.setCaCertificates(authorities); // only this CA: not the system's trust store
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace casusregie::tls
