#pragma once

#include "api/apierror.h"
#include "api/callrecord.h"
#include "api/retrypolicy.h"
#include "api/tokenresult.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ConnectDesk {

class Clock;

// Hands out a bearer token asynchronously (AccessTokenProvider implements it).
class TokenSource
{
public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;
    virtual ~TokenSource() = default;
    // Calls back exactly once, unless `context` is destroyed first.
    virtual void withToken(QObject *context, Callback callback) = 0;
    // The server refused `token`: forget it (only if it is still the current one).
    virtual void invalidate(const QString &token) = 0;
    // The token when one is at hand and fresh, so a call can go out without waiting; else empty.
    virtual QString freshToken() const { return {}; }
};

struct HttpRequestSpec
{
    enum class Expect { JsonObject, TokenResult, Anything };

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers; // besides User-Agent and Authorization, which are added
    QByteArray body;
    Expect expect = Expect::JsonObject;
    // After a network failure or timeout the server may have acted on the request already.
    // GET is always resent; other methods only when acting twice is harmless (a spare unused
    // Connect token, a second access token). A DELETE or any other write is never resent.
    bool resendAfterTransportFailure = false;

    bool isResendSafe() const
    {
        return method == "GET" || method == "HEAD" || resendAfterTransportFailure;
    }
};

struct TransportOptions
{
    int timeoutMs = 30000; // per attempt
    qint64 maxBodyBytes = 1024 * 1024;
    RetryPolicy retry;
    QByteArray userAgent;
    // Offer HTTP/2 (ALPN) over TLS. Off for an extra connection pool once the server has said
    // it speaks HTTP/1.1: a manager that offers HTTP/2 opens one connection and waits for that
    // answer before it opens the others.
    bool offerHttp2 = true;
};

// One logical API call, retries and a single re-authorisation on 401 included. Created by
// ConnectClient or AccessTokenProvider; the receiver of finished() owns it and should
// deleteLater() it.
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)
public:
    ApiReply(QNetworkAccessManager *network, const Clock &clock, TokenSource *tokens,
             HttpRequestSpec spec, TransportOptions options, QObject *parent = nullptr);
    ~ApiReply() override;

    void start();  // asynchronous; finished() is always emitted later, never from start()
    void cancel(); // finishes with Kind::Canceled unless already finished
    void failWithoutSending(const ApiError &error); // finishes later with `error`, sends nothing

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int status() const { return m_status; }
    bool usedHttp2() const { return m_http2; } // the answer came over HTTP/2
    const QByteArray &body() const { return m_body; }
    const HttpHeaders &headers() const { return m_headers; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    const std::optional<TokenResult> &tokenResult() const { return m_tokenResult; }
    int retries() const { return m_retries; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    const HttpRequestSpec &spec() const { return m_spec; }
    CallRecord record() const; // masked, safe to show

    // Whether `token` may go into an Authorization header (RFC 7235 token68).
    static bool isToken68(const QString &token);

signals:
    void finished();
    void retrying(int retryNumber, int delayMs, const ConnectDesk::ApiError &cause);

private:
    void authorizeAndSend();
    void sendAttempt();
    void onAttemptFinished();
    void readAvailable();
    static bool isDecompressionBomb(QNetworkReply *reply);
    void handleFailure(ApiError error);
    void finish(ApiError error);
    ApiError networkError(QNetworkReply *reply) const;
    ApiError checkContract();

    QNetworkAccessManager *m_network;
    const Clock &m_clock;
    TokenSource *m_tokens;
    HttpRequestSpec m_spec;
    TransportOptions m_options;

    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt;
    QString m_bearer;
    QStringList m_sslErrors;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_reauthorized = false;
    bool m_finished = false;
    int m_retries = 0;
    qint64 m_elapsedMs = 0;

    int m_status = 0;
    bool m_http2 = false;
    HttpHeaders m_headers;
    QByteArray m_received; // the body of the attempt in flight, never over maxBodyBytes
    QByteArray m_body;
    ApiError m_error;
    std::optional<TokenResult> m_tokenResult;
};

// For an owner that waits on one reply at a time in `slot`: once that reply has finished, empties
// the slot, stops the reply talking to `receiver` and deletes it later. Null when the slot was
// emptied first (the request was cancelled or replaced), so a late answer is ignored.
ApiReply *takeFinishedReply(QPointer<ApiReply> &slot, QObject *receiver);
// The owner no longer wants the answer: empties the slot, stops the reply talking to `receiver`,
// cancels it and deletes it later. Nothing when the slot is empty.
void abandonReply(QPointer<ApiReply> &slot, QObject *receiver);
void abandonReply(ApiReply *reply, QObject *receiver);

} // namespace ConnectDesk
