#pragma once

#include "domain/Theme.h"
#include "forms/FormDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

// Triage (B2): the goal of the casus with its themes (C 2.3), and the parties involved in it,
// each with its role. Only parties with a role can later be invited to an overleg (C 13.2e).
class TriageDialog final : public FormDialog {
    Q_OBJECT
public:
    TriageDialog(ServiceThread &service, qint64 casusId, const QString &doel, const QList<Theme> &themes,
                 const QHash<qint64, QString> &parties, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QPlainTextEdit *m_doelEdit;
    QListWidget *m_themesList;
    QComboBox *m_partyCombo;
    QLineEdit *m_roleEdit;
};

} // namespace casusregie::ui
