#pragma once

#include "api/accesstokenprovider.h"
#include "api/connectclient.h"
#include "base/clock.h"
#include "connectsimulator.h"

#include <QNetworkAccessManager>

namespace ConnectDesk::Testing {

// What most network tests start from: the simulator on 127.0.0.1 and a ConnectClient signed in
// to it with the sandbox client. The simulator reads the same clock, so a FakeClock moves both.
template<typename ClockType = SystemClock>
struct SimulatedApi
{
    ClockType clock;
    Sim::ConnectSimulator sim;
    QNetworkAccessManager nam;
    AccessTokenProvider provider{&nam, clock};
    ConnectClient client{&nam, &provider, clock};
    bool listening = false;

    // With a certificate and key (PEM files) the simulator serves HTTPS; the client must trust
    // the certificate (QSslConfiguration's default).
    explicit SimulatedApi(const QString &clientSecret = Sim::SandboxCredentials::clientSecret(),
                          const QString &tlsCertificateFile = {}, const QString &tlsKeyFile = {})
    {
        sim.setNow([this] { return clock.now(); });
        listening = (tlsCertificateFile.isEmpty() || sim.useTls(tlsCertificateFile, tlsKeyFile))
                    && sim.listenLocal();
        provider.setCredentials(
            {sim.baseUrl(), Sim::SandboxCredentials::clientId(), clientSecret, {}});
    }

    // Short timeouts and a fast back-off: the waits themselves are unit-tested (RetryPolicy).
    void useFastRetries(int timeoutMs, int maxRetries = RetryPolicy().maxRetries, int maxDelayMs = 50)
    {
        TransportOptions options;
        options.timeoutMs = timeoutMs;
        options.retry.maxRetries = maxRetries;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = maxDelayMs;
        client.setTransportOptions(options);
    }
};

} // namespace ConnectDesk::Testing
