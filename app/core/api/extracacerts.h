#pragma once

#include <QString>

namespace ConnectDesk {

// Extra certificate authorities to trust, from a PEM file named by CONNECTDESK_EXTRA_CA_CERTS
// (like Node's NODE_EXTRA_CA_CERTS): for a sandbox served over HTTPS or a private test server.
// They are added to the system's authorities; certificate checks are never turned off.
// (A company's TLS-inspecting proxy belongs in the system store, which Qt reads anyway.)
struct ExtraCaCertificates
{
    static QString environmentVariable() { return QStringLiteral("CONNECTDESK_EXTRA_CA_CERTS"); }
    // Adds the file's certificates to QSslConfiguration's default. True when the variable is
    // unset or empty, or every certificate was added; false with `error` set otherwise.
    static bool applyFromEnvironment(QString *error);
};

} // namespace ConnectDesk
