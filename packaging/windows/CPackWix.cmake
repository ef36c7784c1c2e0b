# The partner liaison's workstation on Windows: an MSI made by CPack's WIX generator, with the
# client, Qt's libraries and plugins (windeployqt), the other DLLs it links, and the connection
# profile given at installation (werkplek-profiel.wxs). Built on Windows only; see
# docs/packaging.md, "Windows", for the build and the silent-install properties.

# Qt's own libraries, plugins and translations next to casusregie.exe, through windeployqt.
qt_generate_deploy_app_script(TARGET casusregie FILENAME_VARIABLE casusregie_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${casusregie_deploy_script} COMPONENT client)
# windeployqt adds Qt's SQLite driver because the client links Qt Sql; a program that links
# SQLCipher must never load it, so it is removed, and the package is refused if it is still there.
install(SCRIPT ${CMAKE_CURRENT_LIST_DIR}/remove-qt-sqlite.cmake COMPONENT client)
# The other DLLs the client links (SQLCipher, OpenSSL, libargon2, libqrencode), found where the
# build found them; Windows' own and Qt's (deployed above) are left out.
install(TARGETS casusregie RUNTIME_DEPENDENCY_SET casusregie_dlls RUNTIME DESTINATION bin COMPONENT client)
install(RUNTIME_DEPENDENCY_SET casusregie_dlls
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*"
        DIRECTORIES $ENV{PATH}
        DESTINATION bin COMPONENT client)

set(CPACK_GENERATOR WIX)
set(CPACK_COMPONENTS_ALL client) # the server runs on Debian only
set(CPACK_PACKAGE_NAME Casusregie)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Casusregie) # under Program Files; INSTALL_ROOT changes it
set(CPACK_PACKAGE_EXECUTABLES casusregie Casusregie) # the Start menu entry
set(CPACK_WIX_PROGRAM_MENU_FOLDER Casusregie)
# Constant, so a newer installer replaces an older one; never change it.
set(CPACK_WIX_UPGRADE_GUID A9BFDFDC-0482-4DD4-A179-7C18A68B8773)
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_WIX_CULTURES nl-NL)
set(CPACK_WIX_PROPERTY_ALLUSERS 1) # for the whole workstation: Program Files and ProgramData
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "Casusregie, het programma voor de werkplek van het Zorg- en Veiligheidshuis")
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY) # WIX wants .txt or .rtf
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
set(CPACK_WIX_EXTRA_SOURCES ${CMAKE_CURRENT_LIST_DIR}/werkplek-profiel.wxs)
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_LIST_DIR}/patch.xml)
