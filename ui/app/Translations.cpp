#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace casusregie::ui {

void installDutchTranslations(QCoreApplication &application)
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));

    auto *own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/casusregie_nl.qm")))
        QCoreApplication::installTranslator(own);

    auto *qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace casusregie::ui
