#include "audit/AuditFilterBar.h"

#include "audit/AuditRows.h"
#include "domain/EnumTraits.h"
#include "forms/Colours.h"
#include "forms/DateField.h"
#include "forms/FormDialog.h"
#include "rules/Operation.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace casusregie::ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_casusEdit(new QLineEdit(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_partyCombo(new QComboBox(this))
    , m_actionCombo(new QComboBox(this))
    , m_outcomeCombo(new QComboBox(this))
    , m_fromField(new DateField(QStringLiteral("auditFromField"), std::nullopt, this))
    , m_toField(new DateField(QStringLiteral("auditToField"), std::nullopt, this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_casusEdit->setObjectName(QStringLiteral("auditCasusEdit"));
    m_casusEdit->setPlaceholderText(tr("all"));
    m_casusEdit->setToolTip(tr("The casus's id, as the Historie tab and the objects column show it"));
    m_usernameEdit->setObjectName(QStringLiteral("auditUsernameEdit"));
    m_usernameEdit->setPlaceholderText(tr("all"));
    m_partyCombo->setObjectName(QStringLiteral("auditPartyCombo"));
    m_actionCombo->setObjectName(QStringLiteral("auditActionCombo"));
    m_outcomeCombo->setObjectName(QStringLiteral("auditOutcomeCombo"));
    // Their labels sit outside the date fields, where Qt does not look for a buddy.
    m_fromField->lineEdit()->setAccessibleName(tr("Period from"));
    m_toField->lineEdit()->setAccessibleName(tr("Period to"));
    m_fromField->setOptional(true);
    m_toField->setOptional(true);
    m_problemLabel->setObjectName(QStringLiteral("auditFilterProblemLabel"));
    m_problemLabel->setStyleSheet(attentionStyle());
    m_problemLabel->hide();

    // Every action the service knows, by its Dutch name, alphabetically.
    QList<std::pair<QString, QString>> actions;
    for (const auto &entry : EnumTraits<Operation>::entries)
        actions << std::pair{enumLabel(entry.value), QString::fromLatin1(entry.key)};
    std::sort(actions.begin(), actions.end());
    m_actionCombo->addItem(tr("All actions"), QString());
    for (const auto &[label, key] : std::as_const(actions))
        m_actionCombo->addItem(label, key);
    m_outcomeCombo->addItem(tr("All outcomes"), QString());
    for (const char *outcome : {"allowed", "denied", "failed"})
        m_outcomeCombo->addItem(AuditRows::outcomeLabel(QLatin1String(outcome)), QLatin1String(outcome));
    setPartyNames({});

    auto *search = new QPushButton(tr("&Search"), this);
    search->setObjectName(QStringLiteral("auditSearchButton"));
    auto *clearButton = new QPushButton(tr("Clear &filter"), this);
    clearButton->setObjectName(QStringLiteral("auditClearButton"));

    auto *grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("&Casus id:"), m_casusEdit, this), 0, 0);
    grid->addWidget(m_casusEdit, 0, 1);
    grid->addWidget(buddyLabel(tr("&User name:"), m_usernameEdit, this), 0, 2);
    grid->addWidget(m_usernameEdit, 0, 3);
    grid->addWidget(buddyLabel(tr("&Party:"), m_partyCombo, this), 0, 4);
    grid->addWidget(m_partyCombo, 0, 5);
    grid->addWidget(buddyLabel(tr("Actio&n:"), m_actionCombo, this), 1, 0);
    grid->addWidget(m_actionCombo, 1, 1);
    grid->addWidget(buddyLabel(tr("Ou&tcome:"), m_outcomeCombo, this), 1, 2);
    grid->addWidget(m_outcomeCombo, 1, 3);
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromField);
    period->addWidget(buddyLabel(tr("t&o"), m_toField->lineEdit(), this));
    period->addWidget(m_toField);
    grid->addWidget(buddyLabel(tr("Fro&m:"), m_fromField->lineEdit(), this), 1, 4);
    grid->addLayout(period, 1, 5);
    grid->setColumnStretch(5, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problemLabel, 1);
    buttons->addStretch();
    buttons->addWidget(clearButton);
    buttons->addWidget(search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addLayout(buttons);

    connect(search, &QPushButton::clicked, this, &AuditFilterBar::searchRequested);
    connect(clearButton, &QPushButton::clicked, this, [this]() {
        clear();
        Q_EMIT searchRequested();
    });
    for (QLineEdit *edit : {m_casusEdit, m_usernameEdit, m_fromField->lineEdit(), m_toField->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &AuditFilterBar::searchRequested);
    connect(m_casusEdit, &QLineEdit::textChanged, this, &AuditFilterBar::showProblem);
    connect(m_fromField, &DateField::changed, this, &AuditFilterBar::showProblem);
    connect(m_toField, &DateField::changed, this, &AuditFilterBar::showProblem);
}

void AuditFilterBar::setPartyNames(const QHash<qint64, QString> &names)
{
    const QVariant chosen = m_partyCombo->currentData();
    m_partyCombo->clear();
    m_partyCombo->addItem(tr("All parties"), qint64(0));
    fillWithNames(m_partyCombo, names);
    m_partyCombo->setCurrentIndex(std::max(0, m_partyCombo->findData(chosen)));
}

std::optional<AuditQuery> AuditFilterBar::query() const
{
    if (!problem().isEmpty() || !m_fromField->isAcceptable() || !m_toField->isAcceptable())
        return std::nullopt;
    AuditQuery query;
    query.casusId = m_casusEdit->text().trimmed().toLongLong(); // checked above; empty is 0, every casus
    query.username = m_usernameEdit->text().trimmed();
    query.partyId = m_partyCombo->currentData().toLongLong();
    query.action = m_actionCombo->currentData().toString();
    query.outcome = m_outcomeCombo->currentData().toString();
    query.from = m_fromField->date().value_or(QDate());
    query.to = m_toField->date().value_or(QDate());
    return query;
}

QString AuditFilterBar::problem() const
{
    bool isNumber = true;
    if (const QString casus = m_casusEdit->text().trimmed(); !casus.isEmpty() && (casus.toLongLong(&isNumber) < 0 || !isNumber))
        return tr("A casus id is a number, such as 12.");
    if (m_fromField->date() && m_toField->date() && *m_fromField->date() > *m_toField->date())
        return tr("The period ends before it begins.");
    return {};
}

void AuditFilterBar::showProblem()
{
    const QString wrong = problem();
    m_problemLabel->setText(wrong);
    m_problemLabel->setVisible(!wrong.isEmpty());
}

void AuditFilterBar::clear()
{
    m_casusEdit->clear();
    m_usernameEdit->clear();
    m_partyCombo->setCurrentIndex(0);
    m_actionCombo->setCurrentIndex(0);
    m_outcomeCombo->setCurrentIndex(0);
    m_fromField->setDate(std::nullopt);
    m_toField->setDate(std::nullopt);
}

} // namespace casusregie::ui
