#pragma once

#include "api/apierror.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ConnectDesk {

class ApiReply;

// page_info of a Connect list answer.
struct PageInfo
{
    QString endCursor;
    std::optional<int> totalCount;
    int count = 0;

    static PageInfo fromJson(const QJsonObject &pageInfo);
};

// Loads a Connect list ({data: [...], page_info}) one page at a time, never all at once: the
// first page on start(), each further one on loadMore(). A failed page (429 or 5xx after the
// client's own retries, a dropped connection) keeps everything loaded so far; loadMore() tries
// that page again. Subclasses keep the typed items.
class PagedLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedLoader)
public:
    // Sends the request for the page after `after` (empty: the first page).
    using Fetch = std::function<ApiReply *(const QString &after)>;

    explicit PagedLoader(QObject *parent = nullptr);
    ~PagedLoader() override;

    // Starts over. `keepShown`: what is loaded stays until the new first page arrives (a refresh
    // that fails leaves the list as it was) instead of being cleared now.
    void start(Fetch fetch, bool keepShown = false);
    bool loadMore();  // false when there is nothing more to load or a page is on its way
    void cancel();    // drops the page on its way; keeps what is loaded
    void clear();     // forgets everything

    bool isLoading() const { return !m_reply.isNull(); }
    bool hasMore() const { return m_hasMore; } // the server has further pages
    bool hasFailed() const { return m_lastError.isError(); }
    const ApiError &lastError() const { return m_lastError; }
    std::optional<int> totalCount() const { return m_totalCount; }
    const RateLimitInfo &rateLimit() const { return m_rateLimit; } // of the last answer
    virtual qsizetype count() const = 0;

signals:
    void loadingChanged(bool loading);
    void loaded();                                     // the items changed
    void failed(const ConnectDesk::ApiError &error);   // what was loaded is still there

protected:
    virtual void clearItems() = 0;
    virtual void appendItems(const QJsonArray &data) = 0; // skips entries it cannot read

private:
    void fetch(const QString &after, bool replace);
    void onFinished();

    Fetch m_fetch;
    QPointer<ApiReply> m_reply;
    QString m_pendingAfter;
    bool m_replaceOnArrival = false;
    QString m_cursor;
    bool m_hasMore = false;
    std::optional<int> m_totalCount;
    RateLimitInfo m_rateLimit;
    ApiError m_lastError;
};

} // namespace ConnectDesk
