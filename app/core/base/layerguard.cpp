// Compiled into connectdesk_core only. The core layer must never see QtWidgets or QtGui:
// if a build change ever makes them visible here, compilation stops.
#if defined(QT_WIDGETS_LIB) || defined(QT_GUI_LIB)
#error "connectdesk_core must not depend on QtWidgets or QtGui"
#endif
