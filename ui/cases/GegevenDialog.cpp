#include "cases/GegevenDialog.h"

#include "domain/DataCategory.h"
#include "domain/Grondslag.h"
#include "service/Commands.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>


namespace casusregie::ui {

GegevenDialog::GegevenDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &betrokkenen,
                             const QHash<qint64, QString> &parties, qint64 ownPartyId, QWidget *parent)
    : FormDialog(service, tr("Add item"), parent)
    , m_casusId(casusId)
    , m_betrokkeneCombo(new QComboBox(this))
    , m_categoryCombo(new QComboBox(this))
    , m_contentEdit(new QPlainTextEdit(this))
    , m_supplierCombo(new QComboBox(this))
    , m_grondslagCombo(new QComboBox(this))
    , m_beroepsgeheimCheckBox(new QCheckBox(tr("Under professional secrecy (sharing needs consent, P 7.2)"), this))
    , m_reasonEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("gegevenDialog"));
    m_betrokkeneCombo->setObjectName(QStringLiteral("betrokkeneCombo"));
    fillWithNames(m_betrokkeneCombo, betrokkenen);
    m_categoryCombo->setObjectName(QStringLiteral("categoryCombo"));
    fillWithEnum<DataCategory>(m_categoryCombo);
    m_contentEdit->setObjectName(QStringLiteral("contentEdit"));
    m_supplierCombo->setObjectName(QStringLiteral("supplierCombo"));
    fillWithNames(m_supplierCombo, parties);
    m_supplierCombo->setCurrentIndex(m_supplierCombo->findData(ownPartyId));
    m_grondslagCombo->setObjectName(QStringLiteral("grondslagCombo"));
    fillWithEnum<Grondslag>(m_grondslagCombo);
    m_beroepsgeheimCheckBox->setObjectName(QStringLiteral("beroepsgeheimCheckBox"));
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Required for special categories such as health or criminal data (B3)"));

    form()->addRow(tr("&Betrokkene:"), m_betrokkeneCombo);
    form()->addRow(tr("&Kind of data:"), m_categoryCombo);
    addLimitedRow(tr("C&ontent:"), m_contentEdit, InputLimits::TextKind::Lang);
    form()->addRow(tr("&Supplied by:"), m_supplierCombo);
    form()->addRow(tr("&Grondslag:"), m_grondslagCombo);
    form()->addRow(QString(), m_beroepsgeheimCheckBox);
    addLimitedRow(tr("&Why necessary:"), m_reasonEdit, InputLimits::TextKind::Tekst);

    connect(m_contentEdit, &QPlainTextEdit::textChanged, this, &GegevenDialog::updateSave);
    updateSave();
}

void GegevenDialog::updateSave()
{
    setSaveEnabled(m_betrokkeneCombo->count() > 0 && m_supplierCombo->currentIndex() >= 0
                   && !m_contentEdit->toPlainText().trimmed().isEmpty());
}

void GegevenDialog::submit()
{
    NewGegeven gegeven;
    gegeven.casusId = m_casusId;
    gegeven.betrokkeneId = m_betrokkeneCombo->currentData().toLongLong();
    gegeven.category = selectedEnum<DataCategory>(m_categoryCombo);
    gegeven.content = m_contentEdit->toPlainText().trimmed();
    gegeven.supplierPartyId = m_supplierCombo->currentData().toLongLong();
    gegeven.grondslag = selectedEnum<Grondslag>(m_grondslagCombo);
    gegeven.beroepsgeheim = m_beroepsgeheimCheckBox->isChecked();
    gegeven.necessityReason = m_reasonEdit->text().trimmed();
    save([gegeven](Service &s) { return s.addGegeven(gegeven); });
}

} // namespace casusregie::ui
