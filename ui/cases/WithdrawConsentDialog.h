#pragma once

#include "domain/Consent.h"
#include "forms/FormDialog.h"

namespace casusregie::ui {

// Withdraws a consent on the betrokkene's word (P 13.7): from then on the recipients' approvals
// for that party's items lapse and nothing more is disclosed on it.
class WithdrawConsentDialog final : public FormDialog {
    Q_OBJECT
public:
    WithdrawConsentDialog(ServiceThread &service, qint64 casusId, const QList<Consent> &consents,
                          const QHash<qint64, QString> &betrokkenen, const QHash<qint64, QString> &parties, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_casusId;
    QComboBox *m_consentCombo;
};

} // namespace casusregie::ui
