#pragma once

#include "forms/FormDialog.h"

class QLineEdit;

namespace casusregie::ui {

class DateField;

// Adds a betrokkene to a casus: name, date of birth when known, category (B3) and description.
class BetrokkeneDialog final : public FormDialog {
    Q_OBJECT
public:
    BetrokkeneDialog(ServiceThread &service, qint64 casusId, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QLineEdit *m_naamEdit;
    DateField *m_geboortedatumEdit;
    QComboBox *m_categorieCombo;
    QLineEdit *m_omschrijvingEdit;
};

} // namespace casusregie::ui
