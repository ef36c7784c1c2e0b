#include "cases/TriageDialog.h"

#include "domain/Theme.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>


namespace casusregie::ui {

TriageDialog::TriageDialog(ServiceThread &service, qint64 casusId, const QString &doel, const QList<Theme> &themes,
                           const QHash<qint64, QString> &parties, QWidget *parent)
    : FormDialog(service, tr("Triage: goal, themes and parties involved"), parent)
    , m_casusId(casusId)
    , m_doelEdit(new QPlainTextEdit(doel, this))
    , m_themesList(enumCheckList<Theme>(this))
    , m_partyCombo(new QComboBox(this))
    , m_roleEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("triageDialog"));
    m_doelEdit->setObjectName(QStringLiteral("doelEdit"));
    m_themesList->setObjectName(QStringLiteral("themesList"));
    for (int row = 0; row < m_themesList->count(); ++row) {
        const auto theme = enumFromKey<Theme>(m_themesList->item(row)->data(Qt::UserRole).toString());
        if (theme && themes.contains(*theme))
            m_themesList->item(row)->setCheckState(Qt::Checked);
    }
    m_partyCombo->setObjectName(QStringLiteral("partyCombo"));
    m_partyCombo->addItem(tr("(no party added now)"), 0);
    fillWithNames(m_partyCombo, parties);
    m_roleEdit->setObjectName(QStringLiteral("roleEdit"));
    m_roleEdit->setPlaceholderText(tr("e.g. hulpverlener, melder, toezicht"));

    addLimitedRow(tr("&Goal of the casus:"), m_doelEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&Themes:"), m_themesList);
    form()->addRow(tr("&Involve party:"), m_partyCombo);
    form()->addRow(tr("Its &role:"), m_roleEdit);

    connect(m_doelEdit, &QPlainTextEdit::textChanged, this, &TriageDialog::updateSave);
    connect(m_themesList, &QListWidget::itemChanged, this, &TriageDialog::updateSave);
    connect(m_partyCombo, &QComboBox::currentIndexChanged, this, &TriageDialog::updateSave);
    connect(m_roleEdit, &QLineEdit::textChanged, this, &TriageDialog::updateSave);
    updateSave();
}

void TriageDialog::updateSave()
{
    const bool partyComplete = m_partyCombo->currentData().toLongLong() == 0 || !m_roleEdit->text().trimmed().isEmpty();
    setSaveEnabled(!m_doelEdit->toPlainText().trimmed().isEmpty() && !checkedEnums<Theme>(m_themesList).isEmpty()
                   && partyComplete);
}

void TriageDialog::submit()
{
    const QString doel = m_doelEdit->toPlainText().trimmed();
    const QList<Theme> themes = checkedEnums<Theme>(m_themesList);
    const qint64 partyId = m_partyCombo->currentData().toLongLong();
    const QString role = m_roleEdit->text().trimmed();
    // Two commands: setting the same goal again is harmless if the party is refused and retried.
    save([casusId = m_casusId, doel, themes, partyId, role](Service &s) -> Status {
        if (auto set = s.setGoalAndThemes(casusId, doel, themes); !set)
            return set;
        return partyId == 0 ? Status{} : s.addInvolvedParty(casusId, partyId, role);
    });
}

} // namespace casusregie::ui
