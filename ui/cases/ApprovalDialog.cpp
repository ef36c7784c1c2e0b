#include "cases/ApprovalDialog.h"

#include "service/Commands.h"
#include "forms/Widgets.h"

#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace casusregie::ui {

ApprovalDialog::ApprovalDialog(ServiceThread &service, qint64 casusId, qint64 gegevenId, const QString &itemDescription,
                               const QHash<qint64, QString> &recipients, QWidget *parent)
    : FormDialog(service, tr("Record the supplier's approval"), parent)
    , m_casusId(casusId)
    , m_gegevenId(gegevenId)
    , m_recipientsList(checkList(recipients, this))
    , m_purposeEdit(new QLineEdit(this))
    , m_approvedByEdit(new QLineEdit(this))
    , m_approvedOnEdit(dateEdit(QStringLiteral("approvedOnEdit"), QDate::currentDate(), this))
    , m_howEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    m_recipientsList->setObjectName(QStringLiteral("recipientsList"));
    m_purposeEdit->setObjectName(QStringLiteral("purposeEdit"));
    m_purposeEdit->setPlaceholderText(tr("e.g. preparing the casusoverleg"));
    m_approvedByEdit->setObjectName(QStringLiteral("approvedByEdit"));
    m_approvedByEdit->setPlaceholderText(tr("name and position at the supplying party"));
    m_howEdit->setObjectName(QStringLiteral("howEdit"));
    m_howEdit->setPlaceholderText(tr("e.g. by e-mail, by phone"));

    auto *item = new QLabel(itemDescription, this);
    item->setWordWrap(true);
    form()->addRow(tr("Item:"), item);
    form()->addRow(tr("&Approved for:"), m_recipientsList);
    form()->addRow(tr("&Purpose:"), m_purposeEdit);
    form()->addRow(tr("Approved &by:"), m_approvedByEdit);
    form()->addRow(tr("Approved &on:"), m_approvedOnEdit);
    form()->addRow(tr("&How:"), m_howEdit);

    connect(m_recipientsList, &QListWidget::itemChanged, this, &ApprovalDialog::updateSave);
    for (QLineEdit *edit : {m_purposeEdit, m_approvedByEdit, m_howEdit})
        connect(edit, &QLineEdit::textChanged, this, &ApprovalDialog::updateSave);
    updateSave();
}

void ApprovalDialog::updateSave()
{
    setSaveEnabled(!checkedIds(m_recipientsList).isEmpty() && !m_purposeEdit->text().trimmed().isEmpty()
                   && !m_approvedByEdit->text().trimmed().isEmpty() && !m_howEdit->text().trimmed().isEmpty());
}

void ApprovalDialog::submit()
{
    const NewApproval approval{m_gegevenId, checkedIds(m_recipientsList), m_purposeEdit->text().trimmed(),
                               m_approvedByEdit->text().trimmed(), m_approvedOnEdit->date(), m_howEdit->text().trimmed()};
    save([casusId = m_casusId, approval](Service &s) { return s.recordApproval(casusId, approval); });
}

} // namespace casusregie::ui
