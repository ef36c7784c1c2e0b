#include "demo/DemoRandom.h"

namespace casusregie::demo {

QString DemoRandom::personName()
{
    static const QStringList firstNames{
        QStringLiteral("Ümit"),   QStringLiteral("Zoë"),    QStringLiteral("Jeroen"), QStringLiteral("Anouk"),
        QStringLiteral("Fatima"), QStringLiteral("Mohamed"), QStringLiteral("Sanne"), QStringLiteral("Daan"),
        QStringLiteral("Noël"),   QStringLiteral("Chloë"),  QStringLiteral("Inès"),   QStringLiteral("Björn"),
        QStringLiteral("Esmée"),  QStringLiteral("Gülşen"), QStringLiteral("Mehmet"), QStringLiteral("Priya"),
        QStringLiteral("Kees"),   QStringLiteral("Ayşe"),   QStringLiteral("Rubén"),  QStringLiteral("Lotte"),
    };
    static const QStringList lastNames{
        QStringLiteral("van 't Hoff"),  QStringLiteral("de Vries"), QStringLiteral("Çelik"),   QStringLiteral("Yılmaz"),
        QStringLiteral("Bakker"),       QStringLiteral("El Amrani"), QStringLiteral("van der Meer"), QStringLiteral("Jansen"),
        QStringLiteral("Öztürk"),       QStringLiteral("de Groot"), QStringLiteral("Smit"),    QStringLiteral("Mulder"),
        QStringLiteral("Kaya"),         QStringLiteral("Bos"),      QStringLiteral("van Dijk"), QStringLiteral("Hoekstra"),
        QStringLiteral("Visser"),       QStringLiteral("Doğan"),    QStringLiteral("Peeters"), QStringLiteral("Nguyễn"),
    };
    return pick(firstNames) + QLatin1Char(' ') + pick(lastNames);
}

} // namespace casusregie::demo
