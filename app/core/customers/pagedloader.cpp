#include "customers/pagedloader.h"

#include "api/apireply.h"

#include <QJsonObject>

namespace ConnectDesk {

PageInfo PageInfo::fromJson(const QJsonObject &pageInfo)
{
    PageInfo info;
    info.endCursor = pageInfo.value(QLatin1String("end_cursor")).toString();
    const QJsonValue total = pageInfo.value(QLatin1String("total_count"));
    if (total.isDouble())
        info.totalCount = total.toInt();
    info.count = pageInfo.value(QLatin1String("count")).toInt(0);
    return info;
}

PagedLoader::PagedLoader(QObject *parent)
    : QObject(parent)
{}

PagedLoader::~PagedLoader()
{
    abandonReply(m_reply, this);
}

void PagedLoader::start(Fetch fetch, bool keepShown)
{
    abandonReply(m_reply, this);
    m_fetch = std::move(fetch);
    m_cursor.clear();
    m_hasMore = false;
    m_lastError = {};
    if (!keepShown) {
        m_totalCount.reset();
        clearItems();
        emit loaded();
    }
    this->fetch({}, true);
}

bool PagedLoader::loadMore()
{
    if (!m_fetch || isLoading())
        return false;
    if (hasFailed()) { // the failed page again
        fetch(m_pendingAfter, m_replaceOnArrival);
        return true;
    }
    if (!m_hasMore)
        return false;
    fetch(m_cursor, false);
    return true;
}

void PagedLoader::cancel()
{
    if (!isLoading())
        return;
    abandonReply(m_reply, this);
    emit loadingChanged(false);
}

void PagedLoader::clear()
{
    abandonReply(m_reply, this);
    m_fetch = {};
    m_cursor.clear();
    m_hasMore = false;
    m_totalCount.reset();
    m_lastError = {};
    clearItems();
    emit loaded();
    emit loadingChanged(false);
}

void PagedLoader::fetch(const QString &after, bool replace)
{
    m_pendingAfter = after;
    m_replaceOnArrival = replace;
    m_reply = m_fetch(after);
    connect(m_reply, &ApiReply::finished, this, &PagedLoader::onFinished);
    emit loadingChanged(true);
}

void PagedLoader::onFinished()
{
    ApiReply *reply = takeFinishedReply(m_reply, this);
    if (!reply)
        return;
    ApiError error = reply->error();
    const QJsonObject body = reply->json().object();
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!error.isError() && !data.isArray())
        error = ApiError::contract(tr("The list answer has no \"data\" array."));
    m_rateLimit = error.isError() ? error.rateLimit : RateLimitInfo::fromHeaders(reply->headers());
    if (error.isError()) {
        m_lastError = error;
        emit loadingChanged(false);
        emit failed(error);
        return;
    }
    m_lastError = {};
    if (m_replaceOnArrival)
        clearItems();
    appendItems(data.toArray());
    const PageInfo info = PageInfo::fromJson(body.value(QLatin1String("page_info")).toObject());
    m_totalCount = info.totalCount;
    m_cursor = info.endCursor;
    // A page that brought nothing, or a total already reached, ends the list even when the
    // server hands out a cursor anyway.
    m_hasMore = !m_cursor.isEmpty() && !data.toArray().isEmpty()
                && (!m_totalCount || count() < *m_totalCount);
    emit loadingChanged(false);
    emit loaded();
}

} // namespace ConnectDesk
