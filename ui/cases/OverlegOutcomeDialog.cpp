#include "cases/OverlegOutcomeDialog.h"

#include "common/Clock.h"

#include "service/Commands.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace casusregie::ui {

OverlegOutcomeDialog::OverlegOutcomeDialog(ServiceThread &service, qint64 casusId, const QList<Overleg> &overleggen,
                                           const QHash<qint64, QString> &parties, QWidget *parent)
    : FormDialog(service, tr("Record a casusoverleg"), parent)
    , m_casusId(casusId)
    , m_overleggen(overleggen)
    , m_parties(parties)
    , m_overlegCombo(new QComboBox(this))
    , m_attendingList(new QListWidget(this))
    , m_minutesEdit(new QPlainTextEdit(this))
    , m_soortCombo(new QComboBox(this))
    , m_besluitEdit(new QLineEdit(this))
    , m_escalatedToEdit(new QLineEdit(this))
    , m_criteriaEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("overlegOutcomeDialog"));
    m_overlegCombo->setObjectName(QStringLiteral("overlegCombo"));
    const QLocale locale;
    for (const Overleg &overleg : overleggen)
        m_overlegCombo->addItem(tr("%1: %2").arg(locale.toString(inAmsterdam(overleg.datum), QLocale::ShortFormat), overleg.doel),
                                overleg.id);
    m_attendingList->setObjectName(QStringLiteral("attendingList"));
    m_minutesEdit->setObjectName(QStringLiteral("minutesEdit"));
    m_soortCombo->setObjectName(QStringLiteral("soortCombo"));
    fillWithEnum<BesluitSoort>(m_soortCombo);
    m_besluitEdit->setObjectName(QStringLiteral("besluitEdit"));
    m_besluitEdit->setPlaceholderText(tr("Leave empty when no decision was taken"));
    m_escalatedToEdit->setObjectName(QStringLiteral("escalatedToEdit"));
    m_escalatedToEdit->setPlaceholderText(tr("For an opschaling: Breed MT or the bestuurlijke tafel"));
    m_criteriaEdit->setObjectName(QStringLiteral("criteriaEdit"));
    m_criteriaEdit->setPlaceholderText(tr("For an afschaling: when is the casus back on track?"));

    form()->addRow(tr("&Overleg:"), m_overlegCombo);
    form()->addRow(tr("&Present:"), m_attendingList);
    addLimitedRow(tr("&Minutes:"), m_minutesEdit, InputLimits::TextKind::Lang);
    form()->addRow(tr("&Kind of decision:"), m_soortCombo);
    addLimitedRow(tr("&Decision:"), m_besluitEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&Escalated to:"), m_escalatedToEdit);
    addLimitedRow(tr("&Afschalingscriteria:"), m_criteriaEdit, InputLimits::TextKind::Tekst);

    connect(m_overlegCombo, &QComboBox::currentIndexChanged, this, &OverlegOutcomeDialog::showOverleg);
    connect(m_minutesEdit, &QPlainTextEdit::textChanged, this, &OverlegOutcomeDialog::updateSave);
    showOverleg();
}

void OverlegOutcomeDialog::showOverleg()
{
    m_attendingList->clear();
    const int index = m_overlegCombo->currentIndex();
    if (index < 0 || index >= m_overleggen.size())
        return updateSave();
    const Overleg &overleg = m_overleggen.at(index);
    for (const qint64 party : overleg.invitedPartyIds) {
        auto *item = new QListWidgetItem(m_parties.value(party), m_attendingList);
        item->setData(Qt::UserRole, party);
        item->setCheckState(overleg.attendingPartyIds.contains(party) ? Qt::Checked : Qt::Unchecked);
    }
    m_minutesEdit->setPlainText(overleg.minutes);
    updateSave();
}

void OverlegOutcomeDialog::updateSave()
{
    setSaveEnabled(m_overlegCombo->currentIndex() >= 0 && !m_minutesEdit->toPlainText().trimmed().isEmpty());
}

void OverlegOutcomeDialog::submit()
{
    const OverlegOutcome outcome{m_overlegCombo->currentData().toLongLong(), checkedIds(m_attendingList),
                                 m_minutesEdit->toPlainText().trimmed()};
    const QString criteria = m_criteriaEdit->text().trimmed();
    const NewBesluit besluit{outcome.overlegId, selectedEnum<BesluitSoort>(m_soortCombo), m_besluitEdit->text().trimmed(),
                             m_escalatedToEdit->text().trimmed(), QString()};
    // In this order, so that a refusal part-way leaves nothing that a second save would duplicate:
    // the outcome and the criteria are simply set again, the decision is added last.
    save([casusId = m_casusId, outcome, criteria, besluit](Service &s) -> Status {
        if (auto recorded = s.recordOverlegOutcome(casusId, outcome); !recorded)
            return recorded;
        if (!criteria.isEmpty()) {
            if (auto set = s.setAfschalingscriteria(casusId, criteria); !set)
                return set;
        }
        if (besluit.text.isEmpty())
            return {};
        if (auto decided = s.recordBesluit(casusId, besluit); !decided)
            return std::unexpected(decided.error());
        return {};
    });
}

} // namespace casusregie::ui
