# Precompiled Qt and standard headers. Parsing Qt's headers is most of a compile here: a core
# file takes about 3 s to parse and 7 s in all at -O2 -g on these 2-core machines, so each
# library precompiles the headers most of its files include, once.
option(CONNECTDESK_PCH "Precompile the Qt and standard headers of each target" ON)

set(CONNECTDESK_PCH_CORE
    <QByteArray> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QObject>
    <QPointer> <QRegularExpression> <QString> <QStringList> <QTimer> <QUrl> <QUrlQuery>
    <QVariant> <algorithm> <functional> <memory> <optional>)
set(CONNECTDESK_PCH_WIDGETS ${CONNECTDESK_PCH_CORE}
    <QAction> <QApplication> <QBoxLayout> <QCheckBox> <QComboBox> <QDialog> <QLabel>
    <QLineEdit> <QMainWindow> <QMenu> <QPushButton> <QStandardItemModel> <QStyle> <QWidget>)

function(connectdesk_precompile target)
    if(CONNECTDESK_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# Targets whose compile options match `source` (the tests) reuse its precompiled header.
function(connectdesk_reuse_precompiled target source)
    if(CONNECTDESK_PCH)
        target_precompile_headers(${target} REUSE_FROM ${source})
    endif()
endfunction()
