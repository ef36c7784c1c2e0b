#include "forms/Widgets.h"

#include "common/Clock.h"

#include "forms/DateField.h"

#include <QHBoxLayout>
#include <QTimeEdit>
#include <QTimeZone>
#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QAbstractItemView>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QMessageBox>
#include <QRegularExpression>

#include <cmath>

namespace casusregie::ui {

QDate today()
{
    return SystemClock().today();
}

void fitLongContents(QWidget *window)
{
    constexpr int widest = 560; // what one field may claim of a 1280-pixel screen
    const auto yieldWidth = [](QWidget *widget, const QString &text) {
        if (widget->sizeHint().width() <= widest)
            return;
        widget->setSizePolicy(QSizePolicy::Ignored, widget->sizePolicy().verticalPolicy());
        widget->setMaximumWidth(widest);
        if (widget->toolTip().isEmpty())
            widget->setToolTip(text);
    };
    for (QComboBox *combo : window->findChildren<QComboBox *>()) {
        // The list that drops down still shows every entry whole.
        combo->view()->setTextElideMode(Qt::ElideNone);
        yieldWidth(combo, combo->currentText());
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        label->setWordWrap(true);
        yieldWidth(label, label->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        yieldWidth(button, button->text());
}

void widenToPlaceholder(QLineEdit *edit)
{
    // As QLineEdit sizes itself around a text: 2 pixels a side inside the frame, then the style.
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    const QMargins margins = edit->textMargins();
    // The text's exact (fractional) width rounded up, or Qt elides its last letter.
    const int text = int(std::ceil(QFontMetricsF(edit->font()).horizontalAdvance(edit->placeholderText())));
    int width = text + margins.left() + margins.right() + 4;
    if (edit->isClearButtonEnabled())
        width += edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit) + 8;
    const QSize contents(width, edit->fontMetrics().height());
    edit->setMinimumWidth(edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, contents, edit).width());
}

void askToDiscard(QWidget *parent, const QString &objectName, const QString &question, std::function<void()> discard)
{
    auto *ask = new QMessageBox(QMessageBox::Question, parent->windowTitle(), question, QMessageBox::Discard | QMessageBox::Cancel, parent);
    ask->setObjectName(objectName);
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(ask, &QMessageBox::finished, parent, [discard = std::move(discard)](int answer) {
        if (answer == QMessageBox::Discard)
            discard();
    });
    ask->open();
}

namespace {

QWidget *firstFocusableIn(QLayout *layout)
{
    for (int index = 0; index < layout->count(); ++index) {
        QLayoutItem *item = layout->itemAt(index);
        if (QWidget *widget = item->widget(); widget && (widget->focusPolicy() & Qt::TabFocus || widget->focusProxy()))
            return widget;
        if (item->layout()) {
            if (QWidget *inner = firstFocusableIn(item->layout()))
                return inner;
        }
    }
    return nullptr;
}

void tieCompoundRowLabels(QWidget *window)
{
    for (QFormLayout *form : window->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (label && !label->buddy() && fieldItem && fieldItem->layout()) {
                if (QWidget *first = firstFocusableIn(fieldItem->layout()))
                    label->setBuddy(first);
            }
        }
    }
}

} // namespace

void nameFieldsAfterLabels(QWidget *window)
{
    tieCompoundRowLabels(window);
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        QWidget *field = label->buddy();
        if (!field)
            continue;
        QString name = label->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        name = name.trimmed();
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        for (QWidget *part = field; part; part = part->focusProxy() == part ? nullptr : part->focusProxy()) {
            if (part->accessibleName().isEmpty())
                part->setAccessibleName(name);
        }
    }
}

DateField *pastDateField(const QString &objectName, QWidget *parent, QDate today)
{
    auto *field = new DateField(objectName, today, parent);
    field->setRange(QDate(), today);
    return field;
}

DateField *birthDateField(const QString &objectName, QWidget *parent)
{
    auto *field = new DateField(objectName, std::nullopt, parent);
    field->setOptional(true);
    field->setRange(QDate(1900, 1, 1), today());
    return field;
}

QHBoxLayout *dateAndTimeRow(DateField *date, QTimeEdit *time)
{
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    time->setAccessibleName(DateField::tr("Time"));
    auto *row = new QHBoxLayout;
    row->addWidget(date, 1);
    row->addWidget(time, 0, Qt::AlignTop); // level with the date, above its error text
    return row;
}

QDateTime amsterdamMoment(const DateField *date, QTime time)
{
    const std::optional<QDate> day = date->date();
    if (!day)
        return {};
    return QDateTime(*day, time, QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).toUTC();
}

} // namespace casusregie::ui
