#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ConnectDesk {

// mailto: URLs (RFC 6068) for "Email…": recipients, subject and body percent-encoded as UTF-8,
// spaces as %20 (never "+"), every line break as %0D%0A.
class MailtoLink final
{
public:
    // `to` may be empty (the mail program asks). Subject and body are left out when empty.
    static QUrl build(const QStringList &to, const QString &subject, const QString &body);
    static QUrl build(const QString &to, const QString &subject, const QString &body)
    {
        return build(to.isEmpty() ? QStringList() : QStringList{to}, subject, body);
    }

    // One hfvalue: every byte outside RFC 3986's unreserved set is percent-encoded; LF, CR
    // and CRLF all become %0D%0A.
    static QByteArray encodeValue(const QString &text);
    // One addr-spec: as encodeValue(), but "@" stays as it is.
    static QByteArray encodeAddress(const QString &address);
    // True for a plain "name@domain.tld" address (used to pre-fill the recipient).
    static bool looksLikeEmailAddress(const QString &text);
};

} // namespace ConnectDesk
