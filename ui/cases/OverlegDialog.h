#pragma once

#include "domain/Theme.h"
#include "forms/FormDialog.h"

class QTimeEdit;
class QLineEdit;

namespace casusregie::ui {

class DateField;

// Plans a casusoverleg (C 13.2): when and where, its goal, the kinds of decisions to take and the
// parties invited; the service admits only parties with a role in the casus (C 13.2e).
class OverlegDialog final : public FormDialog {
    Q_OBJECT
public:
    OverlegDialog(ServiceThread &service, qint64 casusId, const QList<Theme> &themes, const QHash<qint64, QString> &parties,
                  QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QList<Theme> m_themes;
    DateField *m_datumEdit;
    QTimeEdit *m_timeEdit;
    QLineEdit *m_plaatsEdit;
    QLineEdit *m_doelEdit;
    QLineEdit *m_decisionTypesEdit;
    QListWidget *m_invitedList;
};

} // namespace casusregie::ui
