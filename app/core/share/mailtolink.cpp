#include "share/mailtolink.h"

#include <QRegularExpression>

namespace ConnectDesk {

namespace {

QByteArray percentEncode(const QString &text, QByteArrayView keep)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalized.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = normalized.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z')
                                || (byte >= '0' && byte <= '9') || byte == '-' || byte == '.'
                                || byte == '_' || byte == '~';
        if (unreserved || (byte < 0x80 && keep.contains(c))) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xF]);
        }
    }
    return out;
}

} // namespace

QByteArray MailtoLink::encodeValue(const QString &text)
{
    return percentEncode(text, {});
}

QByteArray MailtoLink::encodeAddress(const QString &address)
{
    return percentEncode(address.trimmed(), "@");
}

bool MailtoLink::looksLikeEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[^@\\s,;<>()\\[\\]\"]+@[^@\\s,;<>()\\[\\]\"]+\\.[^@\\s,;<>()\\[\\]\".]+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

QUrl MailtoLink::build(const QStringList &to, const QString &subject, const QString &body)
{
    QByteArray encoded = "mailto:";
    QByteArrayList addresses;
    for (const QString &address : to) {
        if (!address.trimmed().isEmpty())
            addresses.append(encodeAddress(address));
    }
    encoded += addresses.join(',');
    QByteArrayList fields;
    if (!subject.isEmpty())
        fields.append("subject=" + encodeValue(subject));
    if (!body.isEmpty())
        fields.append("body=" + encodeValue(body));
    if (!fields.isEmpty())
        encoded += '?' + fields.join('&');
    // Strict parsing keeps every escape exactly as written (toEncoded() gives the same bytes).
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace ConnectDesk
