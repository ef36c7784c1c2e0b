#pragma once

#include <QDate>
#include <QStringList>

#include <functional>

class QHBoxLayout;
class QLineEdit;
class QTimeEdit;
class QWidget;

namespace casusregie::ui {

// Today as the service counts it: the date in Europe/Amsterdam (a default the service will not
// find "in the future" between midnight and 02:00).
QDate today();

class DateField;

// Keeps a window within a screen of 1280 pixels, however long the names and texts in it are:
// choice lists size to a reasonable width instead of their longest entry, labels wrap, and a label
// or check box wider than that (one very long word) gives up width and shows its whole text as a
// tooltip. Call once its contents are in place.
void fitLongContents(QWidget *window);

// A screen reader names a field after its label only when the two are siblings; a field inside a
// container (a length counter beside it, a date field's own line edit) is given its label's text
// as accessible name instead. The label of a compound row (a date beside a time) is tied to its
// first field, so its access key works too. Call once the window's rows are in place.
void nameFieldsAfterLabels(QWidget *window);

// A field at least as wide as its placeholder (and its clear button), so the hint of what to type
// is never cut off. Call after setting the placeholder.
void widenToPlaceholder(QLineEdit *edit);

// Asks, without blocking, whether typed input may be dropped; calls `discard` only on yes.
// Cancel is the default, so Enter keeps the input.
void askToDiscard(QWidget *parent, const QString &objectName, const QString &question, std::function<void()> discard);

// The date something happened: today unless changed, never after today (the clock's today where
// the caller has one, for a view that works on the service's clock).
DateField *pastDateField(const QString &objectName, QWidget *parent, QDate today = ui::today());
// A date of birth: empty ("unknown") unless typed, not before 1900 nor after today.
DateField *birthDateField(const QString &objectName, QWidget *parent);
// A date field and a time of day (HH:mm) side by side, for a moment.
QHBoxLayout *dateAndTimeRow(DateField *date, QTimeEdit *time);
// A moment typed as a date and a time of day, in Europe/Amsterdam; invalid when the date is.
QDateTime amsterdamMoment(const DateField *date, QTime time);

} // namespace casusregie::ui
