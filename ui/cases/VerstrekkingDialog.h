#pragma once

#include "domain/Gegeven.h"
#include "forms/FormDialog.h"

class QLineEdit;

namespace casusregie::ui {

// Records a disclosure of items (P 8.1): to whom, for what and on which basis; with the
// necessity for police and OM data, the legal obligation for anyone outside the casusoverleg
// (P 23.1) and the supplier's written consent for a third party (C 10.3). The service says which
// of these the disclosure needs.
class VerstrekkingDialog final : public FormDialog {
    Q_OBJECT
public:
    VerstrekkingDialog(ServiceThread &service, qint64 casusId, const QList<Gegeven> &items, const QHash<qint64, QString> &betrokkenen,
                       const QHash<qint64, QString> &parties, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QListWidget *m_itemsList;
    QComboBox *m_recipientCombo;
    QLineEdit *m_thirdPartyEdit;
    QLineEdit *m_purposeEdit;
    QLineEdit *m_legalBasisEdit;
    QLineEdit *m_necessityEdit;
    QLineEdit *m_obligationEdit;
    QLineEdit *m_writtenConsentEdit;
};

} // namespace casusregie::ui
