#pragma once

#include "rules/InputLimits.h"

#include <QLabel>

class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

// How much of a text field's room is used ("120 / 2000 tekens"), under the field. Over the limit
// the service applies (rules/InputLimits) it turns red and the form refuses to save and says
// which field: nothing typed is ever cut off.
class LengthCounter final : public QLabel {
    Q_OBJECT
public:
    LengthCounter(QPlainTextEdit *edit, InputLimits::TextKind kind, QWidget *parent);
    LengthCounter(QLineEdit *edit, InputLimits::TextKind kind, QWidget *parent);

    bool withinLimit() const { return m_length <= m_maximum; }
    QWidget *field() const { return m_field; }
    QString problem() const;

private:
    void update(const QString &text);

    QWidget *m_field;
    int m_maximum;
    qsizetype m_length = 0;
};

} // namespace casusregie::ui
