#pragma once

#include <QJsonArray>
#include <QList>
#include <QJsonObject>
#include <QString>

namespace casusregie::bench {

// The middle of repeated measurements: the figure the reports print.
double median(QList<double> samples);

// What the bench measured: printed line by line as it comes, and kept for the JSON report
// (`casusregie-bench --json FILE`) that docs/performance.md is written from.
class Report {
public:
    void line(const QString &what, double value, const QString &unit);
    // One entry of a section of the JSON report ("operations", "server", ...).
    void add(const QString &section, const QJsonObject &entry);
    bool write(const QString &path) const;

private:
    QJsonObject m_sections;
};

} // namespace casusregie::bench
