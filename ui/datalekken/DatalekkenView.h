#pragma once

#include "service/Commands.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// The overview of data breaches (P 14.11) for the privacy officer, the hoofd and the FG: when,
// by which party, what happened, and the 24-hour and 72-hour clocks, overdue ones marked.
class DatalekkenView final : public QWidget {
    Q_OBJECT
public:
    explicit DatalekkenView(ServiceThread &service, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names);
    void refresh();

private:
    ServiceThread &m_service;
    QHash<qint64, QString> m_partyNames;
    QLabel *m_summaryLabel;
    RowsModel *m_model;
    QTableView *m_table;
    QList<DatalekStatus> m_datalekken; // as last loaded: what is printed
};

} // namespace casusregie::ui
