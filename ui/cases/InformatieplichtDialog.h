#pragma once

#include "forms/FormDialog.h"

class QLineEdit;
class QRadioButton;
class QWidget;

namespace casusregie::ui {

class DateField;

// The information duty towards a betrokkene (P 16): informed (when, how, by which party), or
// informing withheld on a ground of P 16.6 a-e with its motivation, the expected moment, the
// conditions and when it is reviewed (P 16.7).
class InformatieplichtDialog final : public FormDialog {
    Q_OBJECT
public:
    InformatieplichtDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &betrokkenen,
                           const QHash<qint64, QString> &parties, qint64 ownPartyId, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateForm();

    qint64 m_casusId;
    QComboBox *m_betrokkeneCombo;
    QRadioButton *m_informedRadio;
    QRadioButton *m_withheldRadio;
    QWidget *m_informedPart;
    QWidget *m_withheldPart;
    DateField *m_informedOnEdit;
    QLineEdit *m_howEdit;
    QComboBox *m_byPartyCombo;
    QComboBox *m_groundCombo;
    QLineEdit *m_motivationEdit;
    DateField *m_expectedOnEdit;
    QLineEdit *m_conditionsEdit;
    DateField *m_reviewOnEdit;
};

} // namespace casusregie::ui
