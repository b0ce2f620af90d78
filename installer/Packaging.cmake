# Packaging with CPack. On Debian: `cmake --build build --target package` (or `cpack -G DEB`
# in the build folder) makes jianding_<version>_amd64.deb. Windows (NSIS) and macOS (DragNDrop)
# generators are configured for when the project is built there.
install(FILES ${CMAKE_SOURCE_DIR}/installer/jianding.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/installer/cn.gov.tj.jianding.metainfo.xml DESTINATION share/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/jianding.svg DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/resources/reference/occupations_2015.csv
              ${CMAKE_SOURCE_DIR}/resources/reference/qualification_items.csv
              ${CMAKE_SOURCE_DIR}/resources/reference/calendar_2019_2026.csv
        DESTINATION share/jianding/reference)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/README.md DESTINATION share/doc/jianding)

set(CPACK_PACKAGE_NAME "jianding")
set(CPACK_PACKAGE_VENDOR "Tianjin Vocational Skill Appraisal Guidance Centre")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Administration of the enterprise vocational-skill-level certification pilot")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Jianding")
set(CPACK_PACKAGE_EXECUTABLES "jianding;Jianding")

# Debian: shlibdeps finds the libraries the programs link; the Qt plugins they load at run
# time (SQL drivers, platform integration) and the CJK fonts it cannot see are named here.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Jianding <jianding@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, fonts-noto-cjk, libqt6svg6")

set(CPACK_NSIS_DISPLAY_NAME "鉴定 Jianding")
set(CPACK_NSIS_PACKAGE_NAME "Jianding")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Jianding.lnk' '$INSTDIR\\\\bin\\\\jianding.exe'")
set(CPACK_DMG_VOLUME_NAME "Jianding")

if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
