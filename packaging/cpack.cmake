# Packaging with CPack: DEB and TGZ on Linux. Included last from the top-level CMakeLists.txt, so every
# install() rule is known. Build the packages with `cpack --config <build dir>/CPackConfig.cmake` or
# `cmake --build <build dir> --target package`.

set(CPACK_PACKAGE_NAME "tessera")
set(CPACK_PACKAGE_VENDOR "The Tessera developers")
set(CPACK_PACKAGE_CONTACT "The Tessera developers <developers@tessera.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VERSION_MAJOR ${PROJECT_VERSION_MAJOR})
set(CPACK_PACKAGE_VERSION_MINOR ${PROJECT_VERSION_MINOR})
set(CPACK_PACKAGE_VERSION_PATCH ${PROJECT_VERSION_PATCH})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Wrapped for the Debian control file (CPack turns each line into a description line).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Tessera is a desktop workbench for data meshes: browse the catalog of data\n"
    "products, follow lineage across domains and design ODCS data contracts,\n"
    "online or offline. Includes tessera-cli, which validates and lints ODCS\n"
    "contracts from the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tessera")
set(CPACK_PACKAGE_EXECUTABLES "tessera;Tessera")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/build-.*/;/\\\\.git/;/\\\\.cache/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: library dependencies come from dpkg-shlibdeps (so the package uses Debian's Qt). Breeze
# provides the icons the UI asks the theme for; libqt6svg6 holds the plugin that draws SVG icons,
# loaded at run time and so invisible to shlibdeps. Qt's own translations (standard buttons, file
# dialogs) are loaded when installed.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "breeze-icon-theme, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Control files 0644 and 0755 as dpkg-deb and lintian expect.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# No maintainer scripts: the desktop database, the MIME database, the icon cache and the man page index
# are updated by the dpkg file triggers of desktop-file-utils, shared-mime-info, hicolor-icon-theme
# and man-db, when those are installed.

include(CPack)
