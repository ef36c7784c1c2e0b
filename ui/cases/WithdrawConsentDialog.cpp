#include "cases/WithdrawConsentDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace casusregie::ui {

WithdrawConsentDialog::WithdrawConsentDialog(ServiceThread &service, qint64 casusId, const QList<Consent> &consents,
                                             const QHash<qint64, QString> &betrokkenen, const QHash<qint64, QString> &parties,
                                             QWidget *parent)
    : FormDialog(service, tr("Withdraw consent"), parent)
    , m_casusId(casusId)
    , m_consentCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("withdrawConsentDialog"));
    m_consentCombo->setObjectName(QStringLiteral("consentCombo"));
    const QLocale locale;
    for (const Consent &consent : consents) {
        if (consent.withdrawnOn.isValid())
            continue;
        m_consentCombo->addItem(tr("%1: %2 (items of %3, given %4)")
                                    .arg(betrokkenen.value(consent.betrokkeneId), consent.scope, parties.value(consent.supplierPartyId),
                                         locale.toString(consent.givenOn, QLocale::ShortFormat)),
                                consent.id);
    }
    auto *effect = new QLabel(tr("From today the approvals for sharing these items lapse, and nothing more is disclosed on "
                                 "this consent (P 13.7)."),
                              this);
    effect->setWordWrap(true);
    form()->addRow(tr("&Consent:"), m_consentCombo);
    form()->addRow(effect);
    setSaveEnabled(m_consentCombo->count() > 0);
}

void WithdrawConsentDialog::submit()
{
    save([casusId = m_casusId, id = m_consentCombo->currentData().toLongLong()](Service &s) { return s.withdrawConsent(casusId, id); });
}

} // namespace casusregie::ui
