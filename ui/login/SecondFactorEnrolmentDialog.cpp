#include "login/SecondFactorEnrolmentDialog.h"

#include "service/ServiceThread.h"
#include "users/QrCode.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
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

SecondFactorEnrolmentDialog::SecondFactorEnrolmentDialog(ServiceThread &service, const QString &displayName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_qrLabel(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_codeLineEdit(new QLineEdit(this))
    , m_feedbackLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("secondFactorEnrolmentDialog"));
    setWindowTitle(tr("Set up your second factor"));

    auto *instructions = new QLabel(tr("%1, this account needs a second factor. Scan this code with the authenticator app "
                                       "on your own phone, then type the six digits the app shows. Show the code to nobody "
                                       "else: it is shown only now.")
                                        .arg(displayName),
                                    this);
    instructions->setWordWrap(true);
    m_qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setText(tr("Preparing…"));
    m_secretLabel->setObjectName(QStringLiteral("secretLabel"));
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretLabel->setWordWrap(true);
    m_codeLineEdit->setObjectName(QStringLiteral("enrolmentCodeLineEdit"));
    m_codeLineEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this));
    m_codeLineEdit->setMaxLength(6);
    m_feedbackLabel->setObjectName(QStringLiteral("enrolmentFeedbackLabel"));
    m_feedbackLabel->setWordWrap(true);
    m_feedbackLabel->hide();
    m_buttonBox->setObjectName(QStringLiteral("enrolmentButtonBox"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code from the app:"), m_codeLineEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(instructions);
    layout->addWidget(m_qrLabel);
    layout->addWidget(m_secretLabel);
    layout->addLayout(form);
    layout->addWidget(m_feedbackLabel);
    layout->addWidget(m_buttonBox);

    connect(m_codeLineEdit, &QLineEdit::textChanged, this, [this](const QString &code) {
        m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(code.size() == 6);
    });
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &SecondFactorEnrolmentDialog::confirm);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_service.call(this, [](Service &s) { return s.beginSecondFactorEnrolment(); }, [this](const Result<QString> &uri) {
        if (!uri) {
            m_qrLabel->setText(tr("The second factor could not be prepared: %1").arg(uri.error().message));
            return;
        }
        showCode(*uri);
    });
}

void SecondFactorEnrolmentDialog::showCode(const QString &provisioningUri)
{
    m_qrLabel->setPixmap(QPixmap::fromImage(qrCodeImage(provisioningUri.toUtf8(), 6)));
    m_secretLabel->setText(tr("Without a camera, type this key into the app: %1").arg(groupedSecret(provisioningUri)));
    m_codeLineEdit->setFocus();
}

void SecondFactorEnrolmentDialog::confirm()
{
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_service.call(this, [code = m_codeLineEdit->text()](Service &s) { return s.confirmSecondFactorEnrolment(code); },
                   [this](const Status &status) {
                       if (status) {
                           accept();
                           return;
                       }
                       m_feedbackLabel->setText(status.error().message);
                       m_feedbackLabel->show();
                       m_codeLineEdit->clear();
                       m_codeLineEdit->setFocus();
                   });
}

} // namespace casusregie::ui
