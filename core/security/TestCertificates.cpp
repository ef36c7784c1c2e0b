#include "security/TestCertificates.h"

#include "security/SecureRandom.h"

#include <QFile>
#include <QHostAddress>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace casusregie::TestCertificates {

namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

Error opensslFailure(const char *step)
{
    return Error{ErrorCode::CryptoFailure, QStringLiteral("Certificaat maken mislukt (%1).").arg(QLatin1String(step))};
}

QByteArray toPem(int (*writer)(BIO *, void *), void *object)
{
    BIO *bio = BIO_new(BIO_s_mem());
    writer(bio, object);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(length));
    BIO_free(bio);
    return pem;
}

int writeCertificate(BIO *bio, void *certificate)
{
    return PEM_write_bio_X509(bio, static_cast<X509 *>(certificate));
}

int writeKey(BIO *bio, void *key)
{
    return PEM_write_bio_PrivateKey(bio, static_cast<EVP_PKEY *>(key), nullptr, nullptr, 0, nullptr, nullptr);
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

Result<Issued> issue(const QString &commonName, int days, int validFromDaysAgo, const Issued *authority, const QString &host)
{
    KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!key)
        return std::unexpected(opensslFailure("sleutel"));
    CertPtr certificate(X509_new(), X509_free);
    X509_set_version(certificate.get(), 2);
    const QByteArray serial = secureRandomBytes(16).toHex();
    BIGNUM *serialNumber = nullptr;
    BN_hex2bn(&serialNumber, serial.constData());
    BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(certificate.get()));
    BN_free(serialNumber);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -long(validFromDaysAgo) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(days - validFromDaysAgo) * 86400);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Casusregie test"), -1, -1, 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);

    KeyPtr signingKey(nullptr, EVP_PKEY_free);
    CertPtr issuer(nullptr, X509_free);
    if (authority) {
        BIO *certBio = BIO_new_mem_buf(authority->certificatePem.constData(), int(authority->certificatePem.size()));
        BIO *keyBio = BIO_new_mem_buf(authority->privateKeyPem.constData(), int(authority->privateKeyPem.size()));
        issuer.reset(PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr));
        signingKey.reset(PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr));
        BIO_free(certBio);
        BIO_free(keyBio);
        if (!issuer || !signingKey)
            return std::unexpected(opensslFailure("CA lezen"));
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer.get()));
        const QByteArray altName = (QHostAddress(host).isNull() ? QByteArrayLiteral("DNS:") : QByteArrayLiteral("IP:")) + host.toUtf8();
        if (!addExtension(certificate.get(), issuer.get(), NID_basic_constraints, "critical,CA:FALSE")
            || !addExtension(certificate.get(), issuer.get(), NID_key_usage, "critical,digitalSignature")
            || !addExtension(certificate.get(), issuer.get(), NID_ext_key_usage, "serverAuth,clientAuth")
            || !addExtension(certificate.get(), issuer.get(), NID_subject_alt_name, altName.constData()))
            return std::unexpected(opensslFailure("extensies"));
    } else {
        X509_set_issuer_name(certificate.get(), name);
        if (!addExtension(certificate.get(), certificate.get(), NID_basic_constraints, "critical,CA:TRUE")
            || !addExtension(certificate.get(), certificate.get(), NID_key_usage, "critical,keyCertSign,cRLSign"))
            return std::unexpected(opensslFailure("extensies"));
    }
    if (X509_sign(certificate.get(), authority ? signingKey.get() : key.get(), EVP_sha256()) == 0)
        return std::unexpected(opensslFailure("ondertekenen"));
    return Issued{toPem(writeCertificate, certificate.get()), toPem(writeKey, key.get())};
}

} // namespace

Result<Issued> makeCertificateAuthority(const QString &commonName, int days)
{
    return issue(commonName, days, 0, nullptr, {});
}

Result<Issued> makeServerCertificate(const Issued &authority, const QString &host, int days, int validFromDaysAgo)
{
    return issue(host, days, validFromDaysAgo, &authority, host);
}

Status write(const Issued &issued, const QString &certificatePath, const QString &privateKeyPath)
{
    const QByteArray keyPath = QFile::encodeName(privateKeyPath);
    const int fd = ::open(keyPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fail(ErrorCode::AlreadyExists, QStringLiteral("%1 bestaat al of kan niet worden aangemaakt.").arg(privateKeyPath));
    const bool keyWritten = ::write(fd, issued.privateKeyPem.constData(), size_t(issued.privateKeyPem.size())) == issued.privateKeyPem.size();
    ::close(fd);
    QFile certificate(certificatePath);
    if (!keyWritten || !certificate.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || certificate.write(issued.certificatePem) != issued.certificatePem.size()) {
        ::unlink(keyPath.constData());
        return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 kan niet worden geschreven.").arg(certificatePath));
    }
    return {};
}

Result<Issued> read(const QString &certificatePath, const QString &privateKeyPath)
{
    QFile certificate(certificatePath);
    QFile key(privateKeyPath);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileMissing, QStringLiteral("Het CA-certificaat of de CA-sleutel kan niet worden gelezen."));
    return Issued{certificate.readAll(), key.readAll()};
}

} // namespace casusregie::TestCertificates
