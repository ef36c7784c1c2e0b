# Runs at installation (also into CPack's staging folder), after windeployqt: Qt's SQLite driver
# must not lie beside a program that links SQLCipher, or Qt could load it.
file(GLOB_RECURSE qt_sqlite_drivers "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/*qsqlite*.dll")
file(REMOVE ${qt_sqlite_drivers})
file(GLOB_RECURSE left_over "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/*qsqlite*.dll")
if(left_over)
    message(FATAL_ERROR "Qt's SQLite driver is still in the installation: ${left_over}")
endif()
