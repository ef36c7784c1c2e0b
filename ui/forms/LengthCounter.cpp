#include "forms/LengthCounter.h"

#include "forms/Colours.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace casusregie::ui {

LengthCounter::LengthCounter(QPlainTextEdit *edit, InputLimits::TextKind kind, QWidget *parent)
    : QLabel(parent)
    , m_field(edit)
    , m_maximum(InputLimits::maxLength(kind))
{
    setObjectName(edit->objectName() + QStringLiteral("Counter"));
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit]() { update(edit->toPlainText()); });
    update(edit->toPlainText());
}

LengthCounter::LengthCounter(QLineEdit *edit, InputLimits::TextKind kind, QWidget *parent)
    : QLabel(parent)
    , m_field(edit)
    , m_maximum(InputLimits::maxLength(kind))
{
    setObjectName(edit->objectName() + QStringLiteral("Counter"));
    connect(edit, &QLineEdit::textChanged, this, &LengthCounter::update);
    update(edit->text());
}

QString LengthCounter::problem() const
{
    return tr("%1 characters, at most %2 fit; shorten the text.").arg(m_length).arg(m_maximum);
}

void LengthCounter::update(const QString &text)
{
    m_length = text.trimmed().size(); // what the form sends
    setText(tr("%1 / %2 characters").arg(m_length).arg(m_maximum));
    // Red as the other errors (7:1 on white); the text itself says it too, not only the colour.
    setStyleSheet(withinLimit() ? QString() : attentionStyle() + QStringLiteral(" font-weight: bold;"));
    if (!withinLimit())
        setText(problem());
}

} // namespace casusregie::ui
