# The core layer must never depend on QtWidgets (or QtGui): fail the configure step if it does.
# A compile-time #error in app/core/layerguard.cpp catches a direct include as well.
function(connectdesk_assert_no_widgets target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS libs ilibs)
        if(lib MATCHES "Widgets|Qt6?::Gui$")
            message(FATAL_ERROR "${target} links ${lib}: the core layer must stay free of QtGui/QtWidgets")
        endif()
    endforeach()
endfunction()
connectdesk_assert_no_widgets(connectdesk_core)
connectdesk_assert_no_widgets(connectdesk_sim)
connectdesk_assert_no_widgets(connectdesk_cli)
