#include "cases/VerstrekkingDialog.h"

#include "domain/Verstrekking.h"

#include <QFormLayout>
#include <QLineEdit>


namespace casusregie::ui {

VerstrekkingDialog::VerstrekkingDialog(ServiceThread &service, qint64 casusId, const QList<Gegeven> &items,
                                       const QHash<qint64, QString> &betrokkenen, const QHash<qint64, QString> &parties,
                                       QWidget *parent)
    : FormDialog(service, tr("Record a disclosure"), parent)
    , m_casusId(casusId)
    , m_itemsList(new QListWidget(this))
    , m_recipientCombo(new QComboBox(this))
    , m_thirdPartyEdit(new QLineEdit(this))
    , m_purposeEdit(new QLineEdit(this))
    , m_legalBasisEdit(new QLineEdit(this))
    , m_necessityEdit(new QLineEdit(this))
    , m_obligationEdit(new QLineEdit(this))
    , m_writtenConsentEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("verstrekkingDialog"));
    m_itemsList->setObjectName(QStringLiteral("itemsList"));
    for (const Gegeven &item : items) {
        auto *entry = new QListWidgetItem(tr("%1 about %2").arg(enumLabel(item.category), betrokkenen.value(item.betrokkeneId)),
                                          m_itemsList);
        entry->setData(Qt::UserRole, item.id);
        entry->setCheckState(Qt::Unchecked);
    }
    m_recipientCombo->setObjectName(QStringLiteral("recipientCombo"));
    m_recipientCombo->addItem(tr("A third party, not a covenant party"), 0);
    fillWithNames(m_recipientCombo, parties);
    m_thirdPartyEdit->setObjectName(QStringLiteral("thirdPartyEdit"));
    m_purposeEdit->setObjectName(QStringLiteral("verstrekkingPurposeEdit"));
    m_legalBasisEdit->setObjectName(QStringLiteral("legalBasisEdit"));
    m_necessityEdit->setObjectName(QStringLiteral("necessityEdit"));
    m_necessityEdit->setPlaceholderText(tr("Required for police and OM data (Wpg 32, Wjsg 39j)"));
    m_obligationEdit->setObjectName(QStringLiteral("obligationEdit"));
    m_obligationEdit->setPlaceholderText(tr("Required outside the participants of the casusoverleg (P 23.1)"));
    m_writtenConsentEdit->setObjectName(QStringLiteral("writtenConsentEdit"));
    m_writtenConsentEdit->setPlaceholderText(tr("Required for a third party: the supplier's prior written consent (C 10.3)"));

    form()->addRow(tr("&Items:"), m_itemsList);
    form()->addRow(tr("&To:"), m_recipientCombo);
    addLimitedRow(tr("Third party's &name:"), m_thirdPartyEdit, InputLimits::TextKind::Naam);
    addLimitedRow(tr("&Purpose:"), m_purposeEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("Legal &basis:"), m_legalBasisEdit);
    addLimitedRow(tr("&Necessity:"), m_necessityEdit, InputLimits::TextKind::Tekst);
    addLimitedRow(tr("Legal &obligation:"), m_obligationEdit, InputLimits::TextKind::Tekst);
    addLimitedRow(tr("Supplier's &written consent:"), m_writtenConsentEdit, InputLimits::TextKind::Tekst);

    connect(m_itemsList, &QListWidget::itemChanged, this, &VerstrekkingDialog::updateSave);
    connect(m_recipientCombo, &QComboBox::currentIndexChanged, this, &VerstrekkingDialog::updateSave);
    for (QLineEdit *edit : {m_thirdPartyEdit, m_purposeEdit, m_legalBasisEdit})
        connect(edit, &QLineEdit::textChanged, this, &VerstrekkingDialog::updateSave);
    resize(640, 560);
    updateSave();
}

void VerstrekkingDialog::updateSave()
{
    const bool thirdParty = m_recipientCombo->currentData().toLongLong() == 0;
    m_thirdPartyEdit->setEnabled(thirdParty);
    setSaveEnabled(!checkedIds(m_itemsList).isEmpty() && (!thirdParty || !m_thirdPartyEdit->text().trimmed().isEmpty())
                   && !m_purposeEdit->text().trimmed().isEmpty() && !m_legalBasisEdit->text().trimmed().isEmpty());
}

void VerstrekkingDialog::submit()
{
    Verstrekking verstrekking;
    verstrekking.casusId = m_casusId;
    verstrekking.gegevenIds = checkedIds(m_itemsList);
    verstrekking.recipientPartyId = m_recipientCombo->currentData().toLongLong();
    if (verstrekking.recipientPartyId == 0)
        verstrekking.thirdPartyName = m_thirdPartyEdit->text().trimmed();
    verstrekking.purpose = m_purposeEdit->text().trimmed();
    verstrekking.legalBasis = m_legalBasisEdit->text().trimmed();
    verstrekking.necessity = m_necessityEdit->text().trimmed();
    verstrekking.legalObligation = m_obligationEdit->text().trimmed();
    verstrekking.supplierWrittenConsent = m_writtenConsentEdit->text().trimmed();
    save([verstrekking](Service &s) { return s.recordVerstrekking(verstrekking); });
}

} // namespace casusregie::ui
