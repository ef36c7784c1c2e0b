#pragma once

#include "domain/Register.h"
#include "forms/FormDialog.h"

namespace casusregie::ui {

class DateField;

// One processing activity of the verwerkingsregister with P 24.3 a-f, new or changed by the
// privacy officer. Every field is required: the register states all six.
class VerwerkingDialog final : public FormDialog {
    Q_OBJECT
public:
    VerwerkingDialog(ServiceThread &service, const Verwerking &verwerking, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    Verwerking m_verwerking;
    QLineEdit *m_naamEdit;
    QList<QPlainTextEdit *> m_fields; // P 24.3 a-f, in that order
};

// A processor put on the list by the privacy officer; it waits for the hoofd's approval.
class VerwerkerDialog final : public FormDialog {
    Q_OBJECT
public:
    explicit VerwerkerDialog(ServiceThread &service, QWidget *parent = nullptr);

private:
    void submit() override;

    QLineEdit *m_naamEdit;
    QLineEdit *m_dienstEdit;
};

// The hoofd's written approval of a processor (P 22.3), recorded in the hoofd's own name.
class ApproveVerwerkerDialog final : public FormDialog {
    Q_OBJECT
public:
    ApproveVerwerkerDialog(ServiceThread &service, const Verwerker &verwerker, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_verwerkerId;
};

// The yearly review of an approved processor done: on which day.
class VerwerkerReviewDialog final : public FormDialog {
    Q_OBJECT
public:
    VerwerkerReviewDialog(ServiceThread &service, const Verwerker &verwerker, QDate today, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_verwerkerId;
    DateField *m_reviewedOnField;
};

} // namespace casusregie::ui
