#include "cases/InformatieplichtDialog.h"

#include "domain/Informatieplicht.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace casusregie::ui {

InformatieplichtDialog::InformatieplichtDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &betrokkenen,
                                               const QHash<qint64, QString> &parties, qint64 ownPartyId, QWidget *parent)
    : FormDialog(service, tr("Information duty (P 16)"), parent)
    , m_casusId(casusId)
    , m_betrokkeneCombo(new QComboBox(this))
    , m_informedRadio(new QRadioButton(tr("&Informed"), this))
    , m_withheldRadio(new QRadioButton(tr("Informing &withheld"), this))
    , m_informedPart(new QWidget(this))
    , m_withheldPart(new QWidget(this))
    , m_informedOnEdit(pastDateField(QStringLiteral("informedOnEdit"), m_informedPart))
    , m_howEdit(new QLineEdit(m_informedPart))
    , m_byPartyCombo(new QComboBox(m_informedPart))
    , m_groundCombo(new QComboBox(m_withheldPart))
    , m_motivationEdit(new QLineEdit(m_withheldPart))
    , m_expectedOnEdit(new DateField(QStringLiteral("expectedOnEdit"), today().addMonths(1), m_withheldPart))
    , m_conditionsEdit(new QLineEdit(m_withheldPart))
    , m_reviewOnEdit(new DateField(QStringLiteral("reviewOnEdit"), today().addMonths(1), m_withheldPart))
{
    setObjectName(QStringLiteral("informatieplichtDialog"));
    m_betrokkeneCombo->setObjectName(QStringLiteral("informBetrokkeneCombo"));
    fillWithNames(m_betrokkeneCombo, betrokkenen);
    m_informedRadio->setObjectName(QStringLiteral("informedRadio"));
    m_withheldRadio->setObjectName(QStringLiteral("withheldRadio"));
    m_informedRadio->setChecked(true);
    m_howEdit->setObjectName(QStringLiteral("informHowEdit"));
    m_howEdit->setPlaceholderText(tr("e.g. in a conversation, with the leaflet"));
    m_byPartyCombo->setObjectName(QStringLiteral("byPartyCombo"));
    fillWithNames(m_byPartyCombo, parties);
    m_byPartyCombo->setCurrentIndex(m_byPartyCombo->findData(ownPartyId));
    m_groundCombo->setObjectName(QStringLiteral("groundCombo"));
    fillWithEnum<UitstelGrond>(m_groundCombo);
    m_motivationEdit->setObjectName(QStringLiteral("withholdMotivationEdit"));
    m_conditionsEdit->setObjectName(QStringLiteral("conditionsEdit"));
    m_conditionsEdit->setPlaceholderText(tr("Under which conditions the betrokkene will be informed"));

    auto *informed = new QFormLayout(m_informedPart);
    informed->addRow(tr("Informed &on:"), m_informedOnEdit);
    informed->addRow(tr("&How:"), m_howEdit);
    informed->addRow(tr("By &party:"), m_byPartyCombo);
    auto *withheld = new QFormLayout(m_withheldPart);
    withheld->addRow(tr("&Ground (P 16.6):"), m_groundCombo);
    withheld->addRow(tr("&Motivation:"), m_motivationEdit);
    withheld->addRow(tr("Expected to inform on:"), m_expectedOnEdit);
    withheld->addRow(tr("&Conditions:"), m_conditionsEdit);
    withheld->addRow(tr("&Review on:"), m_reviewOnEdit);

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_informedRadio);
    choice->addWidget(m_withheldRadio);
    form()->addRow(tr("&Betrokkene:"), m_betrokkeneCombo);
    form()->addRow(choice);
    form()->addRow(m_informedPart);
    form()->addRow(m_withheldPart);

    connect(m_informedRadio, &QRadioButton::toggled, this, &InformatieplichtDialog::updateForm);
    for (QLineEdit *edit : {m_howEdit, m_motivationEdit, m_conditionsEdit})
        connect(edit, &QLineEdit::textChanged, this, &InformatieplichtDialog::updateForm);
    updateForm();
}

void InformatieplichtDialog::updateForm()
{
    const bool informed = m_informedRadio->isChecked();
    m_informedPart->setVisible(informed);
    m_withheldPart->setVisible(!informed);
    const bool complete = informed ? !m_howEdit->text().trimmed().isEmpty()
                                   : !m_motivationEdit->text().trimmed().isEmpty() && !m_conditionsEdit->text().trimmed().isEmpty();
    setSaveEnabled(m_betrokkeneCombo->count() > 0 && complete);
}

void InformatieplichtDialog::submit()
{
    Informatieplicht record;
    record.betrokkeneId = m_betrokkeneCombo->currentData().toLongLong();
    record.informed = m_informedRadio->isChecked();
    if (record.informed) {
        record.informedOn = m_informedOnEdit->date().value_or(QDate());
        record.how = m_howEdit->text().trimmed();
        record.byPartyId = m_byPartyCombo->currentData().toLongLong();
    } else {
        record.ground = selectedEnum<UitstelGrond>(m_groundCombo);
        record.motivation = m_motivationEdit->text().trimmed();
        record.expectedOn = m_expectedOnEdit->date().value_or(QDate());
        record.conditions = m_conditionsEdit->text().trimmed();
        record.reviewOn = m_reviewOnEdit->date().value_or(QDate());
    }
    save([casusId = m_casusId, record](Service &s) { return s.recordInformatieplicht(casusId, record); });
}

} // namespace casusregie::ui
