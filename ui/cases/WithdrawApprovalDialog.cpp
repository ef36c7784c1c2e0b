#include "cases/WithdrawApprovalDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace casusregie::ui {

WithdrawApprovalDialog::WithdrawApprovalDialog(ServiceThread &service, qint64 casusId, const QList<Approval> &approvals,
                                               const QList<Gegeven> &items, const QHash<qint64, QString> &betrokkenen,
                                               const QHash<qint64, QString> &parties, QDate today, QWidget *parent)
    : FormDialog(service, tr("Withdraw an approval"), parent)
    , m_casusId(casusId)
    , m_approvalCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("withdrawApprovalDialog"));
    m_approvalCombo->setObjectName(QStringLiteral("approvalCombo"));
    QHash<qint64, Gegeven> itemsById;
    for (const Gegeven &item : items)
        itemsById.insert(item.id, item);
    const QLocale locale;
    for (const Approval &approval : approvals) {
        if (!approval.isActiveOn(today) || !itemsById.contains(approval.gegevenId))
            continue;
        const Gegeven &item = itemsById[approval.gegevenId];
        // Items are told apart by kind, person, supplier and date; the recipient says whose view ends.
        m_approvalCombo->addItem(tr("%1 about %2 (from %3) for %4, approved %5 by %6")
                                     .arg(enumLabel(item.category), betrokkenen.value(item.betrokkeneId),
                                          parties.value(item.supplierPartyId), parties.value(approval.recipientPartyId),
                                          locale.toString(approval.approvedOn, QLocale::ShortFormat), approval.approvedBy),
                                 approval.id);
    }
    auto *effect = new QLabel(m_approvalCombo->count() > 0
                                  ? tr("From today the recipient no longer sees the item on this approval.")
                                  : tr("There is no approval in force that you may withdraw."),
                              this);
    effect->setWordWrap(true);
    form()->addRow(tr("&Approval:"), m_approvalCombo);
    form()->addRow(effect);
    setSaveEnabled(m_approvalCombo->count() > 0);
}

void WithdrawApprovalDialog::submit()
{
    save([casusId = m_casusId, id = m_approvalCombo->currentData().toLongLong()](Service &s) { return s.withdrawApproval(casusId, id); });
}

} // namespace casusregie::ui
