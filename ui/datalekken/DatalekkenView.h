#pragma once

#include "domain/User.h"
#include "service/Commands.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace casusregie {
class Clock;
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// The overview of data breaches (P 14.11) for the privacy officer, the hoofd and the FG: when,
// by which party, what happened, the 24-hour and 72-hour clocks with the hours left (overdue
// ones marked), and how far the assessment is. The privacy officer assesses a breach and records
// the notification to the AP from here.
class DatalekkenView final : public QWidget {
    Q_OBJECT
public:
    DatalekkenView(ServiceThread &service, const Clock &clock, User user, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names);
    void refresh();

private:
    const DatalekStatus *selected() const;
    void updateButtons();
    void openStep(QDialog *dialog);

    ServiceThread &m_service;
    const Clock &m_clock;
    User m_user;
    QHash<qint64, QString> m_partyNames;
    QLabel *m_summaryLabel;
    RowsModel *m_model;
    QTableView *m_table;
    QPushButton *m_assessButton;
    QPushButton *m_apButton;
    QPushButton *m_apDraftButton;
    QList<DatalekStatus> m_datalekken; // as last loaded: what is printed
};

} // namespace casusregie::ui
