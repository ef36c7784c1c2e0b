#include "cases/OverlegDialog.h"

#include "domain/Overleg.h"

#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QDateTime>
#include <QTimeEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace casusregie::ui {

OverlegDialog::OverlegDialog(ServiceThread &service, qint64 casusId, const QList<Theme> &themes,
                             const QHash<qint64, QString> &parties, QWidget *parent)
    : FormDialog(service, tr("Plan a casusoverleg"), parent)
    , m_casusId(casusId)
    , m_themes(themes)
    , m_datumEdit(new DateField(QStringLiteral("datumEdit"), today().addDays(7), this))
    , m_timeEdit(new QTimeEdit(QTime(10, 0), this))
    , m_plaatsEdit(new QLineEdit(this))
    , m_doelEdit(new QLineEdit(this))
    , m_decisionTypesEdit(new QLineEdit(this))
    , m_invitedList(checkList(parties, this))
{
    setObjectName(QStringLiteral("overlegDialog"));
    // Not in the past; the service refuses it too.
    m_datumEdit->setRange(today(), QDate());
    m_timeEdit->setObjectName(QStringLiteral("timeEdit"));
    m_plaatsEdit->setObjectName(QStringLiteral("plaatsEdit"));
    m_doelEdit->setObjectName(QStringLiteral("overlegDoelEdit"));
    m_doelEdit->setPlaceholderText(tr("e.g. a shared picture and a plan"));
    m_decisionTypesEdit->setObjectName(QStringLiteral("decisionTypesEdit"));
    m_decisionTypesEdit->setPlaceholderText(tr("e.g. plan van aanpak, casusregisseur"));
    m_invitedList->setObjectName(QStringLiteral("invitedList"));

    form()->addRow(tr("&When:"), dateAndTimeRow(m_datumEdit, m_timeEdit));
    form()->addRow(tr("W&here:"), m_plaatsEdit);
    addLimitedRow(tr("&Goal:"), m_doelEdit, InputLimits::TextKind::Tekst);
    addLimitedRow(tr("&Decisions to take:"), m_decisionTypesEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&Invite:"), m_invitedList);

    connect(m_doelEdit, &QLineEdit::textChanged, this, &OverlegDialog::updateSave);
    connect(m_decisionTypesEdit, &QLineEdit::textChanged, this, &OverlegDialog::updateSave);
    connect(m_invitedList, &QListWidget::itemChanged, this, &OverlegDialog::updateSave);
    updateSave();
}

void OverlegDialog::updateSave()
{
    setSaveEnabled(!m_doelEdit->text().trimmed().isEmpty() && !m_decisionTypesEdit->text().trimmed().isEmpty()
                   && !checkedIds(m_invitedList).isEmpty());
}

void OverlegDialog::submit()
{
    Overleg overleg;
    overleg.casusId = m_casusId;
    overleg.datum = amsterdamMoment(m_datumEdit, m_timeEdit->time());
    overleg.plaats = m_plaatsEdit->text().trimmed();
    overleg.doel = m_doelEdit->text().trimmed();
    overleg.themes = m_themes;
    overleg.decisionTypes = m_decisionTypesEdit->text().trimmed();
    overleg.invitedPartyIds = checkedIds(m_invitedList);
    save([overleg](Service &s) { return s.planOverleg(overleg); });
}

} // namespace casusregie::ui
