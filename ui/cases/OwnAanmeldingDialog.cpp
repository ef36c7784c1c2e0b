#include "cases/OwnAanmeldingDialog.h"

#include "service/ServiceThread.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casusregie::ui {

OwnAanmeldingDialog::OwnAanmeldingDialog(ServiceThread &service, qint64 casusId, QHash<qint64, QString> partyNames, QWidget *parent)
    : QDialog(parent)
    , m_summaryLabel(new QLabel(this))
    , m_redenView(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ownAanmeldingDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Your organisation's aanmelding"));
    m_summaryLabel->setObjectName(QStringLiteral("ownAanmeldingSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setText(tr("Loading…"));
    m_redenView->setObjectName(QStringLiteral("ownAanmeldingReden"));
    m_redenView->setReadOnly(true);
    m_redenView->setTabChangesFocus(true);
    m_redenView->setAccessibleName(tr("What was submitted"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(new QLabel(tr("What was submitted:"), this));
    layout->addWidget(m_redenView, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 360);

    service.call(this, [casusId](Service &s) { return s.ownAanmelding(casusId); },
                 [this, partyNames = std::move(partyNames)](const Result<OwnAanmelding> &aanmelding) {
                     if (!aanmelding) {
                         m_summaryLabel->setText(tr("This aanmelding cannot be shown: %1").arg(aanmelding.error().message));
                         return;
                     }
                     const CasusOverview &casus = aanmelding->overview;
                     setWindowTitle(tr("Aanmelding %1").arg(casus.number.toString()));
                     const QString status = aanmelding->takenOn ? tr("taken on by a procesregisseur, now in phase %1").arg(enumLabel(casus.phase))
                                                                : tr("waiting to be taken on by a procesregisseur");
                     m_summaryLabel->setText(tr("<b>Aanmelding %1</b> by %2, submitted on %3.<br>Status: %4.")
                                                 .arg(casus.number.toString(), partyNames.value(casus.aanmeldendePartijId).toHtmlEscaped(),
                                                      casus.aanmeldingsdatum.toString(QStringLiteral("dd-MM-yyyy")), status));
                     m_redenView->setPlainText(aanmelding->reden);
                 });
}

} // namespace casusregie::ui
