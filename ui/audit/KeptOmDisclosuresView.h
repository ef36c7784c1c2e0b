#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// For the FG's audit (P 17.5, art. 39j Wjsg): the minimised records of OM disclosures that outlive
// their casus, each kept 4 years from the disclosure and then destroyed. Who disclosed which kinds
// of data about whom to whom, on which ground; never the content.
class KeptOmDisclosuresView final : public QWidget {
    Q_OBJECT
public:
    explicit KeptOmDisclosuresView(ServiceThread &service, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names); // and loads the records

private:
    void refresh();

    ServiceThread &m_service;
    QHash<qint64, QString> m_partyNames;
    RowsModel *m_model;
    QLabel *m_summaryLabel;
};

} // namespace casusregie::ui
