#pragma once

#include <QCoreApplication>
#include <QString>

namespace ConnectDesk {

// Pure URL rules shared by the token request, the form and the command line.
class UrlRules final
{
    Q_DECLARE_TR_FUNCTIONS(UrlRules)
public:
    // An origin is `http(s)://host[:port]`: trimmed, scheme and host lower-cased (IDN hosts in
    // their ASCII form), one trailing "/" dropped, default ports dropped (browsers omit them in
    // the Origin header). Returns the normalised origin, or an empty string and `*error`.
    static QString normalizeOrigin(const QString &input, QString *error = nullptr);

    // An absolute http(s) URL with a host. Returns the trimmed URL, or empty and `*error`.
    static QString normalizeHttpUrl(const QString &input, QString *error = nullptr);

    // The host of `input` when it names this computer (localhost, *.localhost, 127.0.0.0/8,
    // ::1, 0.0.0.0): a URL Pipedream's servers can never call. Empty otherwise.
    static QString loopbackHost(const QString &input);
};

} // namespace ConnectDesk
