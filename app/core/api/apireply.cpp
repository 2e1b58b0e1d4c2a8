#include "api/apireply.h"

#include "base/clock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslError>

namespace ConnectDesk {

ApiReply::ApiReply(QNetworkAccessManager *network, const Clock &clock, TokenSource *tokens,
                   HttpRequestSpec spec, TransportOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_spec(std::move(spec))
    , m_options(std::move(options))
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiReply::authorizeAndSend);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::start()
{
    m_startedAt = m_clock.now();
    m_elapsed.start();
    // With a fresh access token at hand the request goes out now, not after every event queued
    // before it: over HTTP/2 answers arrive in bursts, and each call sent in reply would wait
    // behind the whole burst. finished() still comes later, so callers can connect after start().
    const QString token = m_tokens ? m_tokens->freshToken() : QString();
    if (!token.isEmpty() && isToken68(token)) {
        m_bearer = token;
        sendAttempt();
        return;
    }
    QMetaObject::invokeMethod(this, &ApiReply::authorizeAndSend, Qt::QueuedConnection);
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_attemptTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(ApiError::canceled());
}

void ApiReply::failWithoutSending(const ApiError &error)
{
    m_startedAt = m_clock.now();
    m_elapsed.start();
    QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void ApiReply::authorizeAndSend()
{
    if (m_finished)
        return;
    if (!m_tokens) {
        sendAttempt();
        return;
    }
    m_tokens->withToken(this, [this](const QString &token, const ApiError &error) {
        if (m_finished)
            return;
        if (error.isError()) {
            finish(error);
            return;
        }
        m_bearer = token;
        sendAttempt();
    });
}

bool ApiReply::isToken68(const QString &token)
{
    // RFC 7235 token68: what an Authorization header value may carry. Anything else (CR, LF,
    // spaces, quotes) could end the header and smuggle another into the request.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~+/]+=*$"));
    return pattern.match(token).hasMatch();
}

void ApiReply::sendAttempt()
{
    if (m_tokens && !isToken68(m_bearer)) {
        finish(ApiError::contract(tr("the OAuth server's access token contains characters that "
                                     "are not allowed in an HTTP header; nothing was sent")));
        return;
    }
    QNetworkRequest request(m_spec.url);
    request.setRawHeader("User-Agent", m_options.userAgent);
    if (m_tokens)
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_bearer.toUtf8());
    for (const auto &[name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    // Redirects would silently move credentials elsewhere; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_options.offerHttp2)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    m_timedOut = false;
    m_tooLarge = false;
    m_sslErrors.clear();
    if (m_spec.method == "GET")
        m_reply = m_network->get(request);
    else
        m_reply = m_network->sendCustomRequest(request, m_spec.method, m_spec.body);

    // The body is read as it arrives (decompressed), so the cap bounds memory: an endless or
    // highly compressed answer is aborted as soon as it passes maxBodyBytes.
    m_received.clear();
    // Qt's HTTP thread reads from the socket no further ahead than this, so a server that
    // never stops sending is held back by TCP itself whatever the event loop is doing.
    m_reply->setReadBufferSize(m_options.maxBodyBytes + 1);
    // Set once more from the event loop: a request with a body starts from the event loop, and
    // Qt 6.4 hands the size to its HTTP thread only as a signal, which nothing receives before
    // the request has started — so for a POST the limit set above is silently lost, and the
    // HTTP thread reads an endless body as fast as the server sends it.
    QMetaObject::invokeMethod(
        m_reply,
        [reply = m_reply, size = m_options.maxBodyBytes + 1] {
            if (reply)
                reply->setReadBufferSize(size);
        },
        Qt::QueuedConnection);
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::onAttemptFinished);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiReply::readAvailable);
    // TLS errors are recorded for the message and never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    m_attemptTimer.start(m_options.timeoutMs);
}

bool ApiReply::isDecompressionBomb(QNetworkReply *reply)
{
    // Qt's own decompression-ratio check stops a compressed answer that inflates too far: that
    // is an answer too large, not a broken one.
    return reply->error() == QNetworkReply::ProtocolFailure
           || reply->errorString().contains(QLatin1String("ecompress"), Qt::CaseInsensitive);
}

void ApiReply::readAvailable()
{
    if (!m_reply || m_tooLarge)
        return;
    m_received += m_reply->read(m_options.maxBodyBytes + 1 - m_received.size());
    if (m_received.size() > m_options.maxBodyBytes) {
        m_tooLarge = true;
        m_received.clear();
        m_reply->abort();
    }
}

ApiError ApiReply::networkError(QNetworkReply *reply) const
{
    ApiError error;
    error.url = m_spec.url.adjusted(QUrl::RemoveQuery);
    error.message = reply->errorString();
    const auto code = reply->error();
    if (m_timedOut || code == QNetworkReply::TimeoutError) {
        error.kind = ApiError::Kind::Timeout;
    } else if (m_tooLarge || isDecompressionBomb(reply)) {
        error.kind = ApiError::Kind::TooLarge;
    } else if (code == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        error.kind = ApiError::Kind::Tls;
        if (!m_sslErrors.isEmpty())
            error.message = m_sslErrors.join(QStringLiteral("; "));
    } else if (code >= QNetworkReply::ProxyConnectionRefusedError
               && code <= QNetworkReply::ProxyAuthenticationRequiredError) {
        error.kind = ApiError::Kind::Proxy;
    } else {
        error.kind = ApiError::Kind::Network;
    }
    return error;
}

void ApiReply::onAttemptFinished()
{
    m_attemptTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    if (!m_tooLarge)
        readAvailable(); // what arrived with the end of the answer
    const auto code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Errors below 100 are transport failures (refused, dropped, truncated, timeout, TLS):
    // whatever status line arrived, the answer is incomplete.
    const bool transportFailure = (code != QNetworkReply::NoError && code < 100) || status == 0
                                  || m_timedOut || m_tooLarge || isDecompressionBomb(reply);
    if (transportFailure) {
        m_received.clear();
        m_status = 0;
        m_headers.clear();
        m_body.clear();
        handleFailure(networkError(reply));
        return;
    }

    m_status = status;
    m_http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    m_headers = reply->rawHeaderPairs();
    m_body = std::exchange(m_received, {});
    if (status < 200 || status >= 300) {
        ApiError error = ApiError::fromHttp(status, m_headers, m_body, m_clock.now());
        error.url = m_spec.url.adjusted(QUrl::RemoveQuery);
        handleFailure(error);
        return;
    }
    finish(checkContract());
}

ApiError ApiReply::checkContract()
{
    QString problem;
    switch (m_spec.expect) {
    case HttpRequestSpec::Expect::Anything:
        return {};
    case HttpRequestSpec::Expect::JsonObject:
        if (m_status == 204 || QJsonDocument::fromJson(m_body).isObject())
            return {};
        problem = tr("the answer is not a JSON object");
        break;
    case HttpRequestSpec::Expect::TokenResult:
        m_tokenResult = TokenResult::fromJson(m_body, &problem);
        if (m_tokenResult && m_tokenResult->hasTrustedLink(m_spec.url, &problem))
            return {};
        m_tokenResult.reset();
        break;
    }
    ApiError error = ApiError::contract(problem);
    error.httpStatus = m_status;
    error.rawBody = m_body.left(ApiError::maxRawBody);
    error.url = m_spec.url.adjusted(QUrl::RemoveQuery);
    return error;
}

void ApiReply::handleFailure(ApiError error)
{
    // A refused access token: fetch a fresh one and try once more (not counted as a retry).
    if (m_tokens && error.kind == ApiError::Kind::Http && error.httpStatus == 401 && !m_reauthorized) {
        m_reauthorized = true;
        m_tokens->invalidate(m_bearer);
        authorizeAndSend();
        return;
    }
    const bool transport = error.kind == ApiError::Kind::Network
                           || error.kind == ApiError::Kind::Timeout;
    if (transport && !m_spec.isResendSafe()) {
        finish(error);
        return;
    }
    const double random01 = QRandomGenerator::global()->generateDouble();
    const auto delay = m_options.retry.delayMs(m_retries, error, m_clock.now(), random01);
    if (!delay) {
        finish(error);
        return;
    }
    ++m_retries;
    emit retrying(m_retries, *delay, error);
    m_retryTimer.start(*delay);
}

void ApiReply::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_error.sanitize(); // whatever the server or the network layer said, cleaned once here
    if (m_error.url.isEmpty() && m_error.isError())
        m_error.url = m_spec.url.adjusted(QUrl::RemoveQuery);
    m_elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    emit finished();
}

CallRecord ApiReply::record() const
{
    CallRecord record;
    record.startedAt = m_startedAt;
    record.method = m_spec.method;
    record.url = m_spec.url;
    record.requestHeaders.append({QByteArrayLiteral("User-Agent"), m_options.userAgent});
    if (m_tokens)
        record.requestHeaders.append({QByteArrayLiteral("Authorization"),
                                      CallRecord::maskHeader("Authorization", "Bearer x")});
    for (const auto &[name, value] : m_spec.headers)
        record.requestHeaders.append({name, CallRecord::maskHeader(name, value)});
    record.requestBody = CallRecord::maskBody(m_spec.body);
    record.status = m_status;
    record.responseHeaders = m_headers;
    record.responseBody = CallRecord::maskBody(m_body);
    record.durationMs = m_elapsedMs;
    record.retries = m_retries;
    if (m_error.isError())
        record.error = m_error.humanMessage();
    return record;
}

ApiReply *takeFinishedReply(QPointer<ApiReply> &slot, QObject *receiver)
{
    ApiReply *reply = slot;
    slot = nullptr;
    if (!reply)
        return nullptr;
    reply->disconnect(receiver);
    reply->deleteLater();
    return reply;
}

void abandonReply(ApiReply *reply, QObject *receiver)
{
    reply->disconnect(receiver);
    reply->cancel();
    reply->deleteLater();
}

void abandonReply(QPointer<ApiReply> &slot, QObject *receiver)
{
    if (ApiReply *reply = std::exchange(slot, nullptr))
        abandonReply(reply, receiver);
}

} // namespace ConnectDesk
