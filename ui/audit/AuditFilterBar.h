#pragma once

#include "storage/AuditLog.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casusregie::ui {

class DateField;

// The audit log browser's filters: casus, user, party, action, outcome and period. What is
// typed is never guessed at: a casus that is no number or an impossible date is said, not searched.
class AuditFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    void setPartyNames(const QHash<qint64, QString> &names);
    // The query for the first page, or nothing while a field holds what cannot be searched.
    std::optional<AuditQuery> query() const;
    void clear();

Q_SIGNALS:
    void searchRequested();

private:
    // What keeps the filter from being searched, in the user's words; empty when nothing does.
    QString problem() const;
    void showProblem();

    QLineEdit *m_casusEdit;
    QLineEdit *m_usernameEdit;
    QComboBox *m_partyCombo;
    QComboBox *m_actionCombo;
    QComboBox *m_outcomeCombo;
    DateField *m_fromField;
    DateField *m_toField;
    QLabel *m_problemLabel;
};

} // namespace casusregie::ui
