#include "cases/PlanSection.h"

#include "cases/AfspraakDialogs.h"
#include "forms/RowsModel.h"
#include "rules/CaseSignals.h"
#include "service/ServiceThread.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casusregie::ui {

PlanSection::PlanSection(ServiceThread &service, qint64 casusId, QWidget *parent)
    : QGroupBox(tr("Plan van aanpak"), parent)
    , m_service(service)
    , m_casusId(casusId)
    , m_model(new RowsModel({tr("Party"), tr("Action"), tr("Due"), tr("Status"), tr("Result")}, this))
    , m_table(recordsView(QStringLiteral("afsprakenTable"), m_model, this))
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

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanSection::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this,
            [this]() { openForm(new AddAfspraakDialog(m_service, m_casusId, m_partyNames, this)); });
    connect(m_statusButton, &QPushButton::clicked, this, [this]() {
        if (const Afspraak *afspraak = selected())
            openForm(new AfspraakStatusDialog(m_service, *afspraak, this));
    });
    updateButtons();
}

void PlanSection::setPartyNames(QHash<qint64, QString> names)
{
    m_partyNames = std::move(names);
}

void PlanSection::setOffer(std::optional<QString> adding, std::optional<QString> updating, QList<qint64> updatable)
{
    m_adding = std::move(adding);
    m_updating = std::move(updating);
    m_updatable = std::move(updatable);
    updateButtons();
}

void PlanSection::updateButtons()
{
    m_addButton->setVisible(m_adding.has_value());
    m_addButton->setEnabled(m_adding && m_adding->isEmpty());
    m_addButton->setToolTip(m_adding.value_or(QString()));
    m_statusButton->setVisible(m_updating.has_value());
    const Afspraak *afspraak = selected();
    QString obstacle = m_updating.value_or(QString());
    if (obstacle.isEmpty() && !afspraak)
        obstacle = tr("Select an agreement in the table first.");
    else if (obstacle.isEmpty() && !m_updatable.contains(afspraak->id))
        obstacle = tr("You can only update the agreements of your own party.");
    m_statusButton->setEnabled(obstacle.isEmpty());
    m_statusButton->setToolTip(obstacle);
}

// The agreement of the selected row; the view sorts through a proxy, the model keeps m_afspraken's order.
const Afspraak *PlanSection::selected() const
{
    const int row = selectedModelRow(m_table);
    return row >= 0 && row < m_afspraken.size() ? &m_afspraken.at(row) : nullptr;
}

void PlanSection::openForm(QDialog *form)
{
    connect(form, &QDialog::accepted, this, &PlanSection::changed);
    form->open();
}

void PlanSection::reload()
{
    m_service.call(this, [id = m_casusId](Service &service) { return service.afspraken(id); },
                   [this](const Result<QList<Afspraak>> &afspraken) {
                       m_model->setRows({});
                       m_afspraken.clear();
                       Q_EMIT availabilityChanged(afspraken.has_value()); // only for those who may see the plan
                       if (!afspraken)
                           return;
                       m_afspraken = *afspraken;
                       const QLocale locale;
                       QList<QList<TableCell>> rows;
                       for (const Afspraak &afspraak : std::as_const(m_afspraken)) {
                           // An agreement past its due date and still open shows its date in red.
                           const TableCell due(locale.toString(afspraak.dueDate, QLocale::ShortFormat), afspraak.dueDate,
                                               CaseSignals::isOverdue(afspraak, m_today));
                           rows << QList<TableCell>{m_partyNames.value(afspraak.ownerPartyId), afspraak.action, due,
                                                    enumLabel(afspraak.status), afspraak.result};
                       }
                       m_model->setRows(rows);
                       updateButtons();
                   });
}

} // namespace casusregie::ui
