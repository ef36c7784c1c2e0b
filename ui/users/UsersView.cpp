#include "users/UsersView.h"

#include "service/ServiceThread.h"
#include "users/AccountDialogs.h"
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
    , m_newButton(new QPushButton(tr("&New account…"), this))
    , m_rolesButton(new QPushButton(tr("&Roles…"), this))
    , m_passwordButton(new QPushButton(tr("New one-time &password…"), this))
    , m_activeButton(new QPushButton(this))
    , m_unlockButton(new QPushButton(tr("&Lift login lockout"), this))
    , m_totpButton(new QPushButton(tr("Remove &second factor…"), this))
    , m_feedbackLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("usersView"));
    m_tableView->setObjectName(QStringLiteral("usersTableView"));
    m_tableView->setAccessibleName(tr("Accounts"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_newButton->setObjectName(QStringLiteral("newAccountButton"));
    m_rolesButton->setObjectName(QStringLiteral("rolesButton"));
    m_passwordButton->setObjectName(QStringLiteral("passwordButton"));
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_totpButton->setObjectName(QStringLiteral("totpButton"));
    m_feedbackLabel->setObjectName(QStringLiteral("usersFeedbackLabel"));
    m_feedbackLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_newButton, m_rolesButton, m_passwordButton, m_activeButton, m_unlockButton, m_totpButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tableView);
    layout->addLayout(buttons);
    layout->addWidget(m_feedbackLabel);

    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateButtons);
    connect(m_newButton, &QPushButton::clicked, this, [this]() {
        auto *form = new NewAccountDialog(m_service, m_partyNames, this);
        openAccountForm(form, [this, form]() {
            handOver(tr("Account made"), form->password());
            return tr("The account has been made.");
        });
    });
    connect(m_rolesButton, &QPushButton::clicked, this, [this]() {
        if (const User *user = selectedUser())
            openAccountForm(new RolesDialog(m_service, *user, this), [this]() {
                return tr("The roles have been changed; roles that open personal data wait for confirmation.");
            });
    });
    connect(m_passwordButton, &QPushButton::clicked, this, [this]() {
        if (const User *user = selectedUser()) {
            auto *form = new ResetPasswordDialog(m_service, *user, this);
            openAccountForm(form, [this, form]() {
                handOver(tr("New one-time password"), form->password());
                return tr("The account has a new one-time password; its open sessions have ended.");
            });
        }
    });
    connect(m_activeButton, &QPushButton::clicked, this, &UsersView::toggleActive);
    connect(m_unlockButton, &QPushButton::clicked, this, &UsersView::unlock);
    connect(m_totpButton, &QPushButton::clicked, this, &UsersView::resetSecondFactor);
    updateButtons();
}

void UsersView::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = names;
    m_model->setPartyNames(std::move(names));
}

void UsersView::openAccountForm(FormDialog *form, std::function<QString()> outcome)
{
    connect(form, &QDialog::accepted, this, [this, outcome = std::move(outcome)]() { showOutcome({}, outcome()); });
    form->open();
}

// The one-time password once more, to hand over: it is not kept anywhere it could be read later.
void UsersView::handOver(const QString &title, const QString &password)
{
    auto *message = new QMessageBox(QMessageBox::Information, title,
                                    tr("One-time password: %1\n\nHand it over in person or by phone. It opens nothing but "
                                       "choosing an own password, once.")
                                        .arg(password),
                                    QMessageBox::Ok, this);
    message->setObjectName(QStringLiteral("oneTimePasswordMessage"));
    message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    message->setAttribute(Qt::WA_DeleteOnClose);
    message->open();
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
    for (QPushButton *button : {m_rolesButton, m_passwordButton, m_activeButton, m_unlockButton, m_totpButton})
        button->setEnabled(user != nullptr);
    m_unlockButton->setEnabled(user && user->lockedOut);
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
