#pragma once

#include "domain/CasusStatus.h"

#include <QWidget>

class QLabel;

namespace casusregie::ui {

// The header of a casus's workspace under its number: the phase and how long it has been in it,
// who works on it, the next overleg, and what needs attention (issue 13), as the service gave it.
class CaseStatusPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CaseStatusPanel(QWidget *parent = nullptr);

    void showStatus(const CasusStatus &status, QDate today);
    void clear();

private:
    QString courseText(const CasusStatus &status, QDate today) const;
    QString overlegText(const CasusStatus &status) const;
    QStringList signalTexts(const CasusStatus &status) const;

    QLabel *m_courseLabel;
    QLabel *m_overlegLabel;
    QLabel *m_signalsLabel;
};

} // namespace casusregie::ui
