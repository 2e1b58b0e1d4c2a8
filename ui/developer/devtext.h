#pragma once

#include "api/apierror.h"

#include <QString>

class QPlainTextEdit;
class QWidget;

// Helpers shared by the developer panel's tabs.
namespace ConnectDesk::Ui::DevText {

// A read-only, monospaced, non-wrapping text view for HTTP and code.
QPlainTextEdit *codeView(const QString &objectName, const QString &accessibleName,
                         QWidget *parent);
// "Name: value" lines, in order.
QString headersText(const HttpHeaders &headers);
// Indented JSON when `body` is JSON, else the text as it came.
QString prettyBody(const QByteArray &body);

} // namespace ConnectDesk::Ui::DevText
