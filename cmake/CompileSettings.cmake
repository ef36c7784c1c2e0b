# Compile settings every Casusregie target links, so they are stated once.
add_library(casusregie_settings INTERFACE)
add_library(Casusregie::Settings ALIAS casusregie_settings)

target_compile_definitions(casusregie_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

target_compile_options(casusregie_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2)

# Paths in the programs (debug information, __FILE__ in Qt's asserts) are relative to the source
# and build trees, so two builds from different folders give the same bytes (docs/packaging.md).
# The build tree comes last: when it lies inside the source tree, its mapping is the one that applies.
target_compile_options(casusregie_settings INTERFACE
    -ffile-prefix-map=${CMAKE_SOURCE_DIR}/=
    -ffile-prefix-map=${CMAKE_BINARY_DIR}/=)

# Parsing Qt's headers is most of the time a compile takes here; each target parses them once.
# Files still include what they use: the CI build without UI turns this off, so a missing
# include shows up there.
if(CASUSREGIE_PRECOMPILED_HEADERS)
    target_precompile_headers(casusregie_settings INTERFACE
        <QDateTime> <QHash> <QList> <QMap> <QObject> <QString> <QStringList> <QVariant>
        <functional> <memory> <optional> <vector>)
endif()
# What the UI and its tests add to that.
set(casusregie_widget_headers <QDialog> <QLabel> <QLineEdit> <QPushButton> <QWidget>)

if(CASUSREGIE_WERROR)
    target_compile_options(casusregie_settings INTERFACE -Werror)
endif()

if(CASUSREGIE_SANITIZE)
    target_compile_options(casusregie_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(casusregie_settings INTERFACE -fsanitize=address,undefined)
endif()
