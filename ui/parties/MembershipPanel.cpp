#include "parties/MembershipPanel.h"

#include "forms/RowsModel.h"
#include "main/RoleScreens.h"
#include "parties/MembershipDialogs.h"
#include "parties/PartiesView.h"
#include "service/ServiceThread.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

MembershipPanel::MembershipPanel(ServiceThread &service, QDate today, const User &user, PartiesView *parties, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_today(today)
    , m_parties(parties)
    , m_historyModel(new RowsModel({tr("Date"), tr("Party"), tr("Event"), tr("Note")}, this))
    , m_toetredingButton(new QPushButton(tr("New party (&toetreding)…"), this))
    , m_opzeggingButton(new QPushButton(tr("Record &opzegging…"), this))
    , m_uitsluitingButton(new QPushButton(tr("Record &uitsluiting…"), this))
{
    setObjectName(QStringLiteral("membershipPanel"));
    m_toetredingButton->setObjectName(QStringLiteral("toetredingButton"));
    m_opzeggingButton->setObjectName(QStringLiteral("opzeggingButton"));
    m_uitsluitingButton->setObjectName(QStringLiteral("uitsluitingButton"));
    const bool manages = roleMayDo(user, Operation::ManageMembership);
    for (QPushButton *button : {m_toetredingButton, m_opzeggingButton, m_uitsluitingButton})
        button->setVisible(manages);

    auto *group = new QGroupBox(tr("Membership of the covenant (C 21-24)"), this);
    m_historyTable = recordsView(QStringLiteral("membershipHistoryTable"), m_historyModel, group);
    m_historyTable->setAccessibleName(tr("Membership history"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_toetredingButton, m_opzeggingButton, m_uitsluitingButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_historyTable);
    groupLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);

    connect(m_parties->tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembershipPanel::updateButtons);
    // The parties are loaded again after each change: the history follows, with their names.
    connect(m_parties->tableView()->model(), &QAbstractItemModel::modelReset, this, [this]() {
        updateButtons();
        refresh();
    });
    connect(m_toetredingButton, &QPushButton::clicked, this, [this]() { openStep(new ToetredingDialog(m_service, m_today, this)); });
    connect(m_opzeggingButton, &QPushButton::clicked, this, [this]() {
        if (const Party *party = m_parties->selectedParty())
            openStep(new MembershipEndDialog(m_service, *party, MembershipEvent::Opzegging, m_today, this));
    });
    connect(m_uitsluitingButton, &QPushButton::clicked, this, [this]() {
        if (const Party *party = m_parties->selectedParty())
            openStep(new MembershipEndDialog(m_service, *party, MembershipEvent::Uitsluiting, m_today, this));
    });
    updateButtons();
}

// A membership ends once: a party that has opgezegd or been uitgesloten offers neither again, and says why.
void MembershipPanel::updateButtons()
{
    const Party *party = m_parties->selectedParty();
    const bool ended = party && (party->membership.opgezegd.isValid() || party->membership.uitgesloten.isValid());
    for (QPushButton *button : {m_opzeggingButton, m_uitsluitingButton}) {
        button->setEnabled(party && !ended);
        button->setToolTip(!party ? tr("Choose a party in the table above first")
                                  : (ended ? tr("This party's membership has ended already") : QString()));
    }
}

void MembershipPanel::openStep(QDialog *dialog)
{
    connect(dialog, &QDialog::accepted, this, &MembershipPanel::membershipChanged);
    dialog->open();
}

void MembershipPanel::refresh()
{
    m_service.call(this, [](Service &service) { return service.membershipHistory(); },
                   [this](const Result<QList<MembershipChange>> &history) {
                       QList<QList<TableCell>> rows;
                       const QLocale locale;
                       for (const MembershipChange &change : history.value_or(QList<MembershipChange>()))
                           rows << QList<TableCell>{TableCell(locale.toString(change.datum, QLocale::ShortFormat), change.datum),
                                                    m_parties->partyName(change.partyId), enumLabel(change.gebeurtenis),
                                                    change.toelichting};
                       m_historyModel->setRows(rows);
                   });
}

} // namespace casusregie::ui
