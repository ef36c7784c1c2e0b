#include "main/LockPeriod.h"

#include <QSettings>

#include <algorithm>

namespace casusregie::ui::LockPeriod {

namespace {

const QString key = QStringLiteral("beveiliging/vergrendelenNaMinuten");

QSettings settings()
{
    return QSettings(QStringLiteral("Casusregie"), QStringLiteral("casusregie"));
}

} // namespace

std::chrono::minutes stored()
{
    bool isNumber = false;
    const int minutes = settings().value(key).toInt(&isNumber);
    if (!isNumber)
        return standard;
    return std::clamp(std::chrono::minutes(minutes), shortest, longest);
}

void store(std::chrono::minutes period)
{
    settings().setValue(key, int(std::clamp(period, shortest, longest).count()));
}

} // namespace casusregie::ui::LockPeriod
