#include "cases/ApprovalDialog.h"

#include "service/Commands.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include "domain/Verwerkingsdoel.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace casusregie::ui {

ApprovalDialog::ApprovalDialog(ServiceThread &service, qint64 casusId, qint64 gegevenId, Phase phase, const QString &itemDescription,
                               const QHash<qint64, QString> &recipients, QWidget *parent)
    : FormDialog(service, tr("Record the supplier's approval"), parent)
    , m_casusId(casusId)
    , m_gegevenId(gegevenId)
    , m_recipientsList(checkList(recipients, this))
    , m_purposeCombo(new QComboBox(this))
    , m_approvedByEdit(new QLineEdit(this))
    , m_approvedOnEdit(pastDateField(QStringLiteral("approvedOnEdit"), this))
    , m_howEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    m_recipientsList->setObjectName(QStringLiteral("recipientsList"));
    m_purposeCombo->setObjectName(QStringLiteral("purposeCombo"));
    // P 3.5a/c: an approval holds for one purpose of the phase the casus is in, and lapses with it.
    for (const Verwerkingsdoel doel : allEnumValues<Verwerkingsdoel>()) {
        if (phaseOf(doel) == phase)
            m_purposeCombo->addItem(enumLabel(doel), QVariant::fromValue(int(doel)));
    }
    m_approvedByEdit->setObjectName(QStringLiteral("approvedByEdit"));
    m_approvedByEdit->setPlaceholderText(tr("name and position at the supplying party"));
    m_howEdit->setObjectName(QStringLiteral("howEdit"));
    m_howEdit->setPlaceholderText(tr("e.g. by e-mail, by phone"));

    auto *item = new QLabel(itemDescription, this);
    item->setWordWrap(true);
    form()->addRow(tr("Item:"), item);
    form()->addRow(tr("&Approved for:"), m_recipientsList);
    form()->addRow(tr("&Purpose:"), m_purposeCombo);
    form()->addRow(tr("Approved &by:"), m_approvedByEdit);
    form()->addRow(tr("Approved &on:"), m_approvedOnEdit);
    form()->addRow(tr("&How:"), m_howEdit);

    connect(m_recipientsList, &QListWidget::itemChanged, this, &ApprovalDialog::updateSave);
    for (QLineEdit *edit : {m_approvedByEdit, m_howEdit})
        connect(edit, &QLineEdit::textChanged, this, &ApprovalDialog::updateSave);
    updateSave();
}

void ApprovalDialog::updateSave()
{
    setSaveEnabled(!checkedIds(m_recipientsList).isEmpty() && m_purposeCombo->currentIndex() >= 0
                   && !m_approvedByEdit->text().trimmed().isEmpty() && !m_howEdit->text().trimmed().isEmpty());
}

void ApprovalDialog::submit()
{
    const NewApproval approval{m_gegevenId, checkedIds(m_recipientsList),
                               Verwerkingsdoel(m_purposeCombo->currentData().toInt()),
                               m_approvedByEdit->text().trimmed(), m_approvedOnEdit->date().value_or(QDate()), m_howEdit->text().trimmed()};
    save([casusId = m_casusId, approval](Service &s) { return s.recordApproval(casusId, approval); });
}

} // namespace casusregie::ui
