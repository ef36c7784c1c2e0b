#pragma once

#include "domain/Overleg.h"
#include "forms/FormDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

class DateField;

// The plan van aanpak's agreements (C 9.4c): a new one, with the party that carries it out, and
// the status and result of one, kept up by that party or the casusregisseur.

class AddAfspraakDialog final : public FormDialog {
    Q_OBJECT
public:
    AddAfspraakDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &parties, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_casusId;
    QComboBox *m_partyCombo;
    QLineEdit *m_actionEdit;
    DateField *m_dueEdit;
};

class AfspraakStatusDialog final : public FormDialog {
    Q_OBJECT
public:
    AfspraakStatusDialog(ServiceThread &service, const Afspraak &afspraak, QWidget *parent = nullptr);

private:
    void submit() override;

    Afspraak m_afspraak;
    QComboBox *m_statusCombo;
    QPlainTextEdit *m_resultEdit;
};

} // namespace casusregie::ui
