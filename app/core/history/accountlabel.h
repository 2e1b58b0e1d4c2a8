#pragma once

#include <QString>

namespace ConnectDesk::AccountLabel {

// The account's own name without a repeat of its app: "jane@example.com (Slack)" (how the
// sandbox, and some apps, name accounts) becomes "jane@example.com"; a name that is only the
// app's name becomes empty.
QString accountName(const QString &name, const QString &appName, const QString &appSlug);

// The app and the account in one phrase, never with nested parentheses: "Slack
// (jane@example.com)", "Slack — Jane (work)" when the name has parentheses of its own, or just
// "Slack" without a name.
QString label(const QString &appName, const QString &appSlug, const QString &name);

} // namespace ConnectDesk::AccountLabel
