#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace casusregie::ui {

// A date typed as dd-mm-jjjj or picked from a calendar. What is typed is never corrected into
// another date: 31-02-2026 or a date outside the field's range is an error shown under the
// field, and the form refuses to save until it is put right. An optional field may stay empty
// ("unknown"); nothing is invented for it.
class DateField final : public QWidget {
    Q_OBJECT
public:
    DateField(const QString &objectName, std::optional<QDate> initial, QWidget *parent = nullptr);

    void setRange(QDate earliest, QDate latest); // either may be null: no limit on that side
    void setOptional(bool optional);             // empty is allowed and means "unknown"
    void setDate(std::optional<QDate> date);

    // The date as typed; empty when the field is empty or what is typed is no valid date.
    std::optional<QDate> date() const;
    // Empty when the field is acceptable; otherwise what is wrong, in the user's language.
    QString problem() const;
    bool isAcceptable() const { return problem().isEmpty(); }
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void showProblem();
    void openCalendar();

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QLabel *m_problemLabel;
    QDate m_earliest;
    QDate m_latest;
    bool m_optional = false;
};

} // namespace casusregie::ui
