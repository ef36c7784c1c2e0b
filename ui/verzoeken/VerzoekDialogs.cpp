#include "verzoeken/VerzoekDialogs.h"

#include "domain/Verzoek.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>


namespace casusregie::ui {

RegisterVerzoekDialog::RegisterVerzoekDialog(ServiceThread &service, const QHash<qint64, QString> &parties, qint64 ownPartyId,
                                             QWidget *parent)
    : FormDialog(service, tr("Register a request"), parent)
    , m_typeCombo(new QComboBox(this))
    , m_receivedEdit(pastDateField(QStringLiteral("receivedEdit"), this))
    , m_viaCombo(new QComboBox(this))
    , m_nameEdit(new QLineEdit(this))
    , m_birthEdit(birthDateField(QStringLiteral("birthEdit"), this))
{
    setObjectName(QStringLiteral("registerVerzoekDialog"));
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    fillWithEnum<VerzoekType>(m_typeCombo);
    m_viaCombo->setObjectName(QStringLiteral("viaCombo"));
    fillWithNames(m_viaCombo, parties);
    m_viaCombo->setCurrentIndex(m_viaCombo->findData(ownPartyId));
    m_nameEdit->setObjectName(QStringLiteral("requesterEdit"));
    m_birthEdit->setDate(QDate(1980, 1, 1));

    form()->addRow(tr("&Kind of request:"), m_typeCombo);
    form()->addRow(tr("&Received on:"), m_receivedEdit);
    form()->addRow(tr("Received &via:"), m_viaCombo);
    addLimitedRow(tr("&Requester:"), m_nameEdit, InputLimits::TextKind::Naam);
    form()->addRow(tr("Requester's date of &birth:"), m_birthEdit);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &RegisterVerzoekDialog::updateSave);
    updateSave();
}

void RegisterVerzoekDialog::updateSave()
{
    setSaveEnabled(!m_nameEdit->text().trimmed().isEmpty() && m_viaCombo->currentIndex() >= 0);
}

void RegisterVerzoekDialog::submit()
{
    Verzoek verzoek;
    verzoek.type = selectedEnum<VerzoekType>(m_typeCombo);
    verzoek.receivedOn = m_receivedEdit->date().value_or(QDate());
    verzoek.viaPartyId = m_viaCombo->currentData().toLongLong();
    verzoek.requesterName = m_nameEdit->text().trimmed();
    verzoek.requesterBirthDate = m_birthEdit->date().value_or(QDate());
    save([verzoek](Service &s) { return s.registerVerzoek(verzoek); });
}

VerifyIdentityDialog::VerifyIdentityDialog(ServiceThread &service, qint64 verzoekId, QWidget *parent)
    : FormDialog(service, tr("Requester's identity verified"), parent)
    , m_verzoekId(verzoekId)
    , m_onEdit(pastDateField(QStringLiteral("verifiedOnEdit"), this))
    , m_howEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("verifyIdentityDialog"));
    m_howEdit->setObjectName(QStringLiteral("howEdit"));
    m_howEdit->setPlaceholderText(tr("e.g. passport shown at the desk"));
    form()->addRow(tr("Verified &on:"), m_onEdit);
    form()->addRow(tr("&How:"), m_howEdit);
    connect(m_howEdit, &QLineEdit::textChanged, this, [this]() { setSaveEnabled(!m_howEdit->text().trimmed().isEmpty()); });
    setSaveEnabled(false);
}

void VerifyIdentityDialog::submit()
{
    save([id = m_verzoekId, on = m_onEdit->date().value_or(QDate()), how = m_howEdit->text().trimmed()](Service &s) { return s.verifyIdentity(id, on, how); });
}

DecideVerzoekDialog::DecideVerzoekDialog(ServiceThread &service, qint64 verzoekId, QWidget *parent)
    : FormDialog(service, tr("Decide on the request"), parent)
    , m_verzoekId(verzoekId)
    , m_besluitCombo(new QComboBox(this))
    , m_motivationEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("decideVerzoekDialog"));
    m_besluitCombo->setObjectName(QStringLiteral("besluitCombo"));
    for (const auto &entry : EnumTraits<VerzoekBesluit>::entries) {
        if (entry.value != VerzoekBesluit::Open)
            m_besluitCombo->addItem(QString::fromUtf8(entry.label), QString::fromLatin1(entry.key));
    }
    m_motivationEdit->setObjectName(QStringLiteral("motivationEdit"));
    m_motivationEdit->setPlaceholderText(tr("Required for a refusal or partial refusal: the legal ground and why"));
    form()->addRow(tr("&Decision:"), m_besluitCombo);
    addLimitedRow(tr("&Motivation:"), m_motivationEdit, InputLimits::TextKind::Tekst);
}

void DecideVerzoekDialog::submit()
{
    save([id = m_verzoekId, besluit = selectedEnum<VerzoekBesluit>(m_besluitCombo),
          motivation = m_motivationEdit->toPlainText().trimmed()](Service &s) { return s.decideVerzoek(id, besluit, motivation); });
}

AnswerSentDialog::AnswerSentDialog(ServiceThread &service, qint64 verzoekId, QWidget *parent)
    : FormDialog(service, tr("Answer sent"), parent)
    , m_verzoekId(verzoekId)
    , m_sentEdit(pastDateField(QStringLiteral("sentEdit"), this))
{
    setObjectName(QStringLiteral("answerSentDialog"));
    form()->addRow(tr("&Sent on:"), m_sentEdit);
}

void AnswerSentDialog::submit()
{
    save([id = m_verzoekId, on = m_sentEdit->date().value_or(QDate())](Service &s) { return s.markVerzoekSent(id, on); });
}

} // namespace casusregie::ui
