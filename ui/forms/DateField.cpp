#include "forms/DateField.h"

#include "forms/Colours.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace casusregie::ui {

namespace {

const QString dateFormat = QStringLiteral("dd-MM-yyyy");

// Day, month and a four-digit year, separated by '-' (or '/' or '.', as people also type).
std::optional<QDate> parsed(const QString &text, bool &wellFormed)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    wellFormed = match.hasMatch();
    if (!wellFormed)
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace

DateField::DateField(const QString &objectName, std::optional<QDate> initial, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("Text"));
    m_edit->setPlaceholderText(tr("dd-mm-yyyy"));
    m_edit->setMaxLength(10);
    m_calendarButton->setObjectName(objectName + QStringLiteral("CalendarButton"));
    m_calendarButton->setText(QStringLiteral("…"));
    m_calendarButton->setToolTip(tr("Pick the date from a calendar"));
    m_calendarButton->setAccessibleName(tr("Calendar"));
    m_problemLabel->setObjectName(objectName + QStringLiteral("Problem"));
    m_problemLabel->setStyleSheet(attentionStyle());
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    setFocusProxy(m_edit);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addWidget(m_calendarButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problemLabel);

    setDate(initial);
    connect(m_edit, &QLineEdit::textChanged, this, [this]() {
        // While typing, only a finished entry is judged; an earlier error is cleared as soon as it is right.
        if (m_problemLabel->isVisible() || isAcceptable())
            showProblem();
        Q_EMIT changed();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::showProblem);
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::openCalendar);
}

void DateField::setRange(QDate earliest, QDate latest)
{
    m_earliest = earliest;
    m_latest = latest;
    if (!m_edit->text().isEmpty())
        showProblem();
}

void DateField::setOptional(bool optional)
{
    m_optional = optional;
    m_edit->setPlaceholderText(optional ? tr("dd-mm-yyyy, empty if unknown") : tr("dd-mm-yyyy"));
}

void DateField::setDate(std::optional<QDate> date)
{
    m_edit->setText(date && date->isValid() ? date->toString(dateFormat) : QString());
    showProblem();
}

std::optional<QDate> DateField::date() const
{
    bool wellFormed = false;
    return parsed(m_edit->text(), wellFormed);
}

QString DateField::problem() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return m_optional ? QString() : tr("Enter a date.");
    bool wellFormed = false;
    const std::optional<QDate> date = parsed(text, wellFormed);
    if (!wellFormed)
        return tr("Type the date as dd-mm-yyyy, e.g. 28-11-2026.");
    if (!date)
        return tr("%1 does not exist.").arg(text);
    if (m_earliest.isValid() && *date < m_earliest)
        return tr("The date may not be before %1.").arg(m_earliest.toString(dateFormat));
    if (m_latest.isValid() && *date > m_latest)
        return tr("The date may not be after %1.").arg(m_latest.toString(dateFormat));
    return {};
}

void DateField::showProblem()
{
    const QString text = problem();
    // An empty required field is said at saving time, not as soon as the form opens.
    const bool show = !text.isEmpty() && !m_edit->text().trimmed().isEmpty();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(show);
    m_edit->setAccessibleDescription(show ? text : QString());
}

void DateField::openCalendar()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(objectName() + QStringLiteral("Calendar"));
    calendar->setGridVisible(true);
    if (m_earliest.isValid())
        calendar->setMinimumDate(m_earliest);
    if (m_latest.isValid())
        calendar->setMaximumDate(m_latest);
    if (const auto current = date())
        calendar->setSelectedDate(*current);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    const auto pick = [this, menu](QDate picked) {
        setDate(picked);
        menu->close();
        m_edit->setFocus();
    };
    connect(calendar, &QCalendarWidget::activated, this, pick); // Enter
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    menu->popup(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
    calendar->setFocus();
}

} // namespace casusregie::ui
