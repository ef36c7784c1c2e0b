#include "cases/PhaseChangeDialog.h"

#include "cases/ItemReviewModel.h"
#include "rules/PhaseMachine.h"
#include "service/Commands.h"
#include "forms/Widgets.h"

#include <QDate>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace casusregie::ui {

namespace {

// Withdrawn items are no longer held: nothing to review.
QList<Gegeven> heldItems(const QList<Gegeven> &items)
{
    QList<Gegeven> held;
    for (const Gegeven &item : items) {
        if (!item.isWithdrawn())
            held << item;
    }
    return held;
}

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
    , m_review(new ItemReviewModel(heldItems(items), betrokkenen, this))
    , m_reviewTable(new QTableView(this))
{
    setObjectName(QStringLiteral("phaseChangeDialog"));
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    for (const AllowedTransition &transition : PhaseMachine::allowedTransitions()) {
        if (transition.from == current)
            m_targetCombo->addItem(enumLabel(transition.to), enumKey(transition.to));
    }
    m_decisionEdit->setObjectName(QStringLiteral("decisionEdit"));
    m_basisEdit->setObjectName(QStringLiteral("basisEdit"));
    m_basisEdit->setPlaceholderText(tr("e.g. decision of the casusoverleg of 12-03-2026"));

    m_reviewTable->setObjectName(QStringLiteral("reviewTable"));
    m_reviewTable->setModel(m_review);
    m_reviewTable->setAccessibleName(tr("Review of every item held"));
    // Space ticks Keep, typing or F2 edits the reason; Tab goes on to the buttons.
    m_reviewTable->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::DoubleClicked);
    m_reviewTable->setTabKeyNavigation(false);
    m_reviewTable->setWordWrap(false);
    m_reviewTable->setTextElideMode(Qt::ElideRight);
    m_reviewTable->verticalHeader()->hide();
    m_reviewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_reviewTable->horizontalHeader()->setStretchLastSection(true);
    // Room for the item and a reason; long content is elided, whole in its tooltip.
    for (const auto &[column, width] : {std::pair{ItemReviewModel::BetrokkeneColumn, 130}, std::pair{ItemReviewModel::KindColumn, 110},
                                        std::pair{ItemReviewModel::ContentColumn, 170}, std::pair{ItemReviewModel::KeepColumn, 100}})
        m_reviewTable->setColumnWidth(column, width);
    m_reviewTable->setMinimumSize(720, 160);

    form()->addRow(tr("From phase:"), new QLabel(enumLabel(current), this));
    form()->addRow(tr("&To phase:"), m_targetCombo);
    addLimitedRow(tr("&Decision:"), m_decisionEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&Basis of the decision:"), m_basisEdit);
    m_newMeldingEdit->setObjectName(QStringLiteral("newMeldingEdit"));
    m_newMeldingEdit->setPlaceholderText(tr("case number of the new aanmelding, e.g. 2026-0012"));
    if (current == Phase::Afschaling)
        form()->addRow(tr("New melding about the same person:"), m_newMeldingEdit); // P 11.6
    else
        m_newMeldingEdit->hide();
    form()->addRow(tr("Review of every item held (P 3.5b):"), m_reviewTable);
    if (m_review->rowCount() == 0)
        m_reviewTable->hide();

    connect(m_decisionEdit, &QLineEdit::textChanged, this, &PhaseChangeDialog::updateSave);
    connect(m_basisEdit, &QLineEdit::textChanged, this, &PhaseChangeDialog::updateSave);
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
    change.reviews = m_review->reviews();
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
