#pragma once

#include "storage/AuditLog.h"

#include <QObject>
#include <QSaveFile>

#include <memory>

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

// Writes every record a query matches to a CSV file, page by page from the service, for the FG's
// own analysis. Ids only, no user names: the file leaves the system. The file appears whole when
// all pages are in, or not at all.
class AuditExport final : public QObject {
    Q_OBJECT
public:
    AuditExport(ServiceThread &service, AuditQuery query, const QString &path, QObject *parent = nullptr);

    void start();
    static QByteArray header();
    static QByteArray line(const AuditRecord &record);

Q_SIGNALS:
    void progressed(qint64 records);
    void finished(qint64 records);
    void failed(const QString &problem);

private:
    void fetch(AuditQuery page);

    ServiceThread &m_service;
    AuditQuery m_query;
    QSaveFile m_file;
    qint64 m_written = 0;
};

} // namespace casusregie::ui
