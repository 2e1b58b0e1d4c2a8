#pragma once

#include "api/callrecord.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ConnectDesk {
class ApiReply;
}

namespace ConnectDesk::Ui {

// The developer panel's Response tab: status, total time and retries, the rate-limit headers
// called out, every header, and the raw body pretty-printed; above them the request that was
// sent (method, URL, headers, body), so a past call from the call log can be read whole. Errors
// are shown the same way. Everything comes from a masked CallRecord: no secret shows.
class ResponseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)
public:
    explicit ResponseView(QWidget *parent = nullptr);

    void showReply(const ConnectDesk::ApiReply &reply); // a finished reply
    void showRecord(const ConnectDesk::CallRecord &record);
    void clear();

    bool hasRecord() const { return m_hasRecord; }
    const CallRecord &record() const { return m_record; }
    QString summaryText() const;
    QString rateLimitText() const; // empty when the answer had no rate-limit headers
    QString headersText() const;
    QString bodyText() const;
    QString requestText() const; // "POST https://…", the request headers, the body

    // "X-RateLimit-Remaining: 99 of 100 ..." — the rate-limit headers explained; empty if none.
    static QString describeRateLimit(const HttpHeaders &headers);

private:
    CallRecord m_record;
    bool m_hasRecord = false;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_rateLimit;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
};

} // namespace ConnectDesk::Ui
