#include "parties/MembershipDialogs.h"

#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace casusregie::ui {

namespace {

using Kind = InputLimits::TextKind;

} // namespace

ToetredingDialog::ToetredingDialog(ServiceThread &service, QDate today, QWidget *parent)
    : FormDialog(service, tr("Toetreding of a new party (C 21)"), parent)
    , m_nameEdit(new QLineEdit(this))
    , m_shortNameEdit(new QLineEdit(this))
    , m_typeCombo(new QComboBox(this))
    , m_decisionField(pastDateField(QStringLiteral("abDecisionField"), this, today))
    , m_signedField(pastDateField(QStringLiteral("signedOnField"), this, today))
    , m_signatoryEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("toetredingDialog"));
    m_nameEdit->setObjectName(QStringLiteral("partyNameEdit"));
    m_shortNameEdit->setObjectName(QStringLiteral("partyShortNameEdit"));
    m_typeCombo->setObjectName(QStringLiteral("partyTypeCombo"));
    m_signatoryEdit->setObjectName(QStringLiteral("signatoryEdit"));
    fillWithEnum<PartyType>(m_typeCombo);
    auto *intro = new QLabel(tr("Record a toetreding once the Algemeen Bestuur has decided, after all parties agreed, and the new "
                                "party has signed Bijvoegsel I. Its users get access from the day of signing."),
                             this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    addLimitedRow(tr("&Name of the organisation:"), m_nameEdit, Kind::Naam);
    addLimitedRow(tr("S&hort name:"), m_shortNameEdit, Kind::Naam);
    form()->addRow(tr("&Type (basis in P 6.4):"), m_typeCombo);
    form()->addRow(tr("&Decision of the Algemeen Bestuur on:"), m_decisionField);
    form()->addRow(tr("Bijvoegsel I &signed on:"), m_signedField);
    addLimitedRow(tr("Signed for the party &by (name, function):"), m_signatoryEdit, Kind::Naam);
    for (QLineEdit *edit : {m_nameEdit, m_shortNameEdit, m_signatoryEdit})
        connect(edit, &QLineEdit::textChanged, this, &ToetredingDialog::updateSave);
    updateSave();
}

void ToetredingDialog::updateSave()
{
    setSaveEnabled(!m_nameEdit->text().trimmed().isEmpty() && !m_shortNameEdit->text().trimmed().isEmpty()
                   && !m_signatoryEdit->text().trimmed().isEmpty());
}

void ToetredingDialog::submit()
{
    Party party;
    party.name = m_nameEdit->text().trimmed();
    party.shortName = m_shortNameEdit->text().trimmed();
    party.type = selectedEnum<PartyType>(m_typeCombo);
    party.membership.abBesluit = m_decisionField->date().value_or(QDate());
    party.membership.toegetreden = m_signedField->date().value_or(QDate());
    party.membership.ondertekenaar = m_signatoryEdit->text().trimmed();
    save([party](Service &s) { return s.addParty(party); });
}

MembershipEndDialog::MembershipEndDialog(ServiceThread &service, const Party &party, MembershipEvent event, QDate today,
                                         QWidget *parent)
    : FormDialog(service,
                 event == MembershipEvent::Uitsluiting ? tr("Uitsluiting of a party (C 24.2)") : tr("Opzegging by a party (C 22.3)"),
                 parent)
    , m_partyId(party.id)
    , m_event(event)
    , m_dateField(new DateField(QStringLiteral("membershipEndField"), today, this))
    , m_noteEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("membershipEndDialog"));
    m_noteEdit->setObjectName(QStringLiteral("membershipNoteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    const bool uitsluiting = event == MembershipEvent::Uitsluiting;
    // An opzegging may take effect later; an uitsluiting takes effect at once, on the day of the decision.
    m_dateField->setRange(party.membership.toegetreden, uitsluiting ? today : QDate());
    auto *name = new QLabel(party.name, this);
    name->setObjectName(QStringLiteral("membershipPartyLabel"));
    name->setWordWrap(true);
    form()->addRow(tr("Party:"), name);
    auto *consequence = new QLabel(tr("From this date the party's users can no longer log in and nothing is shared with the "
                                      "party any more (P 27.3). What it received before stays under the covenant's secrecy."),
                                   this);
    consequence->setWordWrap(true);
    form()->addRow(consequence);
    form()->addRow(uitsluiting ? tr("&Decision of the Algemeen Bestuur on:") : tr("&Takes effect on:"), m_dateField);
    addLimitedRow(uitsluiting ? tr("&Reason (after notice of default):") : tr("&Note (e.g. the letter):"), m_noteEdit, Kind::Tekst);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &MembershipEndDialog::updateSave);
    updateSave();
}

void MembershipEndDialog::updateSave()
{
    setSaveEnabled(m_event != MembershipEvent::Uitsluiting || !m_noteEdit->toPlainText().trimmed().isEmpty());
}

void MembershipEndDialog::submit()
{
    const MembershipChange change{m_partyId, m_event, m_dateField->date().value_or(QDate()), m_noteEdit->toPlainText().trimmed()};
    save([change](Service &s) { return s.recordMembershipChange(change); });
}

} // namespace casusregie::ui
