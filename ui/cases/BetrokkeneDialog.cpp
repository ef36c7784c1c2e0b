#include "cases/BetrokkeneDialog.h"

#include "domain/Betrokkene.h"
#include "forms/Widgets.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace casusregie::ui {

BetrokkeneDialog::BetrokkeneDialog(ServiceThread &service, qint64 casusId, QWidget *parent)
    : FormDialog(service, tr("Add betrokkene"), parent)
    , m_casusId(casusId)
    , m_naamEdit(new QLineEdit(this))
    , m_geboortedatumEdit(dateEdit(QStringLiteral("geboortedatumEdit"), QDate(1990, 1, 1), this))
    , m_onbekendCheckBox(new QCheckBox(tr("unknown"), this))
    , m_categorieCombo(new QComboBox(this))
    , m_omschrijvingEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("betrokkeneDialog"));
    m_naamEdit->setObjectName(QStringLiteral("naamEdit"));
    m_onbekendCheckBox->setObjectName(QStringLiteral("onbekendCheckBox"));
    m_categorieCombo->setObjectName(QStringLiteral("categorieCombo"));
    fillWithEnum<BetrokkeneCategorie>(m_categorieCombo);
    m_omschrijvingEdit->setObjectName(QStringLiteral("omschrijvingEdit"));
    m_omschrijvingEdit->setPlaceholderText(tr("e.g. mother, neighbour, wijkagent"));

    auto *birth = new QHBoxLayout;
    birth->addWidget(m_geboortedatumEdit);
    birth->addWidget(m_onbekendCheckBox);
    form()->addRow(tr("&Name:"), m_naamEdit);
    form()->addRow(tr("Date of &birth:"), birth);
    form()->addRow(tr("&Category:"), m_categorieCombo);
    form()->addRow(tr("&Description:"), m_omschrijvingEdit);

    connect(m_naamEdit, &QLineEdit::textChanged, this, &BetrokkeneDialog::updateSave);
    connect(m_onbekendCheckBox, &QCheckBox::toggled, m_geboortedatumEdit, &QWidget::setDisabled);
    updateSave();
}

void BetrokkeneDialog::updateSave()
{
    setSaveEnabled(!m_naamEdit->text().trimmed().isEmpty());
}

void BetrokkeneDialog::submit()
{
    Betrokkene betrokkene;
    betrokkene.casusId = m_casusId;
    betrokkene.categorie = selectedEnum<BetrokkeneCategorie>(m_categorieCombo);
    betrokkene.naam = m_naamEdit->text().trimmed();
    if (!m_onbekendCheckBox->isChecked())
        betrokkene.geboortedatum = m_geboortedatumEdit->date();
    betrokkene.omschrijving = m_omschrijvingEdit->text().trimmed();
    save([betrokkene](Service &s) { return s.addBetrokkene(betrokkene); });
}

} // namespace casusregie::ui
