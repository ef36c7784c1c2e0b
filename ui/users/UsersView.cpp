#include "users/UsersView.h"

#include "service/ServiceThread.h"
#include "users/UsersModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

UsersView::UsersView(ServiceThread &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new UsersModel(this))
    , m_tableView(new QTableView(this))
    , m_activeButton(new QPushButton(this))
    , m_unlockButton(new QPushButton(tr("&Lift login lockout"), this))
    , m_totpButton(new QPushButton(tr("Remove &second factor…"), this))
    , m_feedbackLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("usersView"));
    m_tableView->setObjectName(QStringLiteral("usersTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_totpButton->setObjectName(QStringLiteral("totpButton"));
    m_feedbackLabel->setObjectName(QStringLiteral("usersFeedbackLabel"));
    m_feedbackLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activeButton);
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(m_totpButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tableView);
    layout->addLayout(buttons);
    layout->addWidget(m_feedbackLabel);

    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateButtons);
    connect(m_activeButton, &QPushButton::clicked, this, &UsersView::toggleActive);
    connect(m_unlockButton, &QPushButton::clicked, this, &UsersView::unlock);
    connect(m_totpButton, &QPushButton::clicked, this, &UsersView::resetSecondFactor);
    updateButtons();
}

void UsersView::setPartyNames(QHash<qint64, QString> names)
{
    m_model->setPartyNames(std::move(names));
}

void UsersView::refresh()
{
    m_service.call(this, [](Service &service) { return service.users(); }, [this](const Result<QList<User>> &users) {
        if (!users) {
            m_feedbackLabel->setText(tr("The accounts could not be loaded: %1").arg(users.error().message));
            return;
        }
        m_model->setUsers(*users);
    });
}

const User *UsersView::selectedUser() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->userAt(rows.first().row());
}

void UsersView::updateButtons()
{
    const User *user = selectedUser();
    m_activeButton->setText(user && !user->active ? tr("&Unblock account") : tr("&Block account"));
    for (QPushButton *button : {m_activeButton, m_unlockButton, m_totpButton})
        button->setEnabled(user != nullptr);
}

void UsersView::showOutcome(const Status &status, const QString &done)
{
    m_feedbackLabel->setText(status ? done : tr("Not done: %1").arg(status.error().message));
    refresh();
}

void UsersView::toggleActive()
{
    const User *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    const bool activate = !user->active;
    const QString name = user->displayName;
    m_service.call(this, [id, activate](Service &service) { return service.setUserActive(id, activate); },
                   [this, activate, name](const Status &status) {
                       showOutcome(status, activate ? tr("%1 can log in again.").arg(name)
                                                    : tr("%1 is blocked; open sessions end at their next request.").arg(name));
                   });
}

void UsersView::unlock()
{
    const User *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    const QString name = user->displayName;
    m_service.call(this, [id](Service &service) { return service.unlockUser(id); }, [this, name](const Status &status) {
        showOutcome(status, tr("The login lockout of %1 has been lifted.").arg(name));
    });
}

// Beheer never sees a second factor (B6): it removes one, and the user enrols a new one at the
// next login.
void UsersView::resetSecondFactor()
{
    const User *user = selectedUser();
    if (!user)
        return;
    const qint64 id = user->id;
    const QString name = user->displayName;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove second factor"),
                                    tr("Remove the second factor of %1? Their open sessions end, and at their next login "
                                       "they set up a new one on their own phone.")
                                        .arg(name),
                                    QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("confirmTotpBox"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id, name](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_service.call(this, [id](Service &service) { return service.resetSecondFactor(id); }, [this, name](const Status &status) {
            showOutcome(status, tr("The second factor of %1 has been removed; they set up a new one at their next login.").arg(name));
        });
    });
    confirm->open();
}

} // namespace casusregie::ui
