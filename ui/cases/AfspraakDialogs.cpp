#include "cases/AfspraakDialogs.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>


namespace casusregie::ui {

AddAfspraakDialog::AddAfspraakDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &parties, QWidget *parent)
    : FormDialog(service, tr("Add an agreement"), parent)
    , m_casusId(casusId)
    , m_partyCombo(new QComboBox(this))
    , m_actionEdit(new QLineEdit(this))
    , m_dueEdit(new DateField(QStringLiteral("dueEdit"), today().addMonths(1), this))
{
    setObjectName(QStringLiteral("addAfspraakDialog"));
    m_partyCombo->setObjectName(QStringLiteral("ownerCombo"));
    fillWithNames(m_partyCombo, parties);
    m_actionEdit->setObjectName(QStringLiteral("actionEdit"));
    form()->addRow(tr("&Party:"), m_partyCombo);
    addLimitedRow(tr("&Action:"), m_actionEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&Due:"), m_dueEdit);
    connect(m_actionEdit, &QLineEdit::textChanged, this, [this]() { setSaveEnabled(!m_actionEdit->text().trimmed().isEmpty()); });
    setSaveEnabled(false);
}

void AddAfspraakDialog::submit()
{
    Afspraak afspraak;
    afspraak.casusId = m_casusId;
    afspraak.ownerPartyId = m_partyCombo->currentData().toLongLong();
    afspraak.action = m_actionEdit->text().trimmed();
    afspraak.dueDate = m_dueEdit->date().value_or(QDate());
    save([afspraak](Service &s) { return s.addAfspraak(afspraak); });
}

AfspraakStatusDialog::AfspraakStatusDialog(ServiceThread &service, const Afspraak &afspraak, QWidget *parent)
    : FormDialog(service, tr("Agreement status"), parent)
    , m_afspraak(afspraak)
    , m_statusCombo(new QComboBox(this))
    , m_resultEdit(new QPlainTextEdit(afspraak.result, this))
{
    setObjectName(QStringLiteral("afspraakStatusDialog"));
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    fillWithEnum<AfspraakStatus>(m_statusCombo);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(enumKey(afspraak.status)));
    m_resultEdit->setObjectName(QStringLiteral("resultEdit"));
    auto *action = new QLabel(afspraak.action, this);
    action->setWordWrap(true);
    form()->addRow(tr("Agreement:"), action);
    form()->addRow(tr("&Status:"), m_statusCombo);
    addLimitedRow(tr("&Result:"), m_resultEdit, InputLimits::TextKind::Tekst);
}

void AfspraakStatusDialog::submit()
{
    save([casusId = m_afspraak.casusId, id = m_afspraak.id, status = selectedEnum<AfspraakStatus>(m_statusCombo),
          result = m_resultEdit->toPlainText().trimmed()](Service &s) { return s.updateAfspraakStatus(casusId, id, status, result); });
}

} // namespace casusregie::ui
