#include "forms/Widgets.h"

#include "common/Clock.h"

#include "forms/DateField.h"

#include <QHBoxLayout>
#include <QTimeEdit>
#include <QTimeZone>
#include <QAbstractButton>
#include <QComboBox>
#include <QAbstractItemView>
#include <QLabel>
#include <QMessageBox>

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

DateField *pastDateField(const QString &objectName, QWidget *parent)
{
    auto *field = new DateField(objectName, today(), parent);
    field->setRange(QDate(), today());
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
