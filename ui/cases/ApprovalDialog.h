#pragma once

#include "domain/Phase.h"
#include "forms/FormDialog.h"

class QComboBox;
class QLineEdit;

namespace casusregie::ui {

class DateField;

// Records the supplier's approval of one item for recipient parties (P 3.5c/d, 13.5; C 17.2):
// for which purpose of the casus's phase (B2), who at the supplying party approved it, when and how.
class ApprovalDialog final : public FormDialog {
    Q_OBJECT
public:
    ApprovalDialog(ServiceThread &service, qint64 casusId, qint64 gegevenId, Phase phase, const QString &itemDescription,
                   const QHash<qint64, QString> &recipients, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    qint64 m_gegevenId;
    QListWidget *m_recipientsList;
    QComboBox *m_purposeCombo;
    QLineEdit *m_approvedByEdit;
    DateField *m_approvedOnEdit;
    QLineEdit *m_howEdit;
};

} // namespace casusregie::ui
