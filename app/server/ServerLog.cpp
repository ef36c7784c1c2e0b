#include "ServerLog.h"

#include <QDateTime>
#include <QTextStream>

namespace casusregie::server {

Status ServerLog::redirectTo(const QString &destination)
{
    if (destination.isEmpty() || destination == QLatin1String("stderr"))
        return {};
    m_file.setFileName(destination);
    const bool existed = m_file.exists();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return fail(ErrorCode::FileUnreadable,
                    QStringLiteral("Het logbestand %1 kan niet worden geschreven: %2").arg(destination, m_file.errorString()));
    if (!existed) // readable by the server's group (log collection), by nobody else
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    return {};
}

void ServerLog::write(const QString &line)
{
    const QString text = QStringLiteral("casusregie-server: ") + line + QLatin1Char('\n');
    if (!m_file.isOpen()) {
        QTextStream(stderr) << text;
        return;
    }
    m_file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + text.toUtf8());
    m_file.flush();
}

} // namespace casusregie::server
