#pragma once

#include <QString>

namespace ConnectDesk {

// The secrets this process holds right now (client secrets, OAuth access tokens), so that text
// coming from a server can be searched for them before anyone sees it: a hostile or buggy server
// that echoes the secret back must not put it on a terminal, in a log or in the history.
// In memory only; bounded (the oldest are forgotten first). Thread-safe.
class KnownSecrets final
{
public:
    static void add(const QString &secret);
    // `text` with every known secret (and every ctok_ token) replaced by a mask.
    static QString mask(QString text);
    static QByteArray mask(const QByteArray &bytes);
    static void clearForTesting();

    static constexpr qsizetype minimumLength = 8; // shorter strings are too common to mask
    static constexpr qsizetype capacity = 64;
};

} // namespace ConnectDesk
