#pragma once

#include "domain/Datalek.h"
#include "forms/FormDialog.h"

class QCheckBox;
class QRadioButton;
class QTimeEdit;

namespace casusregie::ui {

class DateField;

// The privacy officer's assessment of a reported breach: what the notification to the Autoriteit
// Persoonsgegevens holds besides the report (P 14.8 b-f), whether it is needed at all, and the
// decision on informing the betrokkenen with its grounds (P 14.6, 14.9, 14.10). Opens with what
// was recorded before, so it can be completed in steps.
class AssessDatalekDialog final : public FormDialog {
    Q_OBJECT
public:
    AssessDatalekDialog(ServiceThread &service, const Datalek &datalek, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();
    QPlainTextEdit *textRow(const QString &objectName, const QString &label, const QString &text, InputLimits::TextKind kind);

    Datalek m_datalek;
    QCheckBox *m_apRequired;
    QList<QPlainTextEdit *> m_fields; // P 14.8 b-f, in that order
    QRadioButton *m_notDecided;
    QRadioButton *m_inform;
    QRadioButton *m_notInform;
    QPlainTextEdit *m_groundsEdit;
    QPlainTextEdit *m_notificationEdit;
    QPlainTextEdit *m_measuresEdit;
};

// The notification made to the AP in its own portal: when, and the reference the AP gave.
class ApNotificationDialog final : public FormDialog {
    Q_OBJECT
public:
    ApNotificationDialog(ServiceThread &service, qint64 datalekId, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_datalekId;
    DateField *m_dateEdit;
    QTimeEdit *m_timeEdit;
    QLineEdit *m_referenceEdit;
};

} // namespace casusregie::ui
