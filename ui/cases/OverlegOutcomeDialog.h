#pragma once

#include "domain/Overleg.h"
#include "forms/FormDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

// What a casusoverleg produced (C 9.4, B2): who attended, the minutes, and a decision, with its
// destination for an opschaling, or the afschalingscriteria for an afschaling (C 9.4d).
class OverlegOutcomeDialog final : public FormDialog {
    Q_OBJECT
public:
    OverlegOutcomeDialog(ServiceThread &service, qint64 casusId, const QList<Overleg> &overleggen,
                         const QHash<qint64, QString> &parties, QWidget *parent = nullptr);

private:
    void submit() override;
    void showOverleg();
    void updateSave();

    qint64 m_casusId;
    QList<Overleg> m_overleggen;
    QHash<qint64, QString> m_parties;
    QComboBox *m_overlegCombo;
    QListWidget *m_attendingList;
    QPlainTextEdit *m_minutesEdit;
    QComboBox *m_soortCombo;
    QLineEdit *m_besluitEdit;
    QLineEdit *m_escalatedToEdit;
    QLineEdit *m_criteriaEdit;
};

} // namespace casusregie::ui
