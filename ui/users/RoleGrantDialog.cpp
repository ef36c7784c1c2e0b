#include "users/RoleGrantDialog.h"

#include <QFormLayout>
#include <QLabel>

namespace casusregie::ui {

RoleGrantDialog::RoleGrantDialog(ServiceThread &service, const RoleGrant &grant, bool confirm, QWidget *parent)
    : FormDialog(service, confirm ? tr("Confirm a role") : tr("Refuse a role"), parent)
    , m_grantId(grant.id)
    , m_confirm(confirm)
{
    setObjectName(QStringLiteral("roleGrantDialog"));
    auto *account = new QLabel(QStringLiteral("%1 (%2)").arg(grant.displayName, grant.username), this);
    account->setObjectName(QStringLiteral("roleGrantAccountLabel"));
    form()->addRow(tr("Account:"), account);
    form()->addRow(tr("Role:"), new QLabel(enumLabel(grant.role), this));
    auto *meaning = new QLabel(confirm ? tr("By saving you confirm this role: the account gets the access to personal data that the "
                                            "role gives, from its next request. The confirmation is recorded in your name.")
                                       : tr("By saving you refuse this role: the account does not get it. The refusal is recorded "
                                            "in your name; functioneel beheer can ask again."),
                               this);
    meaning->setWordWrap(true);
    form()->addRow(meaning);
}

void RoleGrantDialog::submit()
{
    save([id = m_grantId, confirm = m_confirm](Service &s) { return s.decideRoleGrant(id, confirm); });
}

} // namespace casusregie::ui
