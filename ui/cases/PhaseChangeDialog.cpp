#include "cases/PhaseChangeDialog.h"

#include "rules/PhaseMachine.h"
#include "service/Commands.h"
#include "forms/Widgets.h"

#include <QDate>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace casusregie::ui {

namespace {

enum ReviewColumn { BetrokkeneColumn, KindColumn, ContentColumn, KeepColumn, ReasonColumn };

} // namespace

PhaseChangeDialog::PhaseChangeDialog(ServiceThread &service, qint64 casusId, Phase current, const QList<Gegeven> &items,
                                     const QHash<qint64, QString> &betrokkenen, QWidget *parent)
    : FormDialog(service, tr("Change phase"), parent)
    , m_casusId(casusId)
    , m_current(current)
    , m_targetCombo(new QComboBox(this))
    , m_decisionEdit(new QLineEdit(this))
    , m_basisEdit(new QLineEdit(this))
    , m_newMeldingEdit(new QLineEdit(this))
    , m_reviewTable(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("phaseChangeDialog"));
    for (const Gegeven &item : items) {
        if (!item.isWithdrawn())
            m_items << item;
    }
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    for (const AllowedTransition &transition : PhaseMachine::allowedTransitions()) {
        if (transition.from == current)
            m_targetCombo->addItem(enumLabel(transition.to), enumKey(transition.to));
    }
    m_decisionEdit->setObjectName(QStringLiteral("decisionEdit"));
    m_basisEdit->setObjectName(QStringLiteral("basisEdit"));
    m_basisEdit->setPlaceholderText(tr("e.g. decision of the casusoverleg of 12-03-2026"));

    m_reviewTable->setObjectName(QStringLiteral("reviewTable"));
    m_reviewTable->setHorizontalHeaderLabels({tr("Betrokkene"), tr("Kind of data"), tr("Content"), tr("Keep"), tr("Why still needed, or why withdrawn")});
    m_reviewTable->verticalHeader()->hide();
    m_reviewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reviewTable->horizontalHeader()->setStretchLastSection(true);
    for (const Gegeven &item : std::as_const(m_items)) {
        const int row = m_reviewTable->rowCount();
        m_reviewTable->insertRow(row);
        const auto fixed = [](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return cell;
        };
        m_reviewTable->setItem(row, BetrokkeneColumn, fixed(betrokkenen.value(item.betrokkeneId)));
        m_reviewTable->setItem(row, KindColumn, fixed(enumLabel(item.category)));
        m_reviewTable->setItem(row, ContentColumn, fixed(item.content));
        auto *keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        keep->setCheckState(Qt::Checked);
        m_reviewTable->setItem(row, KeepColumn, keep);
        m_reviewTable->setItem(row, ReasonColumn, new QTableWidgetItem);
    }

    form()->addRow(tr("From phase:"), new QLabel(enumLabel(current), this));
    form()->addRow(tr("&To phase:"), m_targetCombo);
    form()->addRow(tr("&Decision:"), m_decisionEdit);
    form()->addRow(tr("&Basis of the decision:"), m_basisEdit);
    m_newMeldingEdit->setObjectName(QStringLiteral("newMeldingEdit"));
    m_newMeldingEdit->setPlaceholderText(tr("case number of the new aanmelding, e.g. 2026-0012"));
    if (current == Phase::Afschaling)
        form()->addRow(tr("New melding about the same person:"), m_newMeldingEdit); // P 11.6
    else
        m_newMeldingEdit->hide();
    form()->addRow(tr("Review of every item held (P 3.5b):"), m_reviewTable);
    if (m_items.isEmpty())
        m_reviewTable->hide();

    connect(m_decisionEdit, &QLineEdit::textChanged, this, &PhaseChangeDialog::updateSave);
    connect(m_basisEdit, &QLineEdit::textChanged, this, &PhaseChangeDialog::updateSave);
    resize(900, 500);
    updateSave();
}

void PhaseChangeDialog::updateSave()
{
    setSaveEnabled(m_targetCombo->count() > 0 && !m_decisionEdit->text().trimmed().isEmpty()
                   && !m_basisEdit->text().trimmed().isEmpty());
}

void PhaseChangeDialog::submit()
{
    PhaseChange change;
    change.casusId = m_casusId;
    change.from = m_current;
    change.to = selectedEnum<Phase>(m_targetCombo);
    change.decision = m_decisionEdit->text().trimmed();
    change.basis = m_basisEdit->text().trimmed();
    for (int row = 0; row < m_items.size(); ++row) {
        change.reviews << GegevenReview{m_items.at(row).id, m_reviewTable->item(row, KeepColumn)->checkState() == Qt::Checked,
                                     m_reviewTable->item(row, ReasonColumn)->text().trimmed()};
    }
    const QString newMelding = m_newMeldingEdit->text().trimmed();
    save([change, newMelding](Service &s) mutable -> Status {
        // P 11.6: the new melding is an aanmelding on record; the service checks it is about the same person.
        if (!newMelding.isEmpty()) {
            auto found = s.searchCases({newMelding, {}, {}});
            if (!found)
                return std::unexpected(found.error());
            if (found->isEmpty())
                return fail(ErrorCode::NotFound, QStringLiteral("Er is geen aanmelding met dit nummer die u kunt zien."));
            change.newMeldingCasusId = found->first().id;
        }
        return s.changePhase(change);
    });
}

} // namespace casusregie::ui
