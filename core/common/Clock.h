#pragma once

#include <QDate>
#include <QDateTime>

namespace casusregie {

// Every rule that depends on time asks a Clock, so tests can put "now" wherever a deadline is.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toUTC().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace casusregie
