# Installation layout and installers. The DEB is built and checked (lintian, install, run,
# remove) by CI; the Windows (WiX + ZIP) and macOS (DragNDrop) blocks follow the standard
# configuration but are not built or tested on this project's Linux machines.
include(GNUInstallDirs)

install(TARGETS connectdesk
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

set(appid ${CONNECTDESK_APP_ID})
set(linux_dir ${PROJECT_BINARY_DIR}/linux)

if(UNIX AND NOT APPLE)
    # Desktop integration files, named by the reverse-DNS app id, generated into the build tree.
    configure_file(${PROJECT_SOURCE_DIR}/resources/linux/app.desktop.in
                   ${linux_dir}/${appid}.desktop @ONLY)
    configure_file(${PROJECT_SOURCE_DIR}/resources/linux/app.metainfo.xml.in
                   ${linux_dir}/${appid}.metainfo.xml @ONLY)
    install(FILES ${linux_dir}/${appid}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux_dir}/${appid}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/connectdesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${appid}.svg)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}/connectdesk.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${appid}.png)
    endforeach()

    # Debian policy files: copyright, a compressed changelog and a compressed manual page.
    configure_file(${PROJECT_SOURCE_DIR}/resources/packaging/changelog.in ${linux_dir}/changelog @ONLY)
    add_custom_command(OUTPUT ${linux_dir}/changelog.gz ${linux_dir}/connectdesk.1.gz
        COMMAND gzip -9nc ${linux_dir}/changelog > ${linux_dir}/changelog.gz
        COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/resources/packaging/connectdesk.1 > ${linux_dir}/connectdesk.1.gz
        DEPENDS ${linux_dir}/changelog ${PROJECT_SOURCE_DIR}/resources/packaging/connectdesk.1
        VERBATIM)
    add_custom_target(connectdesk_package_docs ALL
        DEPENDS ${linux_dir}/changelog.gz ${linux_dir}/connectdesk.1.gz)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/copyright
                  ${linux_dir}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/connectdesk)
    install(FILES ${linux_dir}/connectdesk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

if(WIN32 OR APPLE)
    # Bundles Qt's libraries and plugins next to the executable (Qt >= 6.3).
    qt_generate_deploy_app_script(TARGET connectdesk OUTPUT_SCRIPT deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_script})
endif()

set(CPACK_PACKAGE_NAME connectdesk)
set(CPACK_PACKAGE_VENDOR "ConnectDesk")
set(CPACK_PACKAGE_CONTACT "ConnectDesk developers <maintainers@connectdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Create Pipedream Connect tokens and Connect Links")
set(CPACK_PACKAGE_DESCRIPTION
    "ConnectDesk creates Pipedream Connect tokens and Connect Links for support\nstaff and developers, keeps client secrets in the system keychain, and\nincludes a local sandbox of the Connect API.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ConnectDesk)
set(CPACK_PACKAGE_EXECUTABLES connectdesk ConnectDesk)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/resources/packaging/copyright)
set(CPACK_STRIP_FILES ON)

# Debian / Ubuntu
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
# Plugins are loaded at run time, so shlibdeps cannot see them: the SQLite driver (history)
# the SVG icon engine, and libsecret (QtKeychain loads it to reach the Secret Service).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows: WiX installer with a fixed upgrade GUID (upgrades replace older versions) + ZIP.
set(CPACK_WIX_UPGRADE_GUID "6F2B7C4E-3A51-4C8E-9D2F-7B1E0A9C4D35")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/connectdesk.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER ConnectDesk)

# macOS: a drag-and-drop disk image of the bundle.
set(CPACK_DMG_VOLUME_NAME ConnectDesk)

if(WIN32)
    set(CPACK_GENERATOR WIX ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
