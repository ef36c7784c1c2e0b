#pragma once

#include "storage/AuditLog.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class AuditFilterBar;
class RowsModel;

// The audit log browser for the hoofd, the privacy officer and the FG (issue 14): filters, pages
// of the log newest first (the service reads only what a page needs), the export of the filtered
// records, and for the FG the check of the whole chain (B6 3.6, BIO 8.15) that leads straight to
// the first record that is not intact.
class AuditView final : public QWidget {
    Q_OBJECT
public:
    AuditView(ServiceThread &service, bool mayVerify, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names); // and shows the newest records
    void search();
    void verify();
    void exportTo(const QString &path);

    static constexpr int pageSize = 100;

private:
    void load(AuditQuery page, qint64 selectId = 0);
    void showPage(const AuditPage &page, qint64 selectId);
    void olderPage();
    void newerPage();
    void jumpToBroken();
    void askAndExport();

    ServiceThread &m_service;
    QHash<qint64, QString> m_partyNames;
    AuditFilterBar *m_filter;
    RowsModel *m_model;
    QTableView *m_table;
    QLabel *m_pageLabel;
    QPushButton *m_newerButton;
    QPushButton *m_olderButton;
    QPushButton *m_exportButton;
    QLabel *m_exportLabel;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_brokenButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    AuditQuery m_query;              // the filter of the pages shown
    QList<qint64> m_newerPageStarts; // the beforeId of each page before this one
    AuditPage m_page;
    qint64 m_firstBrokenId = 0;
};

} // namespace casusregie::ui
