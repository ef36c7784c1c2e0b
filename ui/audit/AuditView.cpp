#include "audit/AuditView.h"

#include "service/ServiceThread.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace casusregie::ui {

AuditView::AuditView(ServiceThread &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_verifyButton(new QPushButton(tr("&Verify the audit chain"), this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
    m_resultLabel->setObjectName(QStringLiteral("chainResultLabel"));
    m_resultLabel->setWordWrap(true);
    auto *intro = new QLabel(tr("Every access to personal data and every change is recorded in the audit log. Each record "
                                "carries a keyed hash over itself and the record before it, so any change, deletion or "
                                "insertion breaks the chain."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_verifyButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultLabel);
    layout->addStretch();
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditView::verify);
}

void AuditView::verify()
{
    m_verifyButton->setEnabled(false);
    m_resultLabel->setText(tr("Checking…"));
    m_service.call(this, [](Service &service) { return service.verifyAuditChain(); }, [this](const Result<AuditChainReport> &report) {
        m_verifyButton->setEnabled(true);
        const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
        if (!report) {
            m_resultLabel->setText(tr("The check could not be done: %1").arg(report.error().message));
        } else if (report->intact()) {
            m_resultLabel->setStyleSheet(QString());
            m_resultLabel->setText(tr("Intact: all %n records checked (%1).", nullptr, int(report->records)).arg(when));
        } else {
            m_resultLabel->setStyleSheet(QStringLiteral("color: #a4001d;"));
            m_resultLabel->setText(tr("Broken at record %1: %2. Report this to the privacy officer at once (%3).")
                                       .arg(report->firstBrokenId)
                                       .arg(report->problem, when));
        }
    });
}

} // namespace casusregie::ui
