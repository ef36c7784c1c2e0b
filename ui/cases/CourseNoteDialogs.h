#pragma once

#include "forms/FormDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

class DateField;

// Two short records of a casus's course: the bekendheidscheck in other Zorg- en
// Veiligheidshuizen at triage (B2), and a monitoring note after afschaling (C 9.4d).

class BekendheidscheckDialog final : public FormDialog {
    Q_OBJECT
public:
    BekendheidscheckDialog(ServiceThread &service, qint64 casusId, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_casusId;
    DateField *m_dateEdit;
    QLineEdit *m_otherZvhEdit;
    QLineEdit *m_resultEdit;
};

class MonitoringNoteDialog final : public FormDialog {
    Q_OBJECT
public:
    MonitoringNoteDialog(ServiceThread &service, qint64 casusId, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_casusId;
    QPlainTextEdit *m_noteEdit;
};

} // namespace casusregie::ui
