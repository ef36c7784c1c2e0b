#include "users/TotpEnrolmentDialog.h"

#include "users/QrCode.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace casusregie::ui {

namespace {

// The base32 secret in groups of four, easier to type over by hand.
QString groupedSecret(const QString &provisioningUri)
{
    const QString secret = QUrlQuery(QUrl(provisioningUri)).queryItemValue(QStringLiteral("secret"));
    QStringList groups;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        groups << secret.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace

TotpEnrolmentDialog::TotpEnrolmentDialog(const QString &displayName, const QString &provisioningUri, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("totpEnrolmentDialog"));
    setWindowTitle(tr("Second factor for %1").arg(displayName));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *instructions = new QLabel(tr("Let %1 scan this code with the authenticator app on their own phone. "
                                       "Show it to nobody else and close this window afterwards: the code is "
                                       "shown only this once. Any earlier second factor of this account no longer works.")
                                        .arg(displayName),
                                    this);
    instructions->setWordWrap(true);
    auto *qrLabel = new QLabel(this);
    qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    qrLabel->setAlignment(Qt::AlignCenter);
    qrLabel->setPixmap(QPixmap::fromImage(qrCodeImage(provisioningUri.toUtf8(), 6)));
    auto *secretLabel = new QLabel(tr("Without a camera, type this key into the app: %1").arg(groupedSecret(provisioningUri)), this);
    secretLabel->setObjectName(QStringLiteral("secretLabel"));
    secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    secretLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(instructions);
    layout->addWidget(qrLabel);
    layout->addWidget(secretLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace casusregie::ui
