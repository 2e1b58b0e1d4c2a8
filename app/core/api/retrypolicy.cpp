#include "api/retrypolicy.h"

#include <cmath>

namespace ConnectDesk {

bool RetryPolicy::isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus == 408 || error.httpStatus == 429 || error.httpStatus >= 500;
    default:
        return false;
    }
}

std::optional<int> RetryPolicy::delayMs(int retryIndex, const ApiError &error, const QDateTime &now,
                                        double random01) const
{
    if (retryIndex >= maxRetries || !isRetryable(error))
        return std::nullopt;
    if (error.retryAfterSeconds)
        return int(std::min<qint64>(qint64(*error.retryAfterSeconds) * 1000, maxDelayMs));
    if (error.rateLimit.resetUnix && error.httpStatus == 429) {
        const qint64 waitMs = (*error.rateLimit.resetUnix - now.toSecsSinceEpoch()) * 1000;
        if (waitMs > 0)
            return int(std::min<qint64>(waitMs, maxDelayMs));
    }
    const double exponential = baseDelayMs * std::pow(2.0, retryIndex);
    const double jittered = exponential * (1.0 + jitter * (2.0 * random01 - 1.0));
    return int(std::min<double>(std::max(0.0, jittered), maxDelayMs));
}

} // namespace ConnectDesk
