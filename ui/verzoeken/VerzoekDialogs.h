#pragma once

#include "forms/FormDialog.h"

#include <QDate>

class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

class DateField;

// The steps of a request of a betrokkene (P 17-21), each a small form: registering it, recording
// how the requester's identity was verified (P 18.4), the hoofd's decision (P 17.2, 18.3, 19.4)
// and the day the answer was sent.

class RegisterVerzoekDialog final : public FormDialog {
    Q_OBJECT
public:
    RegisterVerzoekDialog(ServiceThread &service, const QHash<qint64, QString> &parties, qint64 ownPartyId, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    QComboBox *m_typeCombo;
    DateField *m_receivedEdit;
    QComboBox *m_viaCombo;
    QLineEdit *m_nameEdit;
    DateField *m_birthEdit;
};

class VerifyIdentityDialog final : public FormDialog {
    Q_OBJECT
public:
    VerifyIdentityDialog(ServiceThread &service, qint64 verzoekId, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_verzoekId;
    DateField *m_onEdit;
    QLineEdit *m_howEdit;
};

class DecideVerzoekDialog final : public FormDialog {
    Q_OBJECT
public:
    DecideVerzoekDialog(ServiceThread &service, qint64 verzoekId, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_verzoekId;
    QComboBox *m_besluitCombo;
    QPlainTextEdit *m_motivationEdit;
};

class AnswerSentDialog final : public FormDialog {
    Q_OBJECT
public:
    AnswerSentDialog(ServiceThread &service, qint64 verzoekId, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_verzoekId;
    DateField *m_sentEdit;
};

} // namespace casusregie::ui
