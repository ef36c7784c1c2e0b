#include "cases/ConsentDialog.h"

#include "domain/Consent.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>


namespace casusregie::ui {

ConsentDialog::ConsentDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &betrokkenen,
                             const QHash<qint64, QString> &parties, qint64 ownPartyId, QWidget *parent)
    : FormDialog(service, tr("Record consent"), parent)
    , m_casusId(casusId)
    , m_betrokkeneCombo(new QComboBox(this))
    , m_supplierCombo(new QComboBox(this))
    , m_givenByCombo(new QComboBox(this))
    , m_representativeEdit(new QLineEdit(this))
    , m_givenOnEdit(pastDateField(QStringLiteral("givenOnEdit"), this))
    , m_scopeEdit(new QLineEdit(this))
    , m_howEdit(new QLineEdit(this))
    , m_toldCheckBox(new QCheckBox(tr("Told that the consent can be withdrawn at any time"), this))
{
    setObjectName(QStringLiteral("consentDialog"));
    m_betrokkeneCombo->setObjectName(QStringLiteral("consentBetrokkeneCombo"));
    fillWithNames(m_betrokkeneCombo, betrokkenen);
    m_supplierCombo->setObjectName(QStringLiteral("consentSupplierCombo"));
    fillWithNames(m_supplierCombo, parties);
    m_supplierCombo->setCurrentIndex(m_supplierCombo->findData(ownPartyId));
    m_givenByCombo->setObjectName(QStringLiteral("givenByCombo"));
    fillWithEnum<ConsentGiver>(m_givenByCombo);
    m_representativeEdit->setObjectName(QStringLiteral("representativeEdit"));
    m_representativeEdit->setPlaceholderText(tr("Only when a representative gave it"));
    m_scopeEdit->setObjectName(QStringLiteral("scopeEdit"));
    m_scopeEdit->setPlaceholderText(tr("e.g. treatment data for the casusoverleg"));
    m_howEdit->setObjectName(QStringLiteral("consentHowEdit"));
    m_howEdit->setPlaceholderText(tr("e.g. in writing, form in the supplier's file"));
    m_toldCheckBox->setObjectName(QStringLiteral("toldCheckBox"));

    form()->addRow(tr("&Betrokkene:"), m_betrokkeneCombo);
    form()->addRow(tr("For items of:"), m_supplierCombo);
    form()->addRow(tr("&Given by:"), m_givenByCombo);
    form()->addRow(tr("&Representative:"), m_representativeEdit);
    form()->addRow(tr("Given &on:"), m_givenOnEdit);
    addLimitedRow(tr("&Scope:"), m_scopeEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&How recorded:"), m_howEdit);
    form()->addRow(QString(), m_toldCheckBox);

    for (QLineEdit *edit : {m_scopeEdit, m_howEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConsentDialog::updateSave);
    updateSave();
}

void ConsentDialog::updateSave()
{
    setSaveEnabled(m_betrokkeneCombo->count() > 0 && m_supplierCombo->currentIndex() >= 0
                   && !m_scopeEdit->text().trimmed().isEmpty() && !m_howEdit->text().trimmed().isEmpty());
}

void ConsentDialog::submit()
{
    Consent consent;
    consent.betrokkeneId = m_betrokkeneCombo->currentData().toLongLong();
    consent.supplierPartyId = m_supplierCombo->currentData().toLongLong();
    consent.givenBy = selectedEnum<ConsentGiver>(m_givenByCombo);
    consent.representativeName = m_representativeEdit->text().trimmed();
    consent.givenOn = m_givenOnEdit->date().value_or(QDate());
    consent.scope = m_scopeEdit->text().trimmed();
    consent.recordedHow = m_howEdit->text().trimmed();
    consent.toldCanWithdraw = m_toldCheckBox->isChecked();
    save([casusId = m_casusId, consent](Service &s) { return s.recordConsent(casusId, consent); });
}

} // namespace casusregie::ui
