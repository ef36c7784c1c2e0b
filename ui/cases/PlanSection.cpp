#include "cases/PlanSection.h"

#include "cases/AfspraakDialogs.h"
#include "forms/Widgets.h"
#include "service/ServiceThread.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casusregie::ui {

PlanSection::PlanSection(ServiceThread &service, User user, qint64 casusId, QWidget *parent)
    : QGroupBox(tr("Plan van aanpak"), parent)
    , m_service(service)
    , m_user(std::move(user))
    , m_casusId(casusId)
    , m_table(readOnlyTable(QStringLiteral("afsprakenTable"), {tr("Party"), tr("Action"), tr("Due"), tr("Status"), tr("Result")}, this))
    , m_addButton(new QPushButton(tr("Add a&greement…"), this))
    , m_statusButton(new QPushButton(tr("Update stat&us…"), this))
{
    setObjectName(QStringLiteral("planSection"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addButton->setObjectName(QStringLiteral("addAfspraakButton"));
    m_statusButton->setObjectName(QStringLiteral("afspraakStatusButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_statusButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlanSection::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this,
            [this]() { openForm(new AddAfspraakDialog(m_service, m_casusId, m_partyNames, this)); });
    connect(m_statusButton, &QPushButton::clicked, this, [this]() {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty() && rows.first().row() < m_afspraken.size())
            openForm(new AfspraakStatusDialog(m_service, m_afspraken.at(rows.first().row()), this));
    });
    updateButtons();
}

void PlanSection::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
}

void PlanSection::setProcesregisseur(bool assigned)
{
    m_assigned = assigned;
    updateButtons();
}

void PlanSection::updateButtons()
{
    m_addButton->setVisible(m_assigned);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool mayUpdate = false;
    if (!rows.isEmpty() && rows.first().row() < m_afspraken.size()) {
        // The party's own agreements, or any for the procesregisseur and the casusregisseur.
        mayUpdate = m_assigned || m_user.hasRole(Role::Casusregisseur)
            || m_afspraken.at(rows.first().row()).ownerPartyId == m_user.partyId;
    }
    m_statusButton->setEnabled(mayUpdate);
}

void PlanSection::openForm(QDialog *form)
{
    connect(form, &QDialog::accepted, this, &PlanSection::reload);
    form->open();
}

void PlanSection::reload()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.afspraken(id); },
                   [this](const Result<QList<Afspraak>> &afspraken) {
                       m_table->setRowCount(0);
                       m_afspraken.clear();
                       Q_EMIT availabilityChanged(afspraken.has_value()); // only for those who may see the plan
                       if (!afspraken)
                           return;
                       m_afspraken = *afspraken;
                       const QLocale locale;
                       for (const Afspraak &afspraak : std::as_const(m_afspraken))
                           appendRow(m_table, {m_partyNames.value(afspraak.ownerPartyId), afspraak.action,
                                               locale.toString(afspraak.dueDate, QLocale::ShortFormat), enumLabel(afspraak.status),
                                               afspraak.result});
                       updateButtons();
                   });
}

} // namespace casusregie::ui
