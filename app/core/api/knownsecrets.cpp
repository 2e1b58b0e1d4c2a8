#include "api/knownsecrets.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

namespace ConnectDesk {

namespace {

QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

const QString &maskText()
{
    static const QString text = QStringLiteral("[hidden]");
    return text;
}

} // namespace

void KnownSecrets::add(const QString &secret)
{
    if (secret.size() < minimumLength)
        return;
    QMutexLocker locker(&lock());
    QStringList &list = secrets();
    list.removeAll(secret);
    list.append(secret);
    while (list.size() > capacity)
        list.removeFirst();
}

QString KnownSecrets::mask(QString text)
{
    {
        QMutexLocker locker(&lock());
        for (const QString &secret : std::as_const(secrets()))
            text.replace(secret, maskText());
    }
    // A Connect token is a bearer credential for the customer's account connection: a server
    // message is never the place to show one.
    static const QRegularExpression connectToken(QStringLiteral("ctok_[0-9A-Za-z]{8,}"));
    text.replace(connectToken, QStringLiteral("ctok_") + maskText());
    return text;
}

QByteArray KnownSecrets::mask(const QByteArray &bytes)
{
    return mask(QString::fromUtf8(bytes)).toUtf8();
}

void KnownSecrets::clearForTesting()
{
    QMutexLocker locker(&lock());
    secrets().clear();
}

} // namespace ConnectDesk
