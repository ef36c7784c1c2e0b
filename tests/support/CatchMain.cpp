#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef CASUSREGIE_TEST_WITH_WIDGETS
#include <QApplication>
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
    return Catch::Session().run(argc, argv);
}
