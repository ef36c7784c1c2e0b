#include "documents/Document.h"

#include "common/Clock.h"

#include <array>

namespace casusregie::DocumentText {

namespace {

// Fixed here rather than taken from the system locale: a document reads the same on every machine.
constexpr std::array months{"januari", "februari", "maart",     "april",   "mei",      "juni",
                            "juli",    "augustus", "september", "oktober", "november", "december"};

} // namespace

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("(niet vastgelegd)") : text.trimmed();
}

QString longDate(QDate date)
{
    if (!date.isValid())
        return QStringLiteral("onbekend");
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(QLatin1String(months.at(date.month() - 1))).arg(date.year());
}

QString longDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral("onbekend");
    const QDateTime local = inAmsterdam(moment); // the ZVH's time, whatever the workstation's zone
    return QStringLiteral("%1, %2").arg(longDate(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

} // namespace casusregie::DocumentText
