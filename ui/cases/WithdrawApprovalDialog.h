#pragma once

#include "domain/Approval.h"
#include "domain/Gegeven.h"
#include "forms/FormDialog.h"

namespace casusregie::ui {

// Withdraws one approval a supplier gave for one of its items (P 3.5c, C 17.2): from today the
// recipient no longer sees the item on it. Only approvals still in force are listed.
class WithdrawApprovalDialog final : public FormDialog {
    Q_OBJECT
public:
    WithdrawApprovalDialog(ServiceThread &service, qint64 casusId, const QList<Approval> &approvals, const QList<Gegeven> &items,
                           const QHash<qint64, QString> &betrokkenen, const QHash<qint64, QString> &parties, QDate today,
                           QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_casusId;
    QComboBox *m_approvalCombo;
};

} // namespace casusregie::ui
