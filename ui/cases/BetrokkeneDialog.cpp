#include "cases/BetrokkeneDialog.h"

#include "domain/Betrokkene.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QFormLayout>
#include <QLineEdit>

namespace casusregie::ui {

BetrokkeneDialog::BetrokkeneDialog(ServiceThread &service, qint64 casusId, QWidget *parent)
    : FormDialog(service, tr("Add betrokkene"), parent)
    , m_casusId(casusId)
    , m_naamEdit(new QLineEdit(this))
    , m_geboortedatumEdit(birthDateField(QStringLiteral("geboortedatumEdit"), this))
    , m_categorieCombo(new QComboBox(this))
    , m_omschrijvingEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("betrokkeneDialog"));
    m_naamEdit->setObjectName(QStringLiteral("naamEdit"));
    m_categorieCombo->setObjectName(QStringLiteral("categorieCombo"));
    fillWithEnum<BetrokkeneCategorie>(m_categorieCombo);
    m_omschrijvingEdit->setObjectName(QStringLiteral("omschrijvingEdit"));
    m_omschrijvingEdit->setPlaceholderText(tr("e.g. mother, neighbour, wijkagent"));

    addLimitedRow(tr("&Name:"), m_naamEdit, InputLimits::TextKind::Naam);
    form()->addRow(tr("Date of &birth:"), m_geboortedatumEdit);
    form()->addRow(tr("&Category:"), m_categorieCombo);
    form()->addRow(tr("&Description:"), m_omschrijvingEdit);

    connect(m_naamEdit, &QLineEdit::textChanged, this, &BetrokkeneDialog::updateSave);
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
    betrokkene.geboortedatum = m_geboortedatumEdit->date().value_or(QDate()); // empty: unknown
    betrokkene.omschrijving = m_omschrijvingEdit->text().trimmed();
    save([betrokkene](Service &s) { return s.addBetrokkene(betrokkene); });
}

} // namespace casusregie::ui
