#pragma once

#include "forms/FormDialog.h"

class QCheckBox;
class QLineEdit;

namespace casusregie::ui {

class DateField;

// Records a betrokkene's consent for sharing what a party holds under professional secrecy
// (P 7.2): who gave it, when, for what, how it was recorded, and that they were told it can be
// withdrawn.
class ConsentDialog final : public FormDialog {
    Q_OBJECT
public:
    ConsentDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &betrokkenen,
                  const QHash<qint64, QString> &parties, qint64 ownPartyId, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QComboBox *m_betrokkeneCombo;
    QComboBox *m_supplierCombo;
    QComboBox *m_givenByCombo;
    QLineEdit *m_representativeEdit;
    DateField *m_givenOnEdit;
    QLineEdit *m_scopeEdit;
    QLineEdit *m_howEdit;
    QCheckBox *m_toldCheckBox;
};

} // namespace casusregie::ui
