#include "rules/LegalDeadlines.h"

namespace casusregie::LegalDeadlines {

namespace {

// Easter Sunday in the Gregorian calendar (the anonymous algorithm published in Nature, 1876).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate koningsdag(int year)
{
    const QDate birthday(year, 4, 27);
    return birthday.dayOfWeek() == Qt::Sunday ? birthday.addDays(-1) : birthday; // moved to Saturday
}

} // namespace

bool isPublicHoliday(QDate day)
{
    const int year = day.year();
    const QDate easter = easterSunday(year);
    for (const QDate &holiday : {QDate(year, 1, 1), easter.addDays(1), easter.addDays(39), easter.addDays(50),
                                 QDate(year, 12, 25), QDate(year, 12, 26), koningsdag(year), QDate(year, 5, 5)}) {
        if (day == holiday)
            return true;
    }
    return false;
}

bool isWorkingDay(QDate day)
{
    return day.dayOfWeek() != Qt::Saturday && day.dayOfWeek() != Qt::Sunday && !isPublicHoliday(day);
}

QDate onOrNextWorkingDay(QDate day)
{
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate verzoekDeadline(VerzoekType type, QDate receivedOn)
{
    switch (type) {
    case VerzoekType::Inzage:
        return onOrNextWorkingDay(receivedOn.addMonths(1));
    case VerzoekType::Correctie:
    case VerzoekType::Verwijdering:
    case VerzoekType::Beperking:
    case VerzoekType::Verzet:
        return onOrNextWorkingDay(receivedOn.addDays(28));
    case VerzoekType::Overdraagbaarheid:
        return onOrNextWorkingDay(receivedOn.addMonths(1)); // the refusal (P 21.1) is still an answer
    }
    return receivedOn;
}

QString verzoekDeadlineBasis(VerzoekType type)
{
    const QString nextWorkingDay = QStringLiteral(", of de eerstvolgende werkdag als die dag in een weekend of op een "
                                                  "feestdag valt (Algemene termijnenwet)");
    switch (type) {
    case VerzoekType::Inzage:
        return QStringLiteral("Een maand na ontvangst (P 18.2)") + nextWorkingDay;
    case VerzoekType::Correctie:
    case VerzoekType::Verwijdering:
    case VerzoekType::Beperking:
        return QStringLiteral("Vier weken na ontvangst (P 19.2-19.4)") + nextWorkingDay;
    case VerzoekType::Verzet:
        return QStringLiteral("Vier weken na ontvangst (P 20.3-20.4)") + nextWorkingDay;
    case VerzoekType::Overdraagbaarheid:
        return QStringLiteral("Een maand na ontvangst; ook de weigering is een antwoord (P 21.1)") + nextWorkingDay;
    }
    return {};
}

} // namespace casusregie::LegalDeadlines
