#include "audit/AuditExport.h"

#include "common/Clock.h"
#include "service/ServiceThread.h"

#include <QStringList>

namespace casusregie::ui {

namespace {

// A field as spreadsheet programs read it: quoted when it holds the separator, a quote or a line break.
QString csvField(QString value)
{
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

AuditExport::AuditExport(ServiceThread &service, AuditQuery query, const QString &path, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_query(std::move(query))
    , m_file(path)
{
}

QByteArray AuditExport::header()
{
    return QByteArrayLiteral("nr;tijdstip;gebruiker_id;partij_id;rollen;handeling;casus_id;objecten;uitkomst\r\n");
}

QByteArray AuditExport::line(const AuditRecord &record)
{
    const AuditEntry &entry = record.entry;
    const QStringList fields{QString::number(record.id), inAmsterdam(entry.at).toString(Qt::ISODate),
                             QString::number(entry.userId), QString::number(entry.partyId), csvField(entry.roles),
                             csvField(entry.action), entry.casusId ? QString::number(entry.casusId) : QString(),
                             csvField(entry.objects), csvField(entry.outcome)};
    return fields.join(QLatin1Char(';')).toUtf8() + QByteArrayLiteral("\r\n");
}

void AuditExport::start()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        Q_EMIT failed(tr("The file could not be written: %1").arg(m_file.errorString()));
        return;
    }
    m_file.write(header());
    AuditQuery first = m_query;
    first.beforeId = 0;
    first.limit = AuditQuery::maxPageSize;
    fetch(first);
}

void AuditExport::fetch(AuditQuery page)
{
    m_service.call(this, [page](Service &service) { return service.auditLog(page); }, [this, page](const Result<AuditPage> &answer) {
        if (!answer) {
            m_file.cancelWriting();
            Q_EMIT failed(answer.error().message);
            return;
        }
        for (const AuditRecord &record : answer->records)
            m_file.write(line(record));
        m_written += answer->records.size();
        if (answer->more && !answer->records.isEmpty()) {
            Q_EMIT progressed(m_written);
            AuditQuery next = page;
            next.beforeId = answer->records.last().id;
            fetch(next);
            return;
        }
        if (!m_file.commit()) {
            Q_EMIT failed(tr("The file could not be written: %1").arg(m_file.errorString()));
            return;
        }
        Q_EMIT finished(m_written);
    });
}

} // namespace casusregie::ui
