#pragma once

#include "forms/FormDialog.h"

class QTimeEdit;
class QPlainTextEdit;

namespace casusregie::ui {

class DateField;

// Reports a personal data breach to the privacy officer with what P 14.3 a-e asks. Anyone who
// works with the system can: the sooner it is known, the sooner the 72-hour clock is met.
class DatalekDialog final : public FormDialog {
    Q_OBJECT
public:
    explicit DatalekDialog(ServiceThread &service, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    DateField *m_discoveredEdit;
    QTimeEdit *m_discoveredTimeEdit;
    QList<QPlainTextEdit *> m_fields; // P 14.3 a-e, in that order
};

} // namespace casusregie::ui
