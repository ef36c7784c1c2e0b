#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef CASUSREGIE_TEST_WITH_WIDGETS
#include <QApplication>
#include <QDir>
#include <QSettings>
using TestApplication = QApplication;
#elif defined(CASUSREGIE_TEST_WITH_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication; // fonts and paint devices, no widgets
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

// Qt Sql, timers and widgets expect an application object; one per test process.
int main(int argc, char *argv[])
{
    // Tests never need a display; this also covers ctest's listing run at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication application(argc, argv);
#ifdef CASUSREGIE_TEST_WITH_WIDGETS
    // Remembered window sizes go to a directory of this run, never to the user's own settings.
    const QString settingsDir = QDir::temp().filePath(QStringLiteral("casusregie-test-settings-%1").arg(QCoreApplication::applicationPid()));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
#endif
    const int failures = Catch::Session().run(argc, argv);
#ifdef CASUSREGIE_TEST_WITH_WIDGETS
    QDir(settingsDir).removeRecursively();
#endif
    return failures;
}
