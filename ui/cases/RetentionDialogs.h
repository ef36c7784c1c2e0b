#pragma once

#include "forms/FormDialog.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace casusregie::ui {

class DateField;

// The partners' motivated decision to keep the casus longer than its term (P 11.3-11.5), recorded
// by the procesregisseur: at most 24 months at a time, before the term runs out.
class RetentionExtensionDialog final : public FormDialog {
    Q_OBJECT
public:
    RetentionExtensionDialog(ServiceThread &service, qint64 casusId, QDate destructionDue, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    DateField *m_decidedOnField;
    QSpinBox *m_monthsSpin;
    QLineEdit *m_partiesEdit;
    QPlainTextEdit *m_motivationEdit;
};

// The hoofd opens a calamity evaluation of an afgeschaalde casus (P 11.6): what happened and why
// the dossier is needed, for at most 3 months from today; the procesregisseur reads it again then.
class CalamiteitsevaluatieDialog final : public FormDialog {
    Q_OBJECT
public:
    CalamiteitsevaluatieDialog(ServiceThread &service, qint64 casusId, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QPlainTextEdit *m_aanleidingEdit;
    QPlainTextEdit *m_redenEdit;
    DateField *m_untilField;
};

} // namespace casusregie::ui
