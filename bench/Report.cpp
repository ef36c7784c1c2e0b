#include "Report.h"

#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace casusregie::bench {

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

void Report::line(const QString &what, double value, const QString &unit)
{
    QTextStream(stdout) << what.leftJustified(64, QLatin1Char('.')) << ' ' << QString::number(value, 'f', 2) << ' '
                        << unit << Qt::endl;
    add(QStringLiteral("figures"), {{QStringLiteral("what"), what}, {QStringLiteral("value"), value},
                                    {QStringLiteral("unit"), unit}});
}

void Report::add(const QString &section, const QJsonObject &entry)
{
    QJsonArray entries = m_sections.value(section).toArray();
    entries.append(entry);
    m_sections.insert(section, entries);
}

bool Report::write(const QString &path) const
{
    QJsonObject root = m_sections;
    root.insert(QStringLiteral("machine"), QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount()));
#ifdef NDEBUG
    root.insert(QStringLiteral("build"), QStringLiteral("release"));
#else
    root.insert(QStringLiteral("build"), QStringLiteral("debug"));
#endif
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QJsonDocument(root).toJson()) > 0;
}

} // namespace casusregie::bench
