#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace casusregie {

// "Today" and the day of a moment are those of the ZVH: Europe/Amsterdam, never UTC nor the
// workstation's own zone (between midnight and 01:00/02:00 they differ).
inline const QTimeZone &amsterdamZone()
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    return amsterdam;
}

inline QDateTime inAmsterdam(const QDateTime &moment)
{
    return moment.toTimeZone(amsterdamZone());
}

// When a day begins for the ZVH: midnight in Rotterdam, 22:00 or 23:00 UTC the day before.
inline QDateTime startOfDayInAmsterdam(QDate day)
{
    return day.startOfDay(amsterdamZone());
}

inline QDate dateInAmsterdam(const QDateTime &moment)
{
    return inAmsterdam(moment).date();
}

// Every rule that depends on time asks a Clock, so tests can put "now" wherever a deadline is.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return dateInAmsterdam(now()); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace casusregie
