#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <initializer_list>

namespace casusregie::InputLimits {

// How much a text field may hold (issue 9, point 21). The service refuses more, whatever the
// client let through: a stored record must fit on a screen and on paper, and nobody fills the
// database with one field.
enum class TextKind {
    Naam,  // a person's or party's name, a username: one line
    Kort,  // a short answer (a place, who approved, how, a reference): one line
    Tekst, // a reason, motivation, decision or question
    Lang,  // minutes, an item's content, a note
};

int maxLength(TextKind kind);

struct LimitedText {
    const char *label; // Dutch, as the form names the field, e.g. "de naam"
    const QString &value;
    TextKind kind;
};

// Each text fits its kind: not longer than its maximum, and a one-line kind holds no line breaks
// or other control characters. Nothing is shortened or cleaned silently: too much is refused.
Status checkTexts(std::initializer_list<LimitedText> texts);

// Dates that a casus can hold lie from 1900 on. A birth date also lies no later than today.
inline constexpr int earliestYear = 1900;
Status checkDate(const char *label, QDate date);
Status checkBirthDate(QDate birthDate, QDate today);

} // namespace casusregie::InputLimits
