#include "users/RoleGrantsView.h"

#include "common/Clock.h"
#include "forms/RowsModel.h"
#include "rules/AccountRules.h"
#include "service/ServiceThread.h"
#include "users/RoleGrantDialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace casusregie::ui {

RoleGrantsView::RoleGrantsView(ServiceThread &service, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_user(user)
    , m_model(new RowsModel({tr("Account"), tr("Name"), tr("Role"), tr("Requested"), tr("Decision")}, this))
    , m_summaryLabel(new QLabel(this))
    , m_confirmButton(new QPushButton(tr("&Confirm role…"), this))
    , m_refuseButton(new QPushButton(tr("&Refuse role…"), this))
{
    setObjectName(QStringLiteral("roleGrantsView"));
    m_summaryLabel->setObjectName(QStringLiteral("roleGrantsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_confirmButton->setObjectName(QStringLiteral("confirmRoleButton"));
    m_refuseButton->setObjectName(QStringLiteral("refuseRoleButton"));
    m_table = recordsView(QStringLiteral("roleGrantsTable"), m_model, this);
    m_table->setAccessibleName(tr("Roles waiting for a decision"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmButton);
    buttons->addWidget(m_refuseButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoleGrantsView::updateButtons);
    connect(m_confirmButton, &QPushButton::clicked, this, [this]() { decide(true); });
    connect(m_refuseButton, &QPushButton::clicked, this, [this]() { decide(false); });
    updateButtons();
}

const RoleGrant *RoleGrantsView::selectedGrant() const
{
    const int row = selectedModelRow(m_table);
    return row >= 0 && row < m_grants.size() ? &m_grants.at(row) : nullptr;
}

// The same rule the service applies (AccountRules::checkDecision) says why a button is off.
void RoleGrantsView::updateButtons()
{
    const RoleGrant *grant = selectedGrant();
    const Status allowed = grant ? AccountRules::checkDecision(m_user, *grant)
                                 : Status(std::unexpected(Error{ErrorCode::InvalidArgument, tr("Choose a request first")}));
    for (QPushButton *button : {m_confirmButton, m_refuseButton}) {
        button->setEnabled(allowed.has_value());
        button->setToolTip(allowed ? QString() : allowed.error().message);
    }
}

void RoleGrantsView::decide(bool confirm)
{
    const RoleGrant *grant = selectedGrant();
    if (!grant)
        return;
    auto *dialog = new RoleGrantDialog(m_service, *grant, confirm, this); // a FormDialog deletes itself on close
    connect(dialog, &QDialog::accepted, this, &RoleGrantsView::refresh);
    dialog->open();
}

void RoleGrantsView::refresh()
{
    m_service.call(this, [](Service &service) { return service.roleGrants(); }, [this](const Result<QList<RoleGrant>> &grants) {
        m_grants = grants.value_or(QList<RoleGrant>());
        // Waiting requests first, the oldest at the top; decided ones after, the latest first.
        std::stable_sort(m_grants.begin(), m_grants.end(), [](const RoleGrant &a, const RoleGrant &b) {
            if (a.pending() != b.pending())
                return a.pending();
            return a.pending() ? a.requestedAt < b.requestedAt : a.decidedAt > b.decidedAt;
        });
        const QLocale locale;
        QList<QList<TableCell>> rows;
        int waiting = 0;
        for (const RoleGrant &grant : std::as_const(m_grants)) {
            waiting += grant.pending() ? 1 : 0;
            const QString decision = grant.pending() ? tr("waiting")
                                                     : (grant.confirmed ? tr("confirmed %1") : tr("refused %1"))
                                                           .arg(locale.toString(inAmsterdam(grant.decidedAt), QLocale::ShortFormat));
            rows << QList<TableCell>{grant.username, grant.displayName, enumLabel(grant.role),
                                     TableCell(locale.toString(inAmsterdam(grant.requestedAt), QLocale::ShortFormat), grant.requestedAt),
                                     TableCell(decision, {}, grant.pending())};
        }
        m_model->setRows(rows);
        if (!grants)
            m_summaryLabel->setText(tr("The role requests could not be loaded: %1").arg(grants.error().message));
        else
            m_summaryLabel->setText(waiting == 0 ? tr("No role is waiting for a decision.")
                                                 : tr("%n role(s) waiting for a decision.", nullptr, waiting));
        updateButtons();
    });
}

} // namespace casusregie::ui
