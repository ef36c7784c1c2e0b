#pragma once

#include "domain/User.h"
#include "forms/FormDialog.h"

namespace casusregie::ui {

// Confirming or refusing one requested role, with who it is for and what it opens, so the
// decision is taken knowingly. The service records it in the decider's name.
class RoleGrantDialog final : public FormDialog {
    Q_OBJECT
public:
    RoleGrantDialog(ServiceThread &service, const RoleGrant &grant, bool confirm, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_grantId;
    bool m_confirm;
};

} // namespace casusregie::ui
