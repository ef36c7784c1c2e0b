#pragma once

#include "domain/Gegeven.h"
#include "domain/Phase.h"
#include "forms/FormDialog.h"

#include <QHash>

class QLineEdit;
class QTableView;

namespace casusregie::ui {

class ItemReviewModel;

// Moves a casus to its next phase. Every item held is reviewed in the same step (P 3.5b): kept,
// with the reason it is still needed, or withdrawn; the phase machine's guards apply (C 1.7-1.10).
class PhaseChangeDialog final : public FormDialog {
    Q_OBJECT
public:
    PhaseChangeDialog(ServiceThread &service, qint64 casusId, Phase current, const QList<Gegeven> &items,
                      const QHash<qint64, QString> &betrokkenen, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    Phase m_current;
    QComboBox *m_targetCombo;
    QLineEdit *m_decisionEdit;
    QLineEdit *m_basisEdit;
    QLineEdit *m_newMeldingEdit;
    ItemReviewModel *m_review;
    QTableView *m_reviewTable;
};

} // namespace casusregie::ui
