#pragma once

#include "domain/Party.h"
#include "domain/Register.h"
#include "forms/FormDialog.h"

namespace casusregie::ui {

class DateField;

// A toetreding (C 21.4, Bijvoegsel I): the new party, the Algemeen Bestuur's decision and who
// signed Bijvoegsel I for the party, and when. Recorded by functioneel beheer.
class ToetredingDialog final : public FormDialog {
    Q_OBJECT
public:
    ToetredingDialog(ServiceThread &service, QDate today, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    QLineEdit *m_nameEdit;
    QLineEdit *m_shortNameEdit;
    QComboBox *m_typeCombo;
    DateField *m_decisionField;
    DateField *m_signedField;
    QLineEdit *m_signatoryEdit;
};

// The end of a party's membership: an opzegging in writing from a given date (C 22.3, P 27.3),
// or an uitsluiting by the Algemeen Bestuur with immediate effect and its reason (C 24.2, P 29.2).
class MembershipEndDialog final : public FormDialog {
    Q_OBJECT
public:
    MembershipEndDialog(ServiceThread &service, const Party &party, MembershipEvent event, QDate today, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_partyId;
    MembershipEvent m_event;
    DateField *m_dateField;
    QPlainTextEdit *m_noteEdit;
};

} // namespace casusregie::ui
